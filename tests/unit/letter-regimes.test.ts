/**
 * The letters that end a phase name the next body and its term as the settings have them, worded per
 * regime (shared/regimes.ts): each changed default letter rendered with every regime's preset, the term in
 * words and its last day, the closure after the committee's ruling, the staff reminders about terms, a
 * context stored before these fields existed, and the upgrade step that brings the stored copies of the
 * old defaults up to date (run on the 0.1.0 fixture's SQLite database).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory, { type Knex } from 'knex';
import { DEFAULT_TEMPLATES, defaultTemplate } from '../../src/plugins/complaints/server/src/letters/defaults';
import { composeLetter } from '../../src/plugins/complaints/server/src/letters/compose';
import { sampleContext } from '../../src/plugins/complaints/server/src/letters/placeholders';
import {
  committeeDeadline,
  complaintTermFields,
  nextBodyContext,
  termInWords,
  withCurrentFields,
} from '../../src/plugins/complaints/server/src/letters/recourse';
import { dissatisfactionOpenUntil } from '../../src/plugins/complaints/server/src/domain/terms';
import { renderLetter } from '../../src/plugins/complaints/server/src/letters/render';
import type { LetterContext, LetterKind } from '../../src/plugins/complaints/server/src/letters/types';
import { BEFORE_NEXT_BODY_NAMED, INVITATION_BEFORE_SIDES } from '../../src/plugins/complaints/server/src/upgrades/previous-templates';
import { STEPS } from '../../src/plugins/complaints/server/src/upgrades/steps';
import type { Locale } from '../../src/plugins/complaints/shared/messages';
import { REGIME_PRESETS, REGIMES, type Regime, type RegimePreset } from '../../src/plugins/complaints/shared/regimes';

// better-sqlite3 has no type declarations here (the app only reaches it through knex)
const Database = require('better-sqlite3');

const LOCALES: Locale[] = ['nl', 'en'];
/** The letters that end a phase and say where the complainant can go next. */
const NEXT_BODY_LETTERS: LetterKind[] = ['not_admissible_notice', 'agreements_letter', 'committee_information', 'closure'];

/** The sample letter context with the settings a regime's preset fills (today is 7 May 2026). */
function contextFor(regime: Regime, locale: Locale, overrides: Partial<RegimePreset> = {}): LetterContext {
  const settings = { regime, ...REGIME_PRESETS[regime], ...overrides };
  const sample = sampleContext(locale);
  return { ...sample, ...nextBodyContext(settings, sample.today, locale) };
}

function letter(kind: LetterKind, context: LetterContext) {
  const template = defaultTemplate(kind, kind.startsWith('staff_') ? 'staff' : 'complainant', context.locale);
  if (!template) throw new Error(`no default template ${kind}/${context.locale}`);
  return renderLetter(template, context);
}

/** What each regime's preset makes the letters say: the next body, what the complainant does there, and the term. */
const NEXT_BODY: Record<Exclude<Regime, 'own'>, Record<Locale, { body: string; action: string; term: string }>> = {
  awb: {
    nl: { body: 'Nationale ombudsman', action: 'vragen een onderzoek in te stellen', term: 'binnen een jaar na de datum van deze brief, dus uiterlijk op 7 mei 2027' },
    en: { body: 'Nationale ombudsman', action: 'ask the Nationale ombudsman', term: 'within one year of the date of this letter, that is by 7 May 2027' },
  },
  housing: {
    nl: { body: 'Onafhankelijke Regionale Geschillencommissie', action: 'voorleggen aan de Onafhankelijke Regionale Geschillencommissie', term: 'binnen de termijn die het reglement van de commissie noemt' },
    en: { body: 'Onafhankelijke Regionale Geschillencommissie', action: 'to the Onafhankelijke Regionale Geschillencommissie', term: "within the term set by the committee's rules" },
  },
  wkkgz: {
    nl: { body: 'Geschillencommissie Zorg', action: 'voorleggen aan de Geschillencommissie Zorg', term: 'binnen een jaar na de datum van deze brief, dus uiterlijk op 7 mei 2027' },
    en: { body: 'Geschillencommissie Zorg', action: 'to the Geschillencommissie Zorg', term: 'within one year of the date of this letter, that is by 7 May 2027' },
  },
};

