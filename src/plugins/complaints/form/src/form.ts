/**
 * <klachten-formulier locale="nl" endpoint="https://cms.example.nl">: the public complaint form, rendered
 * from the server's FormDefinition. The server validates; the checks here only give quick feedback.
 */
import type { FormDefinition, FormField, SubmissionAccepted } from '../../shared/public-api';
import { pickLocale, type Locale } from '../../shared/messages';
import { api, endpointOf, fill, h, heading, headingLevel, safeUrl, shadow, str, withLinks, type ApiResult } from './dom';
import { STRINGS, type Strings } from '../../shared/public-texts';
import { ATTACHMENT_FIELD, fileInput, filesProblem } from './files';
import { CSS } from './styles';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface Entry {
  field: FormField;
  input: Control;
  wrap: HTMLElement;
  help: HTMLElement | null;
  error: HTMLElement;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The documents' field: an entry like the others for labels and errors, but sent as files, not text. */
const FILES = ATTACHMENT_FIELD;

const isFiles = (c: Control): c is HTMLInputElement => c instanceof HTMLInputElement && c.type === 'file';

/** locale attribute, else the host page's language, else Dutch. */
export function localeOf(el: HTMLElement, fallback?: string | null): Locale {
  return pickLocale((el.getAttribute('locale') || fallback || document.documentElement.lang || 'nl').slice(0, 2).toLowerCase());
}

/** "Naam: Vul …" but "Waar gaat het over? Vul …": no colon after a label's own punctuation. */
const labelled = (label: string, msg: string): string => `${label}${/[?:!.]$/.test(label) ? '' : ':'} ${msg}`;

const isCheckbox = (c: Control): c is HTMLInputElement => c instanceof HTMLInputElement && c.type === 'checkbox';

function newSubmissionKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class KlachtenFormulier extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['locale', 'endpoint'];
  }

  private box = shadow(this, CSS);
  private def: FormDefinition | null = null;
  private entries = new Map<string, Entry>();
  private form: HTMLFormElement | null = null;
  private button: HTMLButtonElement | null = null;
  private hp: HTMLInputElement | null = null;
  // role=alert + focus: announced, and keyboard users land on the list of errors.
  private summary = h('div', { class: 'sum', role: 'alert', tabindex: '-1', hidden: true });
  private alertBox = h('div', { class: 'alert', role: 'alert', tabindex: '-1', hidden: true });
  private live = h('p', { class: 'sr', role: 'status' });
  private busy = false;
  private done = false;
  private pending = false;
  private seq = 0;
  /**
   * One key per filled-in form, sent with every attempt: when an answer is lost (network, a server that
   * restarts), sending again returns the same complaint instead of filing it twice.
   */
  private submissionKey = newSubmissionKey();

  connectedCallback(): void {
    if (!this.def) this.schedule();
  }

  attributeChangedCallback(_name: string, oldValue: string | null, value: string | null): void {
    if (oldValue !== value) this.schedule();
  }

  /** One load per microtask, so attributes set right after insertion count. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    Promise.resolve().then(() => {
      this.pending = false;
      if (this.isConnected && !this.done && !this.busy) void this.load();
    });
  }

  private s(): Strings {
    return STRINGS[this.def ? pickLocale(this.def.locale) : localeOf(this)];
  }

  private base(): string {
    return endpointOf(this);
  }

  private async load(): Promise<void> {
    const seq = ++this.seq;
    const locale = localeOf(this);
    if (!this.def) {
      this.box.lang = locale;
      fill(this.box, h('p', { role: 'status' }, STRINGS[locale].loading));
    }
    try {
      const res = await api<FormDefinition>(`${this.base()}/api/complaints/form?locale=${locale}`);
      if (seq !== this.seq) return;
      const d = res.data;
      if (!d || !Array.isArray(d.fields) || !d.texts) throw new Error('no form definition');
      const keep = this.values(); // a language switch must not lose what was typed
      this.def = d;
      this.render(keep);
      this.dispatchEvent(new CustomEvent('klachten-ready', { bubbles: true, composed: true, detail: { locale: pickLocale(d.locale) } }));
    } catch {
      if (seq !== this.seq || this.def) return; // keep a form that is already on screen
      // for the site owner, in the browser console: the usual cause is an embedding origin not allowed yet
      console.error(
        `[klachten-formulier] The form could not be loaded from ${this.base()}. If this page (${location.origin}) is on another site than the CMS, add ${location.origin} to the complaints plugin's embedOrigins option (COMPLAINTS_EMBED_ORIGINS); otherwise check that the CMS can be reached.`,
      );
      const s = STRINGS[locale];
      const retry = h('button', { type: 'button' }, s.retry);
      retry.addEventListener('click', () => void this.load());
      fill(this.box, h('div', { class: 'alert', role: 'alert' }, h('p', null, s.loadError), retry));
    }
  }

  private values(): Record<string, string | boolean> {
    const out: Record<string, string | boolean> = {};
    this.entries.forEach((e, name) => {
      if (!isFiles(e.input)) out[name] = isCheckbox(e.input) ? e.input.checked : e.input.value;
    });
    return out;
  }

  private render(keep: Record<string, string | boolean>): void {
    const d = this.def!;
    const t = d.texts;
    const s = this.s();
    const lv = headingLevel(this);
    const keptFiles = this.chosenFiles();
    this.entries.clear();

    const legends: Record<string, string> = { complainant: str(t.sectionComplainant), complaint: str(t.sectionComplaint) };
    const groups: Record<string, HTMLElement> = {};
    for (const f of d.fields) {
      if (!f || typeof f.name !== 'string' || !f.name) continue;
      const sec = f.section === 'consent' || f.section === 'complainant' ? f.section : 'complaint';
      if (!groups[sec]) groups[sec] = sec === 'consent' ? h('div') : h('fieldset', null, h('legend', null, legends[sec]));
      groups[sec].append(this.field(f, keep[f.name], s));
    }
    if (d.attachments && groups.complaint) groups.complaint.append(this.filesField(d.attachments, keptFiles));

    // Conditional fields follow their checkbox and show only while it is ticked.
    this.entries.forEach((e) => {
      const ctl = e.field.showWhen ? this.entries.get(e.field.showWhen) : undefined;
      if (!ctl || !isCheckbox(ctl.input)) return;
      const box = ctl.input;
      e.wrap.classList.add('sub');
      const sync = (): void => {
        e.wrap.hidden = !box.checked;
      };
      box.addEventListener('change', sync);
      sync();
    });

    // Honeypot: off-screen (not display:none, which bots detect), out of the tab order and the
    // accessibility tree, so people never meet it.
    this.hp = h('input', { type: 'text', id: 'k-hp', name: str(d.honeypotField), tabindex: '-1', autocomplete: 'off' });
    const trap = h('div', { class: 'hp', 'aria-hidden': 'true' }, h('label', { for: 'k-hp' }, s.honeypot), this.hp);

    this.button = h('button', { type: 'submit' }, str(t.submit));
    fill(this.summary);
    fill(this.alertBox);
    this.summary.hidden = this.alertBox.hidden = true;
    this.form = h(
      'form',
      { novalidate: true, 'aria-labelledby': 'k-title' },
      this.alertBox,
      this.summary,
      groups.complainant,
      groups.complaint,
      trap,
      h('p', { class: 'privacy pre' }, withLinks(str(t.privacyStatement))),
      groups.consent,
      h('div', { class: 'btns' }, this.button),
      this.live,
    );
    this.form.addEventListener('submit', (ev) => void this.submit(ev));
    this.box.lang = pickLocale(d.locale);
    fill(
      this.box,
      // hide-title: the host page's own heading already says it (the title still names the form).
      heading(lv, { id: 'k-title', class: this.hasAttribute('hide-title') ? 'sr' : 't' }, str(t.title)),
      t.intro ? h('p', { class: 'pre' }, withLinks(str(t.intro))) : null,
      h('p', null, str(t.requiredHint)),
      this.form,
    );
  }

  private field(f: FormField, prev: string | boolean | undefined, s: Strings): HTMLElement {
    const id = `k-${f.name}`;
    const help = f.help ? h('p', { id: `${id}-help`, class: 'help' }, str(f.help)) : null;
    const error = h('p', { id: `${id}-err`, class: 'err', hidden: true });
    const label = h('label', { for: id }, str(f.label), f.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, '*') : null);
    const common = { id, name: f.name, required: !!f.required, 'aria-describedby': help ? help.id : null };
    const max = typeof f.maxLength === 'number' && f.maxLength > 0 ? f.maxLength : null;
    let input: Control;
    let wrap: HTMLElement;
    if (f.type === 'checkbox') {
      input = h('input', { ...common, type: 'checkbox', value: 'true' });
      if (typeof prev === 'boolean') input.checked = prev;
      wrap = h('div', { class: 'f' }, error, h('div', { class: 'cb' }, input, label), help);
    } else {
      if (f.type === 'textarea') {
        input = h('textarea', { ...common, rows: 6, maxlength: max, autocomplete: f.autocomplete });
      } else if (f.type === 'select') {
        const options = Array.isArray(f.options) ? f.options : [];
        input = h('select', { ...common, autocomplete: f.autocomplete }, h('option', { value: '' }, s.choose), options.map((o) => h('option', { value: str(o.value) }, str(o.label))));
      } else {
        const email = f.type === 'email';
        input = h('input', {
          ...common,
          type: email || f.type === 'tel' ? f.type : 'text',
          maxlength: max,
          autocomplete: f.autocomplete,
          spellcheck: email ? 'false' : null,
          autocapitalize: email ? 'off' : null,
        });
      }
      if (typeof prev === 'string') input.value = prev;
      wrap = h('div', { class: 'f' }, label, help, error, input);
    }
    this.entries.set(f.name, { field: f, input, wrap, help, error });
    return wrap;
  }

  /**
   * Documents, where the site accepts them (it scans them for viruses). What was chosen survives a
   * language switch, which renders the form again.
   */
  private filesField(rules: NonNullable<FormDefinition['attachments']>, kept: File[]): HTMLElement {
    const field: FormField = { name: FILES, type: 'text', label: str(rules.label), help: str(rules.help), required: false, maxLength: null, section: 'complaint' } as FormField;
    const id = `k-${FILES}`;
    const help = h('p', { id: `${id}-help`, class: 'help' }, str(rules.help));
    const error = h('p', { id: `${id}-err`, class: 'err', hidden: true });
    const input = fileInput(id, rules, help.id);
    if (kept.length && typeof DataTransfer !== 'undefined') {
      const transfer = new DataTransfer();
      kept.forEach((file) => transfer.items.add(file));
      input.files = transfer.files;
    }
    const wrap = h('div', { class: 'f' }, h('label', { for: id }, str(rules.label)), help, error, input);
    this.entries.set(FILES, { field, input, wrap, help, error });
    return wrap;
  }

  private chosenFiles(): File[] {
    const entry = this.entries.get(FILES);
    return entry && isFiles(entry.input) && entry.input.files ? Array.from(entry.input.files) : [];
  }

  /** Quick feedback only; the server's answer is the truth. */
  private check(): Record<string, string> {
    const s = this.s();
    const errors: Record<string, string> = {};
    this.entries.forEach(({ field: f, input, wrap }, name) => {
      if (wrap.hidden) return;
      if (isFiles(input)) {
        const rules = this.def!.attachments;
        const problem = rules ? filesProblem(this.chosenFiles(), rules, s) : null;
        if (problem) errors[name] = problem;
        return;
      }
      if (isCheckbox(input)) {
        if (f.required && !input.checked) errors[name] = s.tick;
        return;
      }
      const v = input.value.trim();
      if (f.required && !v) errors[name] = s.required;
      else if (f.maxLength && v.length > f.maxLength) errors[name] = s.tooLong.replace('{n}', String(f.maxLength));
      else if (f.type === 'email' && v && !EMAIL.test(v)) errors[name] = s.email;
    });
    return errors;
  }

  /** Marks fields and fills the summary; returns whether there was anything to show. */
  private showErrors(errors: Record<string, unknown>): boolean {
    const s = this.s();
    const list = h('ul');
    let count = 0;
    this.entries.forEach((e, name) => {
      const msg = Object.prototype.hasOwnProperty.call(errors, name) ? str(errors[name]) : '';
      const on = !!msg && !e.wrap.hidden;
      fill(e.error, on ? [h('span', { class: 'sr' }, `${s.error} `), msg] : null);
      e.error.hidden = !on;
      e.wrap.classList.toggle('inv', on);
      if (on) e.input.setAttribute('aria-invalid', 'true');
      else e.input.removeAttribute('aria-invalid');
      const described = [e.help ? e.help.id : '', on ? e.error.id : ''].filter(Boolean).join(' ');
      if (described) e.input.setAttribute('aria-describedby', described);
      else e.input.removeAttribute('aria-describedby');
      if (!on) return;
      count++;
      const link = h('a', { href: `#${e.input.id}` }, labelled(str(e.field.label), msg));
      // Fragment links do not reach into a shadow root: focus the field ourselves, its label in view.
      link.addEventListener('click', (ev) => {
        ev.preventDefault();
        e.wrap.scrollIntoView({ block: 'start' });
        e.input.focus({ preventScroll: true });
      });
      list.append(h('li', null, link));
    });
    // Errors the form cannot place next to a visible field (form token, a hidden field, "_").
    for (const key of Object.keys(errors)) {
      const e = this.entries.get(key);
      const msg = str(errors[key]);
      if (!msg || (e && !e.wrap.hidden)) continue;
      count++;
      list.append(h('li', null, e ? labelled(str(e.field.label), msg) : msg));
    }
    this.summary.hidden = !count;
    fill(this.summary, count ? [heading(headingLevel(this) + 1, null, str(this.def!.texts.errorSummaryTitle)), list] : null);
    if (count) this.summary.focus();
    return count > 0;
  }

  private alert(message: string | null): void {
    fill(this.alertBox, message ? h('p', null, message) : null);
    this.alertBox.hidden = !message;
    if (message) this.alertBox.focus();
  }

  private setBusy(on: boolean): void {
    const t = this.def!.texts;
    this.busy = on;
    if (this.button) {
      this.button.disabled = on;
      this.button.textContent = str(on ? t.sending : t.submit);
    }
    this.form?.setAttribute('aria-busy', String(on));
    this.live.textContent = on ? str(t.sending) : '';
  }

  private payload(): Record<string, unknown> {
    const d = this.def!;
    const body: Record<string, unknown> = {};
    this.entries.forEach((e, name) => {
      if (isFiles(e.input)) return;
      const shown = !e.wrap.hidden; // a hidden conditional field sends nothing the user cannot see
      body[name] = isCheckbox(e.input) ? shown && e.input.checked : shown ? e.input.value : '';
    });
    body.locale = pickLocale(d.locale);
    body.formToken = d.formToken;
    body.submissionKey = this.submissionKey;
    if (d.honeypotField) body[d.honeypotField] = this.hp ? this.hp.value : '';
    return body;
  }

  /** JSON, or with documents multipart: the same JSON in `data`, the files in `attachments`. */
  private body(): Record<string, unknown> | FormData {
    const files = this.chosenFiles();
    if (!files.length) return this.payload();
    const form = new FormData();
    form.append('data', JSON.stringify(this.payload()));
    files.forEach((file) => form.append(FILES, file, file.name));
    return form;
  }

  private async submit(ev: Event): Promise<void> {
    ev.preventDefault();
    const d = this.def;
    if (!d || this.busy || this.done) return;
    const t = d.texts;
    this.alert(null);
    if (this.showErrors(this.check())) return;

    this.setBusy(true);
    let res: ApiResult<SubmissionAccepted>;
    try {
      res = await api<SubmissionAccepted>(`${this.base()}/api/complaints/submissions`, this.body());
    } catch {
      // Network failure: everything typed stays where it is.
      this.setBusy(false);
      this.alert(str(t.networkError));
      return;
    }
    this.setBusy(false);
    if (res.status >= 200 && res.status < 300 && res.data && res.data.reference) return this.confirm(res.data);
    if (res.status === 429) return this.alert(str(t.tooManyRequests));
    // The server or its database is down for a while (503; 502/504 from a proxy in front of it). Nothing
    // was filed: the fields and the submission key stay, so pressing the button again later files the
    // complaint once.
    if (res.status === 502 || res.status === 503 || res.status === 504) return this.alert(this.s().unavailable);
    const details = res.error && res.error.details;
    const fieldErrors = details && details.fieldErrors && typeof details.fieldErrors === 'object' ? details.fieldErrors : null;
    // An expired or rejected form token: fetch a fresh one so the next attempt can pass.
    if (res.status === 400 && ((details && /token/i.test(str(details.code))) || (fieldErrors && 'formToken' in fieldErrors))) void this.refreshToken();
    if (fieldErrors && this.showErrors(fieldErrors)) return;
    this.alert(str(res.error && res.error.message) || str(t.networkError));
  }

  private async refreshToken(): Promise<void> {
    try {
      const res = await api<FormDefinition>(`${this.base()}/api/complaints/form?locale=${pickLocale(this.def!.locale)}`);
      if (res.data && res.data.formToken && this.def) this.def.formToken = res.data.formToken;
    } catch {
      // The next submit reports the problem.
    }
  }

  private confirm(accepted: SubmissionAccepted): void {
    const t = this.def!.texts;
    const ref = str(accepted.reference);
    this.done = true;
    const text = h('p', { class: 'pre' });
    const parts = str(t.confirmation).split('{reference}');
    parts.forEach((part, i) => {
      if (i) text.append(h('strong', null, ref));
      text.append(part);
    });
    if (parts.length < 2) text.append(' ', h('strong', null, ref));
    const href = safeUrl(accepted.statusUrl, this.base());
    const title = heading(headingLevel(this), { class: 't', tabindex: '-1' }, str(t.confirmationTitle));
    fill(this.box, h('div', { class: 'ok' }, title, text, href ? h('p', null, h('a', { href }, str(t.statusLinkLabel))) : null));
    this.form = this.button = null;
    this.entries.clear();
    title.focus();
    this.dispatchEvent(new CustomEvent('klachten-submitted', { bubbles: true, composed: true, detail: { reference: ref } }));
  }
}
