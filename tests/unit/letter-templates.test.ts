/**
 * The letter template engine (liquidjs, locked down for editor-written templates), the sanitiser that makes
 * blocks / text / e-mail HTML of its output, template validation, and the default letters.
 */
import { DEFAULT_TEMPLATES, defaultTemplate } from '../../src/plugins/complaints/server/src/letters/defaults';
import { formatDate, formatDateTime } from '../../src/plugins/complaints/server/src/letters/dates';
import { parseLetterHtml } from '../../src/plugins/complaints/server/src/letters/sanitiser';
import { renderLetter } from '../../src/plugins/complaints/server/src/letters/render';
import { PLACEHOLDERS, sampleContext } from '../../src/plugins/complaints/server/src/letters/placeholders';
import { validateTemplate } from '../../src/plugins/complaints/server/src/letters/validation';
import { LETTER_KINDS, type LetterContext, type LetterKind } from '../../src/plugins/complaints/server/src/letters/types';
import type { Locale } from '../../src/plugins/complaints/shared/messages';

const LOCALES: Locale[] = ['nl', 'en'];
const STAFF_KINDS = LETTER_KINDS.filter((kind) => kind.startsWith('staff_'));
const ACCUSED_KINDS = LETTER_KINDS.filter((kind) => kind.startsWith('accused_'));
const COMPLAINANT_KINDS = LETTER_KINDS.filter((kind) => !kind.startsWith('staff_') && !kind.startsWith('accused_'));

/** The sample with every optional part absent, as the letter service may pass it. */
function sparse(locale: Locale): LetterContext {
  const full = sampleContext(locale);
  const complaint = { ...full.complaint };
  for (const key of Object.keys(complaint) as (keyof typeof complaint)[]) {
    if (key !== 'reference' && key !== 'receivedAt' && key !== 'channel' && key !== 'description' && key !== 'status') {
      (complaint as Record<string, unknown>)[key] = key === 'aboutEmployeeBehaviour' ? false : null;
    }
  }
  // Letters about terms always have a (new) handling date.
  complaint.handlingDue = '2026-05-14';
  complaint.acknowledgementDue = '2026-04-09';
  return { ...full, complaint, hearing: null, agreements: [], handler: { name: null } };
}

function letter(kind: LetterKind, audience: 'complainant' | 'accused' | 'staff', locale: Locale, context = sampleContext(locale)) {
  const template = defaultTemplate(kind, audience, locale);
  if (!template) throw new Error(`no default template ${kind}/${audience}/${locale}`);
  return renderLetter(template, context);
}

const body = (source: string, context: LetterContext = sampleContext('nl')) => renderLetter({ subject: 'Onderwerp', body: source }, context);

