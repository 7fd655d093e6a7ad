/**
 * The public pages the CMS hosts itself: the complaint form (for a link or an iframe), the status page
 * the confirmation e-mail links to, and a blank form to print for complainants who write by post.
 *
 * Pure functions returning whole HTML documents. Every interpolated value goes through escapeHtml; no
 * inline script anywhere, so a Content-Security-Policy without 'unsafe-inline' for scripts still works.
 */
import type { FormDefinition, FormField } from '../../../shared/public-api';
import { pickLocale, type Locale } from '../../../shared/messages';

/** Text → HTML text or attribute value (quoted). */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Escaped, with line breaks kept (addresses, intro texts). */
function multiline(value: unknown): string {
  return escapeHtml(value).replace(/\r?\n/g, '<br>');
}

const T = {
  nl: {
    noscript: 'Voor dit formulier is JavaScript nodig. U kunt uw klacht ook per e-mail, telefonisch of per post indienen.',
    sendTo: 'Stuur het ingevulde formulier naar:',
    printNote: 'Druk dit formulier af met Ctrl+P (of Cmd+P op een Mac), vul het in met pen en stuur het ons per post.',
    onlyWhen: 'Alleen invullen als u hierboven hebt aangevinkt: ',
    tickOne: 'Zet een kruisje bij één keuze.',
    date: 'Datum',
    signature: 'Handtekening',
  },
  en: {
    noscript: 'This form needs JavaScript. You can also submit your complaint by e-mail, by phone or by post.',
    sendTo: 'Send the completed form to:',
    printNote: 'Print this form with Ctrl+P (or Cmd+P on a Mac), fill it in with a pen and send it to us by post.',
    onlyWhen: 'Only fill in if you ticked above: ',
    tickOne: 'Tick one option.',
    date: 'Date',
    signature: 'Signature',
  },
} satisfies Record<Locale, Record<string, string>>;

export interface HostedPageOptions {
  locale: Locale | string;
  title: string;
  /** Where the bundle is served, e.g. `/complaints/form.js`. */
  scriptUrl: string;
  /** Origin of the complaints API; '' for the same origin. */
  endpoint: string;
}

export const PAGE_CSS =
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#fff;line-height:1.5}' +
  'main{max-width:44rem;margin:0 auto;padding:1.5rem 1rem 3rem}' +
  'h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}';

/** A page about one complaint: never send its address on as a Referer, and keep it out of search engines. */
export const PRIVATE_HEAD = '<meta name="referrer" content="no-referrer">\n<meta name="robots" content="noindex">\n';

