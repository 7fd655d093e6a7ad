/**
 * Scoped styles for both elements. Theme through CSS custom properties (they inherit into the shadow
 * root); the defaults meet WCAG 2.1 AA on white (text ≥ 4.5:1, borders and focus ring ≥ 3:1).
 *
 * `.r` resets every inherited property (`all: initial`) so a host page's `text-transform`,
 * `letter-spacing`, `visibility`, tiny `font-size` and the like cannot leak in; custom properties are
 * not reset by `all`, which is exactly what keeps theming working. `all` leaves `direction` alone, so it
 * is set too. Sizes use em, not rem: a host's `html { font-size: 10px }` must not shrink the form.
 */
const V = {
  font: 'var(--klachten-font,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif)',
  size: 'var(--klachten-font-size,max(1rem,16px))',
  text: 'var(--klachten-color-text,#1b1b1b)',
  muted: 'var(--klachten-color-muted,#4a4a4a)',
  bg: 'var(--klachten-color-background,#fff)',
  primary: 'var(--klachten-color-primary,#154273)',
  onPrimary: 'var(--klachten-color-primary-text,#fff)',
  error: 'var(--klachten-color-error,#a4262c)',
  success: 'var(--klachten-color-success,#276b36)',
  border: 'var(--klachten-color-border,#595959)',
  radius: 'var(--klachten-radius,4px)',
  focus: 'var(--klachten-focus-ring,#0b57d0)',
  panel: 'var(--klachten-color-panel,#f3f6fa)',
};

export const CSS = `
:host{display:block}
[hidden]{display:none!important}
.r{all:initial;display:block;position:relative;box-sizing:border-box;max-width:var(--klachten-max-width,40em);direction:ltr;unicode-bidi:isolate;font-family:${V.font};font-size:${V.size};line-height:1.5;color:${V.text};background:${V.bg};text-align:start;overflow-wrap:anywhere}
.r *,.r *::before,.r *::after{box-sizing:border-box}
h1,h2,h3,h4,h5,h6{font-size:1.25em;line-height:1.3;margin:1.5em 0 .5em;font-weight:700}
.t{font-size:1.6em;margin-top:0}
p{margin:0 0 1em}
.pre{white-space:pre-line}
a{color:${V.primary};text-decoration:underline;text-underline-offset:.15em}
:focus{outline:none}
:focus-visible,input:focus,select:focus,textarea:focus{outline:3px solid ${V.focus};outline-offset:2px}
[tabindex="-1"]:focus{outline:none}
fieldset{border:0;padding:0;margin:0 0 1.5em;min-width:0}
legend{font-size:1.25em;font-weight:700;padding:0;margin:0 0 .75em}
.f{margin:0 0 1.5em}
.f.inv{border-inline-start:4px solid ${V.error};padding-inline-start:.75em}
label,.l{display:block;font-weight:600;margin:0 0 .25em}
.req{font-weight:700;margin-inline-start:.2em}
.help{color:${V.muted};margin:0 0 .25em}
.err{color:${V.error};font-weight:700;margin:0 0 .25em}
input,select,textarea,button{font:inherit;font-size:max(1em,16px);color:inherit;margin:0}
input:not([type=checkbox]),select,textarea{display:block;width:100%;min-height:44px;padding:.5em .6em;border:2px solid ${V.border};border-radius:${V.radius};background:#fff;color:#1b1b1b}
textarea{min-height:8em;resize:vertical}
[aria-invalid=true]{border-color:${V.error}!important}
.cb{display:flex;align-items:flex-start;gap:.6em}
.cb input{flex:none;width:28px;height:28px;margin:8px 0;accent-color:${V.primary}}
.cb label{margin:0;padding:10px 0;min-height:44px;font-weight:400}
.cb+.help{margin-inline-start:calc(28px + .6em)}
.sub{margin:0 0 1.5em;padding-inline-start:1em;border-inline-start:4px solid ${V.border}}
button{display:inline-block;min-height:44px;min-width:44px;padding:.6em 1.25em;border:2px solid ${V.primary};border-radius:${V.radius};background:${V.primary};color:${V.onPrimary};font-weight:700;line-height:1.25;cursor:pointer;text-align:center}
button.s{background:${V.bg};color:${V.primary}}
button:disabled{cursor:progress;opacity:.75}
.btns{display:flex;flex-wrap:wrap;gap:.75em;margin:0 0 1em}
.sum,.alert{border:4px solid ${V.error};border-radius:${V.radius};padding:1em;margin:0 0 1.5em}
.sum h2,.sum h3,.sum h4{margin-top:0}
.sum ul{margin:0;padding-inline-start:1.25em}
.sum a{color:${V.error};font-weight:700}
.alert p:last-child{margin:0}
.ok{border:4px solid ${V.success};border-radius:${V.radius};padding:1em;margin:0 0 1.5em}
.ok>:first-child{margin-top:0}.ok>:last-child{margin-bottom:0}
.hp{position:absolute;left:-10000px;top:0;width:1px;height:1px;overflow:hidden}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.privacy{background:${V.panel};border-radius:${V.radius};padding:1em}
dl{display:grid;grid-template-columns:minmax(9em,max-content) 1fr;gap:.35em 1em;margin:0 0 1.5em}
dt{font-weight:700}dd{margin:0;white-space:pre-line}
.steps{list-style:none;margin:0 0 1.5em;padding:0}
.steps li{display:flex;align-items:flex-start;gap:.75em;padding:.4em 0}
.m{flex:none;display:inline-flex;align-items:center;justify-content:center;width:2em;height:2em;border:2px solid ${V.border};border-radius:50%;font-weight:700;background:${V.bg}}
.done .m{background:${V.success};border-color:${V.success};color:#fff}
.cur .m{background:${V.primary};border-color:${V.primary};color:${V.onPrimary}}
.cur{font-weight:700}
.st{display:block;font-size:.875em;font-weight:400;color:${V.muted}}
.card{background:${V.panel};border-radius:${V.radius};padding:1em;margin:0 0 1.5em}
.card>:first-child{margin-top:0}.card>:last-child{margin-bottom:0}
ul.ag{padding-inline-start:1.25em;margin:0 0 1.5em}
@media (max-width:30em){dl{grid-template-columns:1fr;gap:0}dd{margin-bottom:.5em}.btns button{width:100%}}
@media (forced-colors:active){.m,.sum,.alert,.ok{border-color:CanvasText}}
`;
