/**
 * The preview of the agreements letter shows the outcome being composed: the draft is written into the
 * template as literals and the agreements loop is unrolled, and the server's own renderer and validator
 * accept the result.
 */
import { applyOutcomeDraft, liquidLiteral, type OutcomeDraft } from '../../src/plugins/complaints/admin/src/lib/outcomeDraft';
import { defaultTemplate, renderLetter, sampleContext, validateTemplate } from '../../src/plugins/complaints/server/src/letters/templates';

const draft: OutcomeDraft = {
  judgementLabel: 'Deels gegrond',
  findings: 'De monteur kwam twee keer niet.\nNiemand belde de klager "terug".',
  conclusions: 'Excuses {{ en }} een tegoed van €25 {% raw %}',
  agreements: [
    { description: 'Kraan repareren', dueDate: '2026-06-01', owner: 'Afdeling Vastgoedonderhoud' },
    { description: 'Tegoed €25 storten', dueDate: '2026-06-15', owner: null },
  ],
};

describe('admin: preview of the outcome letter with the draft', () => {
  it.each(['nl', 'en'] as const)('renders the default %s agreements letter with the draft', (locale) => {
    const template = defaultTemplate('agreements_letter', 'complainant', locale)!;
    const body = applyOutcomeDraft(template.body, draft);
    expect(validateTemplate({ kind: 'agreements_letter', subject: template.subject, body, locale })).toEqual({ ok: true });

    // The stored complaint has no outcome yet: the preview must show the draft, not the empty context.
    const context = { ...sampleContext(locale), agreements: [] };
    context.complaint = { ...context.complaint, findings: null, conclusions: null, judgement: null };
    const { text } = renderLetter({ subject: template.subject, body }, context);
    expect(text).toContain('De monteur kwam twee keer niet.');
    expect(text).toContain('Niemand belde de klager "terug".');
    expect(text).toContain('deels gegrond');
    expect(text).toContain('Excuses {{ en }} een tegoed van €25 {% raw %}'.replace(/([{%}])(?=[{%}])/g, '$1\u200b'));
    expect(text).toContain('Kraan repareren');
    expect(text).toContain('Tegoed €25 storten');
    expect(text).toContain('Afdeling Vastgoedonderhoud');
    expect(text).not.toContain(locale === 'nl' ? 'Er zijn geen verdere afspraken gemaakt.' : 'No further agreements were made.');
  });

  it('says there are no agreements when the draft has none', () => {
    const template = defaultTemplate('agreements_letter', 'complainant', 'nl')!;
    const body = applyOutcomeDraft(template.body, { ...draft, agreements: [] });
    const { text } = renderLetter({ subject: template.subject, body }, { ...sampleContext('nl'), agreements: [] });
    expect(text).toContain('Er zijn geen verdere afspraken gemaakt.');
  });

  it('leaves a template without these placeholders as it is', () => {
    expect(applyOutcomeDraft('<p>Geachte {{ recipient.name }},</p>', draft)).toBe('<p>Geachte {{ recipient.name }},</p>');
  });

  it('writes safe Liquid string literals', () => {
    expect(liquidLiteral('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\nd"');
    expect(liquidLiteral('{{x}}')).not.toContain('{{');
  });
});