describe('default templates', () => {
  it('cover every kind in Dutch and English, for the right audience', () => {
    const keys = DEFAULT_TEMPLATES.map((t) => `${t.kind}/${t.audience}/${t.locale}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const locale of LOCALES) {
      for (const kind of COMPLAINANT_KINDS) expect(keys).toContain(`${kind}/complainant/${locale}`);
      for (const kind of STAFF_KINDS) expect(keys).toContain(`${kind}/staff/${locale}`);
      for (const kind of ACCUSED_KINDS) expect(keys).toContain(`${kind}/accused/${locale}`);
      // the person complained about also hears of an extension (Awb 9:11) and the outcome (Awb 9:12)
      expect(keys).toContain(`term_extension/accused/${locale}`);
      expect(keys).toContain(`agreements_letter/accused/${locale}`);
    }
    expect(DEFAULT_TEMPLATES).toHaveLength((LETTER_KINDS.length + 3) * 2);
    expect(DEFAULT_TEMPLATES.filter((t) => t.audience === 'accused').map((t) => t.kind).sort()).toEqual(['accused_copy', 'accused_copy', 'agreements_letter', 'agreements_letter', 'hearing_invitation', 'hearing_invitation', 'term_extension', 'term_extension']);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [`${t.kind}/${t.audience}/${t.locale}`, t] as const))('%s validates and renders', (_name, template) => {
    expect(validateTemplate(template)).toEqual({ ok: true });

    for (const context of [sampleContext(template.locale), sparse(template.locale)]) {
      const rendered = renderLetter(template, context);
      expect(rendered.subject).toContain('KL-2026-000042');
      expect(rendered.subject).not.toMatch(/[\n<>]|\{\{|\{%/);
      expect(rendered.text).toMatch(/\S/);
      expect(rendered.text).not.toMatch(/\{\{|\{%|<\/?[a-z]+[ >]/);
      expect(rendered.blocks.length).toBeGreaterThan(1);
      expect(rendered.html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(rendered.html).toContain(`<html lang="${template.locale}">`);
      // Nothing but the allowed tags (and the document wrapper) in the HTML.
      const tags = new Set([...rendered.html.matchAll(/<\/?([a-zA-Z!][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()));
      for (const tag of tags) expect(['!doctype', 'html', 'head', 'meta', 'title', 'body', 'div', 'p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a']).toContain(tag);
    }
  });

  it('complainant letters end with a closing signed by the organisation; staff letters link to the admin', () => {
    for (const template of DEFAULT_TEMPLATES) {
      const { text } = renderLetter(template, sampleContext(template.locale));
      if (template.audience === 'staff') {
        expect(text).toContain('https://cms.woonstichting-voorbeeld.nl/admin/plugins/complaints/complaints/42');
        expect(text.length).toBeLessThan(1200);
      } else {
        expect(text).toMatch(template.locale === 'nl' ? /Met vriendelijke groet,\nSanne Bakker\nWoonstichting Voorbeeld$/ : /Kind regards,\nSanne Bakker\nWoonstichting Voorbeeld$/);
      }
    }
  });

  it('receipt of an online complaint: the reference and the status link, none of the free text (the address is unverified)', () => {
    for (const locale of LOCALES) {
      const context = sampleContext(locale);
      context.complaint.description = 'Mijn buurman weet niet dat ik deze klacht indien.';
      context.complaint.desiredOutcome = 'Een gesprek zonder mijn buurman erbij.';
      const rendered = letter('submission_received', 'complainant', locale, context);
      expect(rendered.subject).toContain('KL-2026-000042');
      expect(rendered.text).toContain('KL-2026-000042');
      expect(rendered.text).toContain(context.complaint.statusUrl);
      expect(rendered.text).not.toContain('buurman');
      expect(rendered.html).not.toContain('buurman');
      const template = defaultTemplate('submission_received', 'complainant', locale)!;
      expect(template.body).not.toMatch(/complaint\.(description|desiredOutcome)/);
    }
  });

  it('acknowledgement: reference, receipt date, handling term, and the answer only when there is one', () => {
    const withAnswer = letter('acknowledgement', 'complainant', 'nl');
    expect(withAnswer.subject).toBe('Ontvangstbevestiging van uw klacht KL-2026-000042');
    expect(withAnswer.text).toContain('Op 2 april 2026 hebben wij uw klacht ontvangen');
    expect(withAnswer.text).toContain('KL-2026-000042');
    expect(withAnswer.text).toContain('uiterlijk op 11 juni 2026 af');
    expect(withAnswer.text).toContain('De monteur komt op woensdag 8 april');

    const context = sampleContext('nl');
    context.complaint.answer = null;
    context.complaint.aboutEmployeeBehaviour = false;
    const withoutAnswer = letter('acknowledgement', 'complainant', 'nl', context);
    expect(withoutAnswer.text).not.toContain('De monteur');
    expect(withoutAnswer.text).not.toContain('Dit is onze reactie');
    expect(withoutAnswer.text).toContain('uitnodiging voor een gesprek');

    const english = letter('acknowledgement', 'complainant', 'en');
    expect(english.text).toContain('We received your complaint on 2 April 2026');
    expect(english.text).toContain('by 11 June 2026');
  });

  it('hearing invitation: date, time, form, place, whether the employee is heard in the same conversation, and the term to respond', () => {
    const { text, blocks } = letter('hearing_invitation', 'complainant', 'nl');
    expect(text).toContain('Datum en tijd: 16 april 2026 om 14:00');
    expect(text).toContain('Vorm: Op ons kantoor');
    expect(text).toContain('Plaats: Stationsplein 1, 1012 AB Amsterdam (kamer 2.14)');
    expect(text).toContain('Ook de medewerker op wie uw klacht betrekking heeft, is voor dit gesprek uitgenodigd.');
    expect(text).toContain('Wilt u ons uiterlijk 10 april 2026 laten weten of u komt?');
    // the employee's own invitation (Awb 9:10)
    const employee = letter('hearing_invitation', 'accused', 'nl').text;
    expect(employee).toContain('Ook de klager is voor dit gesprek uitgenodigd.');
    expect(employee).toContain('artikel 9:10');
    expect(employee).not.toContain('statuspagina');
    expect(blocks.some((b) => b.type === 'list' && b.items.length === 4)).toBe(true);
    expect(letter('hearing_invitation', 'complainant', 'en').text).toContain('Date and time: 16 April 2026 at 14:00');
  });

  it('not admissible notice: reason, explanation and where to go instead', () => {
    const { subject, text } = letter('not_admissible_notice', 'complainant', 'nl');
    expect(subject).toBe('Uw klacht KL-2026-000042 wordt niet in behandeling genomen');
    expect(text).toContain('De gedraging vond meer dan een jaar geleden plaats');
    expect(text).toContain('De afspraak waarover u klaagt vond plaats in januari 2025');
    expect(text).toContain('Waar kunt u wel terecht?\nHeeft u nog steeds last van de lekkage?');
  });

  it('agreements letter (Awb 9:12): findings, judgement, conclusions, each agreement with due date and owner, and where to go next', () => {
    const { text, blocks } = letter('agreements_letter', 'complainant', 'nl');
    expect(text).toContain('Uw reparatieverzoek is op 24 maart goed geregistreerd.');
    expect(text).toContain('Wij vinden uw klacht gegrond.');
    // judged part by part (Awb 9:12): each part with its own judgement
    expect(text).toContain('Ons oordeel per onderdeel\n\n1. De monteur kwam drie keer niet op de afgesproken dag.\n   Oordeel: gegrond\n2. Niemand belde');
    expect(text).toContain('Wij bieden u onze excuses aan.');
    expect(text).toContain('1. De kraan in de keuken wordt vervangen.\n   Uiterlijk op: 29 mei 2026\n   Wie: Afdeling Vastgoedonderhoud');
    expect(text).toContain('2. U wordt voortaan gebeld');
    expect(text).toContain('Onafhankelijke Regionale Geschillencommissie (https://www.geschillencommissie-regio.nl)');
    expect(text).toContain('Nationale ombudsman');
    const list = blocks.find((b) => b.type === 'list');
    expect(list).toMatchObject({ type: 'list', ordered: true });
    expect(list?.type === 'list' && list.items).toHaveLength(2);

    const none = sampleContext('nl');
    none.agreements = [];
    expect(letter('agreements_letter', 'complainant', 'nl', none).text).toContain('Er zijn geen verdere afspraken gemaakt.');
  });

  it('term extension: the new date and the reason, to the complainant and to the person complained about', () => {
    for (const audience of ['complainant', 'accused'] as const) {
      const { text } = letter('term_extension', audience, 'nl');
      expect(text).toContain('11 juni 2026');
      expect(text).toContain('14 mei 2026');
      expect(text).toContain('Wij wachten nog op het rapport van de aannemer');
    }
    expect(letter('term_extension', 'accused', 'nl').text).toContain('De indiener van de klacht heeft hierover ook bericht gekregen.');
    expect(letter('term_extension', 'accused', 'en').text).toContain('completed by 11 June 2026');
  });

  it('committee information: name, address, website, e-mail and the term', () => {
    const { text, blocks } = letter('committee_information', 'complainant', 'nl');
    expect(text).toContain('- Onafhankelijke Regionale Geschillencommissie');
    expect(text).toContain('- Postadres: Postbus 200\n  1000 AB Amsterdam');
    expect(text).toContain('- E-mail: secretariaat@geschillencommissie-regio.nl');
    expect(text).toContain('- Website: https://www.geschillencommissie-regio.nl');
    expect(text).toContain('binnen 12 weken na de datum van deze brief, dus uiterlijk op 30 juli 2026');
    const runs = blocks.flatMap((b) => (b.type === 'list' ? b.items.flat() : b.runs));
    expect(runs).toContainEqual({ text: 'secretariaat@geschillencommissie-regio.nl', href: 'mailto:secretariaat@geschillencommissie-regio.nl' });
    expect(letter('committee_information', 'complainant', 'en').text).toContain('within 12 weeks of the date of this letter');
  });

  it("closure: where to go next until the committee has ruled, and no such advice after its ruling; staff reminders name the due date", () => {
    expect(letter('closure', 'complainant', 'nl').text).toContain('voorleggen aan de Onafhankelijke Regionale Geschillencommissie');
    for (const locale of LOCALES) {
      const ruled = sampleContext(locale);
      ruled.complaint.committeeDecided = true;
      const { text } = letter('closure', 'complainant', locale, ruled);
      expect(text).toContain(locale === 'nl' ? 'De Onafhankelijke Regionale Geschillencommissie heeft uitspraak gedaan over uw geschil.' : 'The Onafhankelijke Regionale Geschillencommissie has ruled on your dispute.');
      expect(text).toContain(ruled.complaint.committeeOutcome);
      expect(text).not.toMatch(locale === 'nl' ? /voorleggen|Bent u niet tevreden/ : /submit|If you are not satisfied/);
      expect(text).not.toContain('https://www.geschillencommissie-regio.nl');
    }
    expect(letter('staff_acknowledgement_due_tomorrow', 'staff', 'nl').text).toContain('uiterlijk morgen, 9 april 2026');
    expect(letter('staff_handling_overdue', 'staff', 'en').text).toContain('expired on 11 June 2026');
    expect(letter('staff_hearing_tomorrow', 'staff', 'nl').text).toContain('16 april 2026 om 14:00');
  });
});

describe('escaping', () => {
  const hostile = () => {
    const context = sampleContext('nl');
    context.recipient.name = '<script>alert(1)</script>';
    context.complainant.name = '<script>alert(1)</script>';
    context.complaint.description = 'Kapot <img src=x onerror=alert(1)> & "meer"';
    return context;
  };

  it('shows data as literal text in blocks and text, escaped in html', () => {
    const rendered = body('<p>Geachte {{ recipient.name }},</p>\n<p><strong>Uw klacht</strong><br>\n{{ complaint.description | newline_to_br }}</p>', hostile());
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.html).not.toContain('<img');
    expect(rendered.html).toContain('Geachte &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(rendered.html).toContain('Kapot &lt;img src=x onerror=alert(1)&gt; &amp; &quot;meer&quot;');
    expect(rendered.text).toContain('Geachte <script>alert(1)</script>,');
    expect(rendered.text).toContain('Kapot <img src=x onerror=alert(1)> & "meer"');
    expect(rendered.blocks[0]).toEqual({ type: 'paragraph', runs: [{ text: 'Geachte <script>alert(1)</script>,' }] });
    const runs = rendered.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs : b.items.flat()));
    expect(runs.some((run) => run.text.includes('Kapot <img src=x onerror=alert(1)> & "meer"'))).toBe(true);
  });

  it('keeps data literal in the subject, which is one line without markup', () => {
    const rendered = renderLetter({ subject: 'Klacht van\n<b>{{ complainant.name }}</b>  ({{ complaint.reference }})', body: '<p>x</p>' }, hostile());
    expect(rendered.subject).toBe('Klacht van <script>alert(1)</script> (KL-2026-000042)');
    expect(rendered.html).toContain('<title>Klacht van &lt;script&gt;alert(1)&lt;/script&gt; (KL-2026-000042)</title>');
  });

  it('newline_to_br escapes before it adds line breaks', () => {
    const context = hostile();
    context.complaint.answer = '<b>vet</b>\nregel 2';
    const rendered = body('<p>{{ complaint.answer | newline_to_br }}</p>', context);
    expect(rendered.blocks).toEqual([{ type: 'paragraph', runs: [{ text: '<b>vet</b>\nregel 2' }] }]);
    expect(rendered.html).toContain('&lt;b&gt;vet&lt;/b&gt;<br>regel 2');
  });

  it('data cannot make a link, and a javascript: link in a template is dropped with its text kept', () => {
    const context = sampleContext('nl');
    context.complaint.description = '<a href="https://evil.example">klik</a>';
    const fromData = body('<p>{{ complaint.description }}</p>', context);
    expect(fromData.blocks).toEqual([{ type: 'paragraph', runs: [{ text: '<a href="https://evil.example">klik</a>' }] }]);

    const fromTemplate = body('<p><a href="javascript:alert(1)">klik</a> <a href="data:text/html,x">hier</a> <a href="//evil.example">daar</a></p>');
    expect(fromTemplate.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'klik hier daar' }] }]);
    expect(fromTemplate.html).not.toMatch(/javascript:|data:|evil/);
  });

  it('drops tags outside the allowed set but keeps their text (escaped)', () => {
    const rendered = body('<div><h1>Titel</h1><script>alert(1)</script><p onclick="x()" style="color:red">Tekst <span>met</span> <b>vet</b> en <i>schuin</i></p><!-- geheim --></div>');
    expect(rendered.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Titelalert(1)' }] },
      { type: 'paragraph', runs: [{ text: 'Tekst met ' }, { text: 'vet', bold: true }, { text: ' en ' }, { text: 'schuin', italic: true }] },
    ]);
    const content = rendered.html.slice(rendered.html.indexOf('<p '), rendered.html.lastIndexOf('</div>'));
    expect(content).not.toMatch(/<(div|h1|script|span)|onclick|color:red|geheim/);
    expect(rendered.html).toContain('Tekst met <strong>vet</strong> en <em>schuin</em>');
  });

  it('raw is not available to bypass escaping', () => {
    expect(() => body('<p>{{ complaint.description | raw }}</p>')).toThrow(/undefined filter: raw/);
  });
});

describe('validateTemplate', () => {
  const validate = (source: string, locale: Locale = 'nl') => validateTemplate({ kind: 'closure', subject: 'Klacht {{ complaint.reference }}', body: source, locale });

  it('accepts documented placeholders, loop variables, assign and liquid built-in filters', () => {
    expect(
      validate(
        '{% assign kenmerk = complaint.reference | upcase %}<p>{{ kenmerk }} {{ complaint.category | default: "geen" }} {{ today | datum }}</p>' +
          '{% if agreements.size > 0 %}<ol>{% for a in agreements %}<li>{{ forloop.index }}. {{ a.description }} {{ a.dueDate | datum }} {{ a.owner }}</li>{% endfor %}</ol>' +
          '<p>{{ agreements.first.description }}</p>{% endif %}',
      ),
    ).toEqual({ ok: true });
  });

  it('refuses an unknown placeholder, naming it and suggesting the right one, in Dutch and English', () => {
    const result = validate('<p>Kenmerk: {{ complaint.refrence }}</p>');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.subject).toBeUndefined();
    expect(result.errors.body?.nl).toBe('Onbekende placeholder {{ complaint.refrence }} (regel 1, kolom 16). Bedoelt u {{ complaint.reference }}?');
    expect(result.errors.body?.en).toBe('Unknown placeholder {{ complaint.refrence }} (line 1, column 16). Did you mean {{ complaint.reference }}?');
  });

  it('refuses unknown roots, properties of loop items, and forloop outside a loop', () => {
    const unknown = validate('<p>{{ klager.naam }}</p>');
    expect(!unknown.ok && unknown.errors.body?.nl).toContain('Onbekende placeholder {{ klager.naam }}');
    const loopItem = validate('<ul>{% for a in agreements %}<li>{{ a.descrption }}</li>{% endfor %}</ul>');
    expect(!loopItem.ok && loopItem.errors.body?.nl).toContain('Onbekende placeholder {{ a.descrption }}');
    expect(!loopItem.ok && loopItem.errors.body?.en).toContain('Did you mean {{ a.description }}?');
    const forloop = validate('<p>{{ forloop.index }}</p>');
    expect(forloop.ok).toBe(false);
    const prototype = validate('<p>{{ complaint.constructor.name }}</p>');
    expect(!prototype.ok && prototype.errors.body?.en).toContain('Unknown placeholder {{ complaint.constructor.name }}');
  });

  it('refuses an unknown filter and the raw filter', () => {
    const result = validate('<p>{{ complaint.receivedAt | datun }}</p>');
    expect(!result.ok && result.errors.body).toEqual({
      nl: 'Onbekend filter "datun" op regel 1, kolom 4. Gebruik bijvoorbeeld datum, datumtijd, default of newline_to_br.',
      en: 'Unknown filter "datun" on line 1, column 4. Use for example datum, datumtijd, default or newline_to_br.',
    });
    const raw = validate('<p>{{ complaint.description | raw }}</p>');
    expect(!raw.ok && raw.errors.body?.nl).toContain('Het filter "raw"');
  });

  it('refuses syntax errors, in the subject and in the body', () => {
    const result = validateTemplate({ kind: 'closure', subject: 'Klacht {{ complaint.reference', body: '<p>{% if complaint.answer %}open</p>' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.subject?.nl).toBe('Een placeholder op regel 1, kolom 8 wordt niet afgesloten: sluit hem af met }}.');
    expect(result.errors.body?.nl).toBe('{% if %} op regel 1, kolom 4 wordt niet afgesloten: voeg {% endif %} toe.');
    expect(result.errors.body?.en).toBe('{% if %} on line 1, column 4 is not closed: add {% endif %}.');
  });

  it("names Liquid's other syntax errors in the editor's language, without Liquid's English", () => {
    const stray = validate('<p>Tekst{% endif %}</p>');
    expect(!stray.ok && stray.errors.body?.nl).toBe('{% endif %} op regel 1, kolom 9 sluit niets af: er staat geen {% if %} voor.');
    const unknown = validate('<p>{% toon complaint.reference %}</p>');
    expect(!unknown.ok && unknown.errors.body?.nl).toBe('Onbekende opdracht {% toon %} op regel 1, kolom 4. Gebruik bijvoorbeeld {% if %} of {% for %}.');
    const incomplete = validate('<p>{% if %}ja{% endif %}</p>');
    expect(!incomplete.ok && incomplete.errors.body?.nl).toMatch(/^Een opdracht op regel 1, kolom \d+ is onvolledig: er ontbreekt een voorwaarde of waarde\.$/);
    for (const result of [stray, unknown, incomplete]) expect(!result.ok && result.errors.body?.nl).not.toMatch(/not found|not closed|illegal|invalid value/);
  });

  it('refuses what would break without optional data (no agreements)', () => {
    const result = validate('<p>{{ agreements[0].description }}</p>');
    expect(!result.ok && result.errors.body?.nl).toContain('heeft geen waarde als er geen gesprek of geen afspraken zijn');
  });

  it('refuses markup that would be dropped, bad links, HTML in the subject, and empty results', () => {
    const markup = validate('<div>Hallo</div><p><a href="javascript:alert(1)">klik</a></p>');
    expect(!markup.ok && markup.errors.body?.nl).toContain('Niet toegestaan: <div>.');
    expect(!markup.ok && markup.errors.body?.en).toContain('The link "javascript:alert(1)" is not allowed');
    const subject = validateTemplate({ kind: 'closure', subject: '<b>Klacht</b>', body: '<p>x</p>' });
    expect(!subject.ok && subject.errors).toEqual({ subject: { nl: 'Het onderwerp mag geen HTML bevatten.', en: 'The subject may not contain HTML.' } });
    const empty = validateTemplate({ kind: 'closure', subject: '{% if false %}x{% endif %}', body: '<p> </p>' });
    expect(!empty.ok && empty.errors).toEqual({
      subject: { nl: 'Het onderwerp is leeg.', en: 'The subject is empty.' },
      body: { nl: 'De brief is leeg.', en: 'The letter is empty.' },
    });
  });
});

describe('sandbox', () => {
  // package.json exists in the working directory and this file exists on disk: neither may be read.
  it.each(['{% render "package.json" %}', '{% include "package.json" %}', `{% include "${__filename}" %}`, '{% render ".env" %}', '{% layout "package.json" %}'])(
    '%s cannot read a file',
    (tag) => {
      expect(() => body(`<p>${tag}</p>`)).toThrow(/ENOENT|Failed to lookup/);
      const result = validateTemplate({ kind: 'closure', subject: 'Klacht', body: `<p>${tag}</p>` });
      expect(!result.ok && result.errors.body?.nl).toContain('Andere templates of bestanden invoegen');
    },
  );

  it.each([
    ['nested huge ranges', '{% for i in (1..1000000) %}{% for j in (1..1000000) %}x{% endfor %}{% endfor %}'],
    ['many small iterations', '{% for i in (1..900) %}{% for j in (1..900) %}{% for k in (1..2) %}x{% endfor %}{% endfor %}{% endfor %}'],
    ['growing output', '{% for i in (1..999) %}{% for j in (1..999) %}{{ complaint.description }}{% endfor %}{% endfor %}'],
    ['growing string', '{% assign s = "x" %}{% for i in (1..100) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}'],
  ])('a loop bomb (%s) fails fast', (_name, bomb) => {
    const started = Date.now();
    expect(() => body(bomb)).toThrow(/limit exceeded|Invalid string length/);
    expect(Date.now() - started).toBeLessThan(3000);
    const result = validateTemplate({ kind: 'closure', subject: 'Klacht', body: bomb });
    expect(!result.ok && result.errors.body?.nl).toContain('De template doet te veel werk');
  });
});

describe('dates', () => {
  it('formats dates the Dutch and English way', () => {
    expect(formatDate('2026-04-02', 'nl')).toBe('2 april 2026');
    expect(formatDate('2026-04-02', 'en')).toBe('2 April 2026');
    expect(formatDate('2026-11-25T23:30:00Z', 'nl')).toBe('26 november 2026');
    expect(formatDate(null, 'nl')).toBe('');
    expect(formatDate('geen datum', 'nl')).toBe('geen datum');
    expect(body('<p>{{ "2026-04-02" | datum }}</p>').text).toBe('2 april 2026');
    expect(body('<p>{{ complaint.acknowledgementDue | datum }}</p>', sampleContext('en')).text).toBe('9 April 2026');
  });

  it('formats times in Amsterdam, across the switch to summer time', () => {
    expect(formatDateTime('2026-03-28T12:00:00Z', 'nl')).toBe('28 maart 2026 om 13:00');
    expect(formatDateTime('2026-03-29T12:00:00Z', 'nl')).toBe('29 maart 2026 om 14:00');
    expect(formatDateTime('2026-03-29T12:00:00Z', 'en')).toBe('29 March 2026 at 14:00');
    expect(formatDateTime('2026-10-25T12:00:00Z', 'nl')).toBe('25 oktober 2026 om 13:00');
    expect(body('<p>{{ "2026-03-29T12:00:00Z" | datumtijd }}</p>').text).toBe('29 maart 2026 om 14:00');
  });
});

describe('blocks, text and html', () => {
  it('renders the agreements loop as a list block', () => {
    const rendered = body('<p>Afspraken:</p>\n<ul>\n{% for a in agreements %}\n  <li>{{ a.description }} (<strong>{{ a.dueDate | datum }}</strong>)</li>\n{% endfor %}\n</ul>');
    expect(rendered.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Afspraken:' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ text: 'De kraan in de keuken wordt vervangen. (' }, { text: '29 mei 2026', bold: true }, { text: ')' }],
          [{ text: 'U wordt voortaan gebeld als een afspraak met een monteur niet doorgaat. (' }, { text: '5 juni 2026', bold: true }, { text: ')' }],
        ],
      },
    ]);
    expect(rendered.text).toBe(
      'Afspraken:\n\n- De kraan in de keuken wordt vervangen. (29 mei 2026)\n- U wordt voortaan gebeld als een afspraak met een monteur niet doorgaat. (5 juni 2026)',
    );
    expect(body('<ol><li>een</li><li>twee</li></ol>').text).toBe('1. een\n2. twee');
  });

  it('keeps link targets, decoded in blocks and escaped in html', () => {
    const rendered = body('<p>Volg uw klacht op <a href="{{ complaint.statusUrl }}">uw <b>statuspagina</b></a>. Mail <a href="mailto:{{ committee.email }}">{{ committee.email }}</a>.</p>');
    const url = 'https://www.woonstichting-voorbeeld.nl/klachtenformulier/status#ref=KL-2026-000042&token=%E2%80%A6&locale=nl';
    expect(rendered.blocks).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'Volg uw klacht op ' },
          { text: 'uw ', href: url },
          { text: 'statuspagina', bold: true, href: url },
          { text: '. Mail ' },
          { text: 'secretariaat@geschillencommissie-regio.nl', href: 'mailto:secretariaat@geschillencommissie-regio.nl' },
          { text: '.' },
        ],
      },
    ]);
    expect(rendered.text).toBe(`Volg uw klacht op uw statuspagina (${url}). Mail secretariaat@geschillencommissie-regio.nl.`);
    expect(rendered.html).toContain(`<a href="${url.replace(/&/g, '&amp;')}" style=`);
    expect(rendered.html).toContain('<a href="mailto:secretariaat@geschillencommissie-regio.nl" style=');
  });

  it('collapses template whitespace, keeps <br> as a line break, and wraps loose text in a paragraph', () => {
    const rendered = body('  Losse   tekst\n  met <br>  regels  \n<p>\n  Alinea\n</p>\n\n<p></p>');
    expect(rendered.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Losse tekst met\nregels' }] },
      { type: 'paragraph', runs: [{ text: 'Alinea' }] },
    ]);
    expect(rendered.text).toBe('Losse tekst met\nregels\n\nAlinea');
  });

  it('decodes entities in the template to plain characters and escapes them again in html', () => {
    const rendered = body('<p>R&amp;D &euro; 5 &lt; 6 &#x1F600; A&B &onbekend; &constructor;</p>');
    expect(rendered.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'R&D € 5 < 6 😀 A&B &onbekend; &constructor;' }] }]);
    expect(rendered.html).toContain('R&amp;D € 5 &lt; 6 😀 A&amp;B &amp;onbekend; &amp;constructor;');
  });

  it('parseLetterHtml reports what it dropped', () => {
    const parsed = parseLetterHtml('<p><u>x</u><a href="ftp://x">y</a></p><table><tr><td>z</td></tr></table>');
    expect(parsed.droppedTags.sort()).toEqual(['table', 'td', 'tr', 'u']);
    expect(parsed.refusedLinks).toEqual(['ftp://x']);
    expect(parsed.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'xy' }] }, { type: 'paragraph', runs: [{ text: 'z' }] }]);
  });
});

describe('placeholders and sample data', () => {
  function leafPaths(value: unknown, prefix: string): string[] {
    if (Array.isArray(value)) return [prefix, ...leafPaths(value[0], `${prefix}[]`)];
    if (value !== null && typeof value === 'object') {
      return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
    }
    return [prefix];
  }

  it('documents every path of the context, in Dutch and English', () => {
    const documented = PLACEHOLDERS.map((p) => p.path);
    expect(new Set(documented).size).toBe(documented.length);
    for (const path of leafPaths(sampleContext('nl'), '')) expect(documented).toContain(path);
    expect(documented).toContain('hearing');
    for (const placeholder of PLACEHOLDERS) {
      expect(placeholder.description.nl).toMatch(/\S/);
      expect(placeholder.description.en).toMatch(/\S/);
      expect(placeholder.description.nl).not.toBe(placeholder.description.en);
    }
  });

  it('every documented placeholder is accepted by validation', () => {
    for (const { path } of PLACEHOLDERS) {
      const item = /^(\w+)\[\]\.(.+)$/.exec(path);
      const source = item
        ? `<ul>{% for a in ${item[1]} %}<li>{{ a.${item[2]} }}</li>{% endfor %}</ul>`
        : path === 'agreements' || path === 'documents'
          ? `<p>{{ ${path}.size }}</p>`
          : `<p>x {% if ${path} %}{{ ${path} }}{% endif %}</p>`;
      expect([path, validateTemplate({ kind: 'closure', subject: 'x', body: source })]).toEqual([path, { ok: true }]);
    }
  });

  it('sample data is realistic and follows the locale', () => {
    expect(sampleContext('nl').complaint.reference).toMatch(/^KL-\d{4}-\d{6}$/);
    expect(sampleContext('nl').locale).toBe('nl');
    expect(sampleContext('en').locale).toBe('en');
    expect(sampleContext('en').complaint.judgement).toBe('Founded');
    expect(sampleContext('nl').complaint.judgement).toBe('Gegrond');
  });
});