/** A whole page: the language, the title as <title> and <h1>, one inline stylesheet, what goes in <head> and in <main>. */
export function htmlPage(o: { locale: Locale | string; title: string; css: string; head?: string; main: string }): string {
  const locale = pickLocale(o.locale);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${o.head ?? ''}<title>${escapeHtml(o.title)}</title>
<style>${o.css}</style>
</head>
<body>
<main>
<h1>${escapeHtml(o.title)}</h1>
${o.main}
</main>
</body>
</html>
`;
}

/** `noscript` is HTML: what readers without JavaScript get instead of the element. */
function hostedPage(o: HostedPageOptions, element: string, noscript: string, extraHead = ''): string {
  const head = `${extraHead}<script src="${escapeHtml(o.scriptUrl)}" defer></script>\n`;
  return htmlPage({ locale: o.locale, title: o.title, css: PAGE_CSS, head, main: `${element}\n<noscript>${noscript}</noscript>` });
}

/** The form on a page of its own, to link to or put in an iframe. */
export function hostedFormPage(o: HostedPageOptions): string {
  const locale = pickLocale(o.locale);
  // hide-title: the page's <h1> already names the form; the element keeps its title for screen readers.
  const element = `<klachten-formulier locale="${locale}" endpoint="${escapeHtml(o.endpoint)}" heading-level="2" hide-title></klachten-formulier>`;
  return hostedPage(o, element, `<p>${escapeHtml(T[locale].noscript)}</p>`);
}

/**
 * The complainant's status page; the element reads `ref` and `token` from the link's fragment. Without
 * JavaScript the page offers a form for them, answered by the server-rendered page (status-page.ts).
 */
export function statusPage(o: HostedPageOptions, noscript: string): string {
  const locale = pickLocale(o.locale);
  const element = `<klachten-status locale="${locale}" endpoint="${escapeHtml(o.endpoint)}" heading-level="2"></klachten-status>`;
  return hostedPage(o, element, noscript, PRIVATE_HEAD);
}

const PRINT_CSS = `
@page{size:A4;margin:16mm 18mm}
*{box-sizing:border-box}
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.4;color:#000;background:#fff}
.sheet{max-width:174mm;margin:0 auto;padding:10mm 0}
header{display:flex;justify-content:space-between;gap:8mm;margin:0 0 8mm}
.org{font-size:14pt;font-weight:bold;margin:0}
.to{margin:0}
h1{font-size:18pt;margin:0 0 3mm}
p{margin:0 0 3mm}
.note{border:1px solid #000;padding:3mm;margin:0 0 6mm}
fieldset{border:0;padding:0;margin:0 0 6mm;min-width:0}
legend{font-size:13pt;font-weight:bold;padding:0;margin:0 0 3mm}
.field{margin:0 0 5mm;break-inside:avoid;page-break-inside:avoid}
.label{font-weight:bold;margin:0 0 1mm}
.help,.when{font-size:9.5pt;margin:0 0 1mm}
.line{border-bottom:1px solid #000;height:9mm}
ul.opts{list-style:none;margin:1mm 0 0;padding:0}
ul.opts li{margin:0 0 1.5mm}
.box{font-size:14pt;line-height:1;margin-right:2mm;vertical-align:-1pt}
.privacy{font-size:9.5pt;margin-top:6mm}
.sign{display:flex;gap:10mm;margin-top:8mm;break-inside:avoid;page-break-inside:avoid}
.sign div{flex:1}
.sign .line{height:16mm}
@media screen{body{background:#e8e8e8}.sheet{background:#fff;margin:1rem auto;padding:16mm 18mm;max-width:210mm;box-shadow:0 1px 4px rgba(0,0,0,.3)}}
@media print{.noprint{display:none!important}.sheet{padding:0;max-width:none}}
`;

const box = '<span class="box" aria-hidden="true">☐</span>';

function printField(f: FormField, fields: FormField[], t: (typeof T)[Locale]): string {
  const parts: string[] = [];
  const controller = f.showWhen ? fields.find((x) => x.name === f.showWhen) : undefined;
  if (controller) parts.push(`<p class="when">${escapeHtml(t.onlyWhen)}‘${escapeHtml(controller.label)}’</p>`);
  const required = f.required ? ' *' : '';
  if (f.type === 'checkbox') {
    parts.push(`<p class="label">${box}${escapeHtml(f.label)}${required}</p>`);
    if (f.help) parts.push(`<p class="help">${escapeHtml(f.help)}</p>`);
  } else {
    parts.push(`<p class="label">${escapeHtml(f.label)}${required}</p>`);
    if (f.help) parts.push(`<p class="help">${escapeHtml(f.help)}</p>`);
    if (f.type === 'select') {
      parts.push(`<p class="help">${escapeHtml(t.tickOne)}</p>`);
      const options = (f.options ?? []).map((o) => `<li>${box}${escapeHtml(o.label)}</li>`).join('');
      parts.push(`<ul class="opts">${options}</ul>`);
    } else {
      // A written answer needs room: long texts get several lines, an address two.
      const lines = f.type === 'textarea' ? (f.maxLength !== null && f.maxLength <= 1000 ? 4 : 8) : f.autocomplete === 'street-address' ? 2 : 1;
      parts.push('<div class="line"></div>'.repeat(lines));
    }
  }
  return `<div class="field">${parts.join('')}</div>`;
}

/** A blank complaint form to print and send by post, from the same definition as the online form. */
export function printableForm(definition: FormDefinition, organisation: { name: string; address: string }): string {
  const locale = pickLocale(definition.locale);
  const t = T[locale];
  const x = definition.texts;
  const fields = definition.fields.filter((f) => f.name !== definition.honeypotField);
  const section = (name: FormField['section']) => fields.filter((f) => f.section === name).map((f) => printField(f, fields, t)).join('\n');
  const fieldset = (legend: string, name: FormField['section']) => {
    const body = section(name);
    return body ? `<fieldset><legend>${escapeHtml(legend)}</legend>\n${body}\n</fieldset>` : '';
  };
  const consent = section('consent');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(x.title)} – ${escapeHtml(organisation.name)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main class="sheet">
<p class="note noprint">${escapeHtml(t.printNote)}</p>
<header>
<p class="org">${escapeHtml(organisation.name)}</p>
<div><p class="to">${escapeHtml(t.sendTo)}</p><p class="to">${escapeHtml(organisation.name)}<br>${multiline(organisation.address)}</p></div>
</header>
<h1>${escapeHtml(x.title)}</h1>
${x.intro ? `<p>${multiline(x.intro)}</p>` : ''}
<p>${escapeHtml(x.requiredHint)}</p>
${fieldset(x.sectionComplainant, 'complainant')}
${fieldset(x.sectionComplaint, 'complaint')}
<p class="privacy">${multiline(x.privacyStatement)}</p>
${consent}
<div class="sign">
<div><p class="label">${escapeHtml(t.date)}</p><div class="line"></div></div>
<div><p class="label">${escapeHtml(t.signature)}</p><div class="line"></div></div>
</div>
</main>
</body>
</html>
`;
}