/** The words of the other regimes' next step, which a letter must not use. */
const OMBUDSMAN_WORDING: Record<Locale, RegExp> = { nl: /onderzoek in te stellen/, en: /to investigate/ };
const DISPUTE_WORDING: Record<Locale, RegExp> = { nl: /als geschil voorleggen|geschil voor aan/, en: /as a dispute to|submit your dispute/ };
/** Traces of an empty setting: "aan de ," or "()" or "binnen  weken". */
const EMPTY_SETTING_TRACES = /\b(aan de|to the|the|de)\s*[,.(]|\(\)|binnen\s+(weken|na)|within\s+(weeks|of)|\bnull\b|undefined/;

describe('the term in words and its last day', () => {
  it('says weeks, and whole years as years, in the language of the letter; nothing when no term is set', () => {
    expect(termInWords(12, 'nl')).toBe('12 weken');
    expect(termInWords(12, 'en')).toBe('12 weeks');
    expect(termInWords(1, 'nl')).toBe('1 week');
    expect(termInWords(52, 'nl')).toBe('een jaar');
    expect(termInWords(52, 'en')).toBe('one year');
    expect(termInWords(104, 'nl')).toBe('twee jaar');
    expect(termInWords(104, 'en')).toBe('two years');
    expect(termInWords(78, 'nl')).toBe('78 weken');
    expect(termInWords(null, 'nl')).toBe('');
    expect(termInWords(0, 'en')).toBe('');
  });

  it("counts from the letter's day in Amsterdam; whole years end on the same date a year later", () => {
    expect(committeeDeadline('2026-05-07', 12)).toBe('2026-07-30');
    expect(committeeDeadline('2026-05-07T08:00:00.000Z', 12)).toBe('2026-07-30');
    // 23:30 UTC on 7 May is 8 May in Amsterdam
    expect(committeeDeadline('2026-05-07T23:30:00.000Z', 12)).toBe('2026-07-31');
    expect(committeeDeadline('2026-05-07T08:00:00.000Z', 52)).toBe('2027-05-07');
    expect(committeeDeadline('2026-05-07', 104)).toBe('2028-05-07');
    expect(committeeDeadline('2026-05-07', null)).toBeNull();
    expect(committeeDeadline(null, 12)).toBeNull();
  });

  it('gives the last day to declare dissatisfaction from the day the outcome was sent, none before it', () => {
    expect(dissatisfactionOpenUntil('2026-05-07T14:00:00.000Z', 12)).toBe('2026-07-30');
    expect(dissatisfactionOpenUntil(new Date('2026-05-07T14:00:00.000Z'), 52)).toBe('2027-05-07');
    expect(dissatisfactionOpenUntil('2026-05-07 14:00:00', 12)).toBe('2026-07-30');
    expect(dissatisfactionOpenUntil(null, 12)).toBeNull();
  });

  it("fills the letter context from the settings and the complaint's row", () => {
    const awb = nextBodyContext({ regime: 'awb', ...REGIME_PRESETS.awb }, '2026-05-07T08:00:00.000Z', 'nl');
    expect(awb).toEqual({
      regime: 'awb',
      committee: {
        name: 'Nationale ombudsman',
        address: 'Postbus 93122\n2509 AC Den Haag',
        website: 'https://www.nationaleombudsman.nl',
        email: '',
        termWeeks: 52,
        term: 'een jaar',
        deadline: '2027-05-07',
      },
      furtherRecourse: '',
    });
    expect(nextBodyContext({ regime: 'housing', ...REGIME_PRESETS.housing }, '2026-05-07', 'en').committee).toMatchObject({ termWeeks: null, term: '', deadline: null });

    const settings = { maxExtensionWeeks: 4, dissatisfactionWindowWeeks: 12 };
    expect(complaintTermFields({ notAdmissibleNoticeDue: '2026-04-30', extendedAt: null, outcomeSentAt: null, committeeDecidedAt: null, committeeOutcome: null }, settings)).toEqual({
      notAdmissibleNoticeDue: '2026-04-30',
      extended: false,
      maxExtensionWeeks: 4,
      committeeDecided: false,
      committeeOutcome: null,
      dissatisfactionOpenUntil: null,
    });
    expect(
      complaintTermFields({ extendedAt: '2026-05-01T10:00:00.000Z', outcomeSentAt: '2026-05-07T10:00:00.000Z', committeeDecidedAt: '2026-09-01T10:00:00.000Z', committeeOutcome: 'Gegrond.' }, settings),
    ).toMatchObject({ extended: true, committeeDecided: true, committeeOutcome: 'Gegrond.', dissatisfactionOpenUntil: '2026-07-30' });
  });
});

describe.each(LOCALES)('letters that end a phase name the next body and its term (%s)', (locale) => {
  describe.each(['awb', 'housing', 'wkkgz'] as const)('%s', (regime) => {
    const expected = NEXT_BODY[regime][locale];

    it.each(NEXT_BODY_LETTERS)('%s names the next body, what to do there and the term, in its own words', (kind) => {
      const { text } = letter(kind, contextFor(regime, locale));
      expect(text).toContain(expected.body);
      expect(text).toContain(expected.action);
      expect(text).toContain(expected.term);
      expect(text).toMatch(regime === 'awb' ? OMBUDSMAN_WORDING[locale] : DISPUTE_WORDING[locale]);
      expect(text).not.toMatch(regime === 'awb' ? DISPUTE_WORDING[locale] : OMBUDSMAN_WORDING[locale]);
      expect(text).not.toMatch(EMPTY_SETTING_TRACES);
    });
  });

  it.each(NEXT_BODY_LETTERS)('%s with a term of 12 weeks: the term and its last day, counted from the letter', (kind) => {
    const { text } = letter(kind, contextFor('housing', locale, { committeeTermWeeks: 12 }));
    expect(text).toContain(locale === 'nl' ? 'binnen 12 weken na de datum van deze brief, dus uiterlijk op 30 juli 2026' : 'within 12 weeks of the date of this letter, that is by 30 July 2026');
    expect(text).not.toContain(locale === 'nl' ? 'reglement' : "committee's rules");
  });

  it.each(NEXT_BODY_LETTERS)('%s under an own regulation without a next body: no committee, no empty name', (kind) => {
    const { subject, text } = letter(kind, contextFor('own', locale));
    expect(text).not.toMatch(/commissie noemt|committee's rules|ombudsman|Geschillencommissie/i);
    expect(text).not.toMatch(EMPTY_SETTING_TRACES);
    expect(subject).not.toMatch(/\b(aan de|to the)\s*$/);
  });

  it.each(NEXT_BODY_LETTERS)('%s under an own regulation with its own committee: submitted to it, within its term', (kind) => {
    const { text } = letter(kind, contextFor('own', locale, { committeeName: 'Klachtencommissie Voorbeeld', committeeTermWeeks: 6 }));
    expect(text).toContain(locale === 'nl' ? 'voorleggen aan de Klachtencommissie Voorbeeld' : 'to the Klachtencommissie Voorbeeld');
    expect(text).toContain(locale === 'nl' ? 'binnen 6 weken na de datum van deze brief, dus uiterlijk op 18 juni 2026' : 'within 6 weeks of the date of this letter, that is by 18 June 2026');
  });

  it('not-handled notice (Awb 9:8): the reason, where to go instead, then the next body', () => {
    const { text } = letter('not_admissible_notice', contextFor('awb', locale));
    const order = [
      text.indexOf(locale === 'nl' ? 'De gedraging vond meer dan een jaar geleden plaats' : 'The conduct took place more than a year ago'),
      text.indexOf(locale === 'nl' ? 'Waar kunt u wel terecht?' : 'Where you can go instead'),
      text.indexOf('Nationale ombudsman'),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('outcome (Awb 9:12): until when to say the complainant is dissatisfied, only when known', () => {
    expect(letter('agreements_letter', contextFor('housing', locale)).text).toContain(
      locale === 'nl' ? 'Laat het ons dan uiterlijk 30 juli 2026 weten via uw persoonlijke klachtpagina' : 'please let us know by 30 July 2026 on your personal complaint page',
    );
    const context = contextFor('housing', locale);
    context.complaint.dissatisfactionOpenUntil = null;
    const { text } = letter('agreements_letter', context);
    expect(text).toContain(locale === 'nl' ? 'Laat het ons dan weten via' : 'please let us know on');
    expect(text).not.toMatch(/uiterlijk\s+weten|by\s+on/);
  });

  it('committee information: how to reach the ombudsman, without an e-mail address the settings do not have', () => {
    const { subject, text } = letter('committee_information', contextFor('awb', locale));
    expect(subject).toBe(locale === 'nl' ? 'Uw klacht KL-2026-000042 voorleggen aan de Nationale ombudsman' : 'Submitting your complaint KL-2026-000042 to the Nationale ombudsman');
    expect(text).toContain(locale === 'nl' ? 'Zo bereikt u de ombudsman' : 'How to reach the ombudsman');
    expect(text).toContain('Postbus 93122');
    expect(text).not.toContain('E-mail');
    expect(text).not.toMatch(/geschil geworden|become a dispute/);
  });

  it.each(REGIMES)("closure after the committee's ruling (%s): the procedure has ended there, no advice to go to it", (regime) => {
    const context = contextFor(regime, locale, regime === 'own' ? { committeeName: 'Klachtencommissie Voorbeeld', committeeTermWeeks: 6 } : {});
    context.complaint.committeeDecided = true;
    const { text } = letter('closure', context);
    expect(text).toContain(context.complaint.committeeOutcome);
    expect(text).toMatch(
      regime === 'awb'
        ? locale === 'nl' ? /heeft het onderzoek naar uw klacht afgerond/ : /has completed the investigation of your complaint/
        : locale === 'nl' ? /heeft uitspraak gedaan over uw geschil/ : /has ruled on your dispute/,
    );
    expect(text).not.toMatch(locale === 'nl' ? /voorleggen|onderzoek in te stellen|Bent u niet tevreden|binnen .* na de datum/ : /submit|ask the|If you are not satisfied|within .* of the date/);
    expect(text).not.toContain(context.committee.website || 'https://');
    expect(text).not.toContain(locale === 'nl' ? 'Ons oordeel' : 'Our judgement');
  });

  it('closure before any ruling still says where to go next', () => {
    const { text } = letter('closure', contextFor('housing', locale, { committeeTermWeeks: 12 }));
    expect(text).toContain(NEXT_BODY.housing[locale].action);
    expect(text).toContain(locale === 'nl' ? '30 juli 2026' : '30 July 2026');
  });
});

describe('staff reminders about terms', () => {
  it('handling term expiring, not yet extended: extension of at most N weeks only until the end of the current term, told before then', () => {
    const context = sampleContext('nl');
    context.complaint.extended = false;
    const nl = letter('staff_handling_expiring', context).text;
    expect(nl).toContain('de termijn eenmaal verlengen, met ten hoogste 4 weken (Awb 9:11)');
    expect(nl).toContain('alleen tot het einde van de huidige termijn, 11 juni 2026');
    expect(nl).toContain('laat het de klager en de medewerker over wie de klacht gaat vóór die datum schriftelijk weten');

    const english = sampleContext('en');
    english.complaint.extended = false;
    english.complaint.aboutEmployeeBehaviour = false;
    const en = letter('staff_handling_expiring', english).text;
    expect(en).toContain('extend the term once, by at most 4 weeks (Awb 9:11)');
    expect(en).toContain('only possible until the end of the current term, 11 June 2026: the complainant must be told in writing before that date');
  });

  it('handling term expiring after the extension: only with the complainant’s written consent', () => {
    for (const locale of LOCALES) {
      const { text } = letter('staff_handling_expiring', sampleContext(locale));
      expect(text).toContain(locale === 'nl' ? 'alleen mogelijk met schriftelijke instemming van de klager' : "only possible with the complainant's written consent");
      expect(text).not.toContain('Awb 9:11');
    }
  });

  it('not-handled notice due (Awb 9:8): the last day to send it, and the link to the dossier', () => {
    const nl = letter('staff_not_admissible_notice_due', sampleContext('nl'));
    expect(nl.subject).toContain('KL-2026-000042');
    expect(nl.text).toContain('Awb 9:8');
    expect(nl.text).toContain('uiterlijk op 30 april 2026 het bericht daarover');
    expect(nl.text).toContain('https://cms.woonstichting-voorbeeld.nl/admin/plugins/complaints/complaints/42');
    const en = letter('staff_not_admissible_notice_due', sampleContext('en'));
    expect(en.text).toContain('send the complainant the notice by 30 April 2026');
    expect(defaultTemplate('staff_not_admissible_notice_due', 'staff', 'en')!.body).toContain('{{ complaint.notAdmissibleNoticeDue | datum }}');
  });
});

describe('a letter queued before the upgrade', () => {
  /** The sample as release 0.1.0 stored a letter's context: none of the fields added since. */
  function storedBy010(locale: Locale): Record<string, unknown> {
    const context = JSON.parse(JSON.stringify(sampleContext(locale)));
    delete context.regime;
    for (const field of ['notAdmissibleNoticeDue', 'extended', 'maxExtensionWeeks', 'committeeDecided', 'committeeOutcome', 'dissatisfactionOpenUntil']) delete context.complaint[field];
    delete context.committee.term;
    delete context.committee.deadline;
    return context;
  }

  it('is completed with the fields added since, in the wording it had (housing, 12 weeks from its own date)', () => {
    const completed = withCurrentFields(storedBy010('nl') as unknown as LetterContext);
    expect(completed.regime).toBe('housing');
    expect(completed.committee).toMatchObject({ termWeeks: 12, term: '12 weken', deadline: '2026-07-30' });
    expect(completed.complaint).toMatchObject({ committeeDecided: false, extended: false, dissatisfactionOpenUntil: null, notAdmissibleNoticeDue: null });
    // a context of today is left as it is
    expect(withCurrentFields(sampleContext('en'))).toEqual(sampleContext('en'));
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [`${t.kind}/${t.audience}/${t.locale}`, t] as const))('%s composes from an old context', async (_name, template) => {
    const composed = await composeLetter({ template, context: JSON.stringify(storedBy010(template.locale)) });
    expect(composed.subject).toContain('KL-2026-000042');
    expect(composed.blocksJson).not.toMatch(/\{\{|\{%/);
  });
});

describe('upgrade step 0.2.0-letters-name-the-next-body, on the database release 0.1.0 wrote (SQLite)', () => {
  const FIXTURE = path.join(__dirname, '..', 'fixtures', 'upgrade', '0.1.0');
  const step = STEPS.find((s) => s.name === '0.2.0-letters-name-the-next-body')!;
  let dir: string;
  let knex: Knex;
  const templates = async () =>
    (await knex('complaints_letter_templates').select('kind', 'audience', 'locale', 'subject', 'body').orderBy('id')) as Array<{ kind: LetterKind; audience: 'complainant' | 'accused' | 'staff'; locale: Locale; subject: string; body: string }>;
  const run = () => knex.transaction((trx) => step.run(trx as never, {} as never));

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-letters-upgrade-'));
    const file = path.join(dir, 'upgrade.db');
    const db = new Database(file);
    db.exec(fs.readFileSync(path.join(FIXTURE, 'sqlite.sql'), 'utf8'));
    db.close();
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: file }, useNullAsDefault: true });
  });

  afterAll(async () => {
    await knex?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is a step, and its old texts are exactly what 0.1.0 stored', async () => {
    expect(STEPS).toContain(step);
    const stored = await templates();
    for (const old of BEFORE_NEXT_BODY_NAMED) {
      expect(stored).toContainEqual({ kind: old.kind, audience: old.audience, locale: old.locale, subject: old.subject, body: old.body });
      // each one's default changed, or the step would have nothing to do for it
      expect(defaultTemplate(old.kind, old.audience, old.locale)!.body).not.toBe(old.body);
    }
  });

  it('covers every default that changed since 0.1.0 (the receipt has its own step; the edited acknowledgement is no default)', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'manifest.json'), 'utf8')) as { editedTemplates: Array<{ kind: string; audience: string; locale: string }> };
    const edited = new Set(manifest.editedTemplates.map((t) => `${t.kind}/${t.audience}/${t.locale}`));
    // this step's texts and the invitation's, which 0.2.0-hearings-per-side brings to the default
    const covered = new Set([...BEFORE_NEXT_BODY_NAMED, ...INVITATION_BEFORE_SIDES].map((t) => `${t.kind}/${t.audience}/${t.locale}`));
    const changed = (await templates())
      .filter((row) => {
        const current = defaultTemplate(row.kind, row.audience, row.locale);
        return current && (current.subject !== row.subject || current.body !== row.body);
      })
      .map((row) => `${row.kind}/${row.audience}/${row.locale}`)
      .filter((key) => !edited.has(key) && !key.startsWith('submission_received/'));
    expect(changed.sort()).toEqual([...covered].sort());
  });

  it('makes every stored old default the new default, keeps an edited copy and every other template, and changes nothing a second time', async () => {
    const edited = '<p>Geachte {{ recipient.name }},</p>\n<p>Uw klacht {{ complaint.reference }} is afgesloten. Onze eigen tekst.</p>';
    await knex('complaints_letter_templates').where({ kind: 'closure', audience: 'complainant', locale: 'nl' }).update({ body: edited });
    const before = await templates();

    await run();
    const after = await templates();
    expect(after).toHaveLength(before.length);
    for (const [index, row] of after.entries()) {
      const key = `${row.kind}/${row.audience}/${row.locale}`;
      const old = BEFORE_NEXT_BODY_NAMED.find((t) => t.kind === row.kind && t.audience === row.audience && t.locale === row.locale);
      if (old && key !== 'closure/complainant/nl') {
        const current = defaultTemplate(row.kind, row.audience, row.locale)!;
        expect([key, row.subject, row.body]).toEqual([key, current.subject, current.body]);
      } else {
        expect([key, row.subject, row.body]).toEqual([key, before[index].subject, before[index].body]);
      }
    }
    expect(after.find((row) => row.kind === 'closure' && row.locale === 'nl')!.body).toBe(edited);

    await run();
    expect(await templates()).toEqual(after);
  });
});
