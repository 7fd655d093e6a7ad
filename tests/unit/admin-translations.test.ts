/**
 * The admin's texts: Dutch and English with the same keys, all prefixed `complaints.`, valid ICU messages,
 * and a text for every key the pages ask for (static keys in the source, and every member of the families
 * built from the procedure's values).
 */
import fs from 'fs';
import path from 'path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { ACTION_FORMS, ACTION_NAMES } from '../../src/plugins/complaints/admin/src/lib/actions';
import { EVENT_TYPES, eventLabelKey } from '../../src/plugins/complaints/admin/src/lib/events';
import { termFilterOptions } from '../../src/plugins/complaints/admin/src/lib/listFilters';
import { UNSUPPORTED_REASONS } from '../../src/plugins/complaints/admin/src/lib/letterDocument';
import * as procedure from '../../src/plugins/complaints/admin/src/lib/procedure';

const ADMIN = path.join(__dirname, '../../src/plugins/complaints/admin/src');
const load = (locale: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(ADMIN, 'translations', `${locale}.json`), 'utf8'));
const nl = load('nl');
const en = load('en');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : []));
}

describe('admin: translations', () => {
  it('has the same keys in Dutch and English, all prefixed complaints.', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(nl)) expect(key.startsWith('complaints.')).toBe(true);
  });

  it('has no empty texts and only valid ICU messages', () => {
    for (const messages of [nl, en]) {
      for (const [key, text] of Object.entries(messages)) {
        expect(`${key}: ${text.trim() ? 'ok' : 'empty'}`).toBe(`${key}: ok`);
        expect(() => parse(text)).not.toThrow();
      }
    }
  });

  it('has a text for every static key the pages use', () => {
    const source = sourceFiles(ADMIN)
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const used = new Set([...source.matchAll(/\bt\(\s*'([^']+)'/g)].map((match) => match[1]));
    expect(used.size).toBeGreaterThan(200);
    const missing = [...used].filter((key) => !(`complaints.${key}` in nl));
    expect(missing).toEqual([]);
  });

  it('has a text for every member of the families built from the procedure', () => {
    const wanted: string[] = [
      ...procedure.STATUSES.map((s) => `status.${s}`),
      ...procedure.CHANNELS.map((c) => `channel.${c}`),
      ...procedure.JUDGEMENTS.map((j) => `judgement.${j}`),
      ...procedure.NOT_ADMISSIBLE_REASONS.map((r) => `notAdmissibleReason.${r}`),
      ...procedure.HEARING_SKIP_REASONS.map((r) => `skipReason.${r}`),
      ...procedure.HEARING_MODES.map((m) => `hearingMode.${m}`),
      ...procedure.AGREEMENT_STATUSES.map((s) => `agreementStatus.${s}`),
      ...procedure.LETTER_KINDS.map((k) => `letterKind.${k}`),
      ...procedure.LETTER_STATUSES.map((s) => `letterStatus.${s}`),
      ...procedure.FORM_TEXT_KEYS.map((k) => `settings.form.text.${k}`),
      ...procedure.FORM_FIELDS.map((f) => `register.${f.name}`),
      ...procedure.STEP_PAGES.flatMap((p) => [`step.${p.step}.nav`, `step.${p.step}.title`, `step.${p.step}.subtitle`]),
      ...[2, 3, 4, 5, 6].flatMap((step) => [`step.${step}.statuses`, `step.${step}.empty`]),
      ...EVENT_TYPES.map(eventLabelKey),
      'event.unknown',
      ...['complainant', 'accused', 'staff'].map((a) => `audience.${a}`),
      ...['holiday', 'decree', 'organisation'].map((k) => `settings.calendar.kind.${k}`),
      ...['daysLeft', 'dueTomorrow', 'dueToday', 'daysOverdue', 'overdue'].map((k) => `term.${k}`),
      ...['public', 'system', 'staff'].map((k) => `actor.${k}`),
      ...termFilterOptions().map((option) => `list.overdue.${option}`),
      ...['incomplete', 'reversed'].map((k) => `report.period.${k}`),
      ...UNSUPPORTED_REASONS.map((reason) => `settings.letters.unsupported.${reason}`),
      ...['section', 'nav.procedure', 'nav.calendar', 'nav.form', 'nav.departments', 'nav.categories', 'nav.letters'].map((k) => `settings.${k}`),
      ...ACTION_NAMES.flatMap((action) => [
        `actionLabel.${action}`,
        `action.${action}.intro`,
        `action.${action}.done`,
        ...ACTION_FORMS[action].fields.flatMap((field) => [
          `action.${action}.${field.name}`,
          ...(field.hint ? [`action.${action}.${field.name}.hint`] : []),
          // choices labelled from shared/ in both languages need no text here
          ...(field.optionsKey ? (field.options ?? []).map((option) => `${field.optionsKey}.${option}`) : []),
        ]),
      ]),
    ];
    const missing = wanted.filter((key) => !(`complaints.${key}` in nl));
    expect(missing).toEqual([]);
  });

  it('uses the procedure’s own Dutch words', () => {
    expect(nl['complaints.step.2.nav']).toBe('2 Ontvangstbevestiging');
    expect(nl['complaints.step.3.nav']).toBe('3 Hoor en wederhoor');
    expect(nl['complaints.step.6.nav']).toBe('6 Geschillencommissie');
    expect(nl['complaints.judgement.partly_founded']).toBe('Deels gegrond');
  });
});
