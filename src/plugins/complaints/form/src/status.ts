/**
 * <klachten-status endpoint="…" locale="nl" reference="…" token="…">: where a complainant follows their
 * complaint and, once the outcome is sent, says whether they accept it. Without reference/token
 * attributes it reads `ref` and `token` from the link in the letter: from the page's fragment (`#ref=…`,
 * never sent to any server), or from the query string of links made before release 0.2.0, which it then
 * moves into the fragment, so the token does not stay in the address bar, bookmarks or Referer headers.
 * The token goes to the API in a POST body, never in a URL.
 */
import { fileSize } from '../../shared/contracts/attachments';
import { STATUS_PAGE_PATHS, type StatusView } from '../../shared/public-api';
import { pickLocale, type Locale } from '../../shared/messages';
import { api, endpointOf, fill, h, heading, headingLevel, safeUrl, shadow, str, type ApiResult, type Kids } from './dom';
import { localeOf } from './form';
import { formatDate, label, STRINGS, type Strings } from '../../shared/public-texts';
import { ATTACHMENT_FIELD, fileInput, filesProblem } from './files';
import { CSS } from './styles';

interface Notice {
  text: string;
  error?: boolean;
}

/** The link's parameters: the fragment's, else (older links) the query string's, moved into the fragment. */
function linkParams(): URLSearchParams {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (fragment.get('token')) return fragment;
  const query = new URLSearchParams(location.search);
  if (query.get('token') && typeof history !== 'undefined' && history.replaceState) {
    const rest = new URLSearchParams(location.search);
    for (const key of ['ref', 'token', 'locale']) rest.delete(key);
    const search = rest.toString();
    const moved = new URLSearchParams();
    for (const key of ['ref', 'token', 'locale']) if (query.get(key)) moved.set(key, query.get(key) as string);
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}#${moved}`);
  }
  return query;
}

export class KlachtenStatus extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['locale', 'endpoint', 'reference', 'token'];
  }

  private box = shadow(this, CSS);
  private view: StatusView | null = null;
  private live = h('p', { class: 'sr', role: 'status' });
  private pending = false;
  private seq = 0;

  connectedCallback(): void {
    if (!this.view) this.schedule();
  }

  attributeChangedCallback(_name: string, oldValue: string | null, value: string | null): void {
    if (oldValue !== value) this.schedule();
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    Promise.resolve().then(() => {
      this.pending = false;
      if (this.isConnected) void this.load();
    });
  }

  private param(attribute: string, query: string): string {
    return (this.getAttribute(attribute) || linkParams().get(query) || '').trim();
  }

  private locale(): Locale {
    return localeOf(this, linkParams().get('locale'));
  }

  private s(): Strings {
    return STRINGS[this.locale()];
  }

  private url(suffix = ''): string {
    return `${endpointOf(this)}/api/complaints/status/${encodeURIComponent(this.param('reference', 'ref'))}${suffix}`;
  }

  private async load(notice?: Notice): Promise<void> {
    const seq = ++this.seq;
    const locale = this.locale();
    const token = this.param('token', 'token');
    this.box.lang = locale;
    if (!this.param('reference', 'ref') || !token) return this.notFound();
    if (!this.view) fill(this.box, h('p', { role: 'status' }, STRINGS[locale].loading));
    try {
      const res = await api<StatusView>(this.url(), { token, locale });
      if (seq !== this.seq) return;
      if (res.status === 200 && res.data && res.data.reference) return this.render(res.data, notice);
      // A wrong token looks the same as an unknown reference: nothing to learn from guessing.
      if (res.status >= 400 && res.status < 500 && res.status !== 429) return this.notFound();
      this.failed(str(res.error && res.error.message)); // 429, 5xx: the server's own words when it has them
    } catch {
      if (seq === this.seq) this.failed('');
    }
  }

  private failed(message: string): void {
    const retry = h('button', { type: 'button' }, this.s().retry);
    retry.addEventListener('click', () => void this.load());
    fill(this.box, h('div', { class: 'alert', role: 'alert' }, h('p', null, message || this.s().network), retry));
  }

  private notFound(): void {
    const s = this.s();
    this.view = null;
    fill(this.box, heading(headingLevel(this), { class: 't' }, s.notFoundTitle), h('p', null, s.notFound));
  }

  private render(v: StatusView, notice?: Notice): void {
    this.view = v;
    const loc = this.locale();
    const s = STRINGS[loc];
    const lv = headingLevel(this);
    const sub = (text: string): HTMLElement => heading(lv + 1, null, text);
    const row = (key: string, value: string): Kids[] => (value ? [h('dt', null, key), h('dd', null, value)] : []);
    const ref = str(v.reference);
    const out: Kids[] = [heading(lv, { class: 't', tabindex: '-1' }, `${s.statusTitle} ${ref}`)];

    const note = notice ? h('div', { class: notice.error ? 'alert' : 'ok', role: notice.error ? 'alert' : 'status', tabindex: '-1' }, h('p', null, notice.text)) : null;
    out.push(note);
    out.push(h('dl', null, row(s.reference, ref), row(s.status, str(v.statusLabel)), row(s.handler, str(v.handlerName))));

    const steps = Array.isArray(v.steps) ? v.steps : [];
    if (steps.length) {
      // State in words, not colour only; role=list because list-style:none drops it in Safari.
      const items = steps.map((step) => {
        const state = step.state === 'done' ? 'done' : step.state === 'current' ? 'cur' : 'todo';
        return h(
          'li',
          { class: state, 'aria-current': state === 'cur' ? 'step' : null },
          h('span', { class: 'm', 'aria-hidden': 'true' }, state === 'done' ? '✓' : str(step.step)),
          h('span', null, str(step.label), h('span', { class: 'st' }, state === 'done' ? s.done : state === 'cur' ? s.current : s.todo)),
        );
      });
      out.push(sub(s.progress), h('ol', { class: 'steps', role: 'list' }, items));
    }

    if (v.nextStep) out.push(sub(s.next), h('p', { class: 'pre' }, str(v.nextStep)));

    const dates = [
      row(s.receivedAt, formatDate(v.receivedAt, loc, true)),
      row(s.acknowledgedAt, formatDate(v.acknowledgedAt, loc)),
      v.acknowledgedAt ? [] : row(s.acknowledgementDue, formatDate(v.acknowledgementDue, loc)),
      v.outcomeSentAt ? [] : row(s.handlingDue, formatDate(v.handlingDue, loc)),
      row(s.outcomeSentAt, formatDate(v.outcomeSentAt, loc)),
    ];
    out.push(sub(s.dates), h('dl', null, dates));

    if (v.hearing) {
      out.push(
        sub(s.hearing),
        v.hearing.heldAt
          ? h('dl', null, row(s.heldOn, formatDate(v.hearing.heldAt, loc)), row(s.mode, label(s, v.hearing.mode)), row(s.location, str(v.hearing.location)))
          : h('dl', null, row(s.when, formatDate(v.hearing.plannedAt, loc, true)), row(s.mode, label(s, v.hearing.mode)), row(s.location, str(v.hearing.location))),
      );
    }

    if (v.judgement) out.push(sub(s.judgement), h('p', { class: 'pre' }, label(s, v.judgement)));

    const agreements = Array.isArray(v.agreements) ? v.agreements : [];
    if (agreements.length) {
      const items = agreements.map((a) => {
        const meta = [a.dueDate ? `${s.due} ${formatDate(a.dueDate, loc)}` : '', label(s, a.status)].filter(Boolean).join(' · ');
        return h('li', null, h('span', { class: 'pre' }, str(a.description)), meta ? h('span', { class: 'st' }, meta) : null);
      });
      out.push(sub(s.agreements), h('ul', { class: 'ag' }, items));
    }

    const until = v.respondUntil ? formatDate(v.respondUntil, loc) : '';
    if (v.canRespond) out.push(this.respondForm(lv + 1, s, until));
    else if (v.respondClosed && until) out.push(h('p', { class: 'card' }, `${s.respondClosed} ${until}. ${s.respondClosedAfter}`));
    if (v.disputeEligible && v.committee) out.push(this.committee(v.committee, lv + 1, s));
    (Array.isArray(v.questions) ? v.questions : []).forEach((q) => out.push(this.question(q, v, lv + 1, s, loc)));
    if (v.survey) out.push(this.survey(v.survey, lv + 1, s));
    const letters = Array.isArray(v.letters) ? v.letters : [];
    if (letters.length) {
      // each letter folded: its subject, way and date; its text as sent when opened
      const items = letters.map((l) =>
        h('li', null, h('details', null, h('summary', null, str(l.subject), h('span', { class: 'st' }, ` ${l.channel === 'post' ? s.byPost : s.byEmail} · ${formatDate(l.date, loc)}`)), h('div', { class: 'pre' }, str(l.text)), this.letterPdf(ref, Number(l.id), s))),
      );
      out.push(h('section', { class: 'card', 'aria-labelledby': 'k-let' }, heading(lv + 1, { id: 'k-let' }, s.lettersTitle), h('ul', { class: 'ag' }, items)));
    }
    out.push(this.documents(v, lv + 1, s, loc));
    out.push(this.live);

    this.box.lang = loc;
    fill(this.box, out);
    if (note) note.focus();
  }

  /** A letter as PDF: a plain form post (the token in its body, never in a URL) that the browser downloads. */
  private letterPdf(ref: string, id: number, s: Strings): HTMLElement {
    const hidden = (name: string, value: string) => h('input', { type: 'hidden', name, value });
    return h(
      'form',
      { method: 'post', action: `${endpointOf(this)}${STATUS_PAGE_PATHS.letter}` },
      hidden('ref', ref),
      hidden('token', this.param('token', 'token')),
      hidden('letter', String(id)),
      h('button', { type: 'submit' }, s.letterPdf),
    );
  }

  /** A question from staff: its answer once given, else (while the complaint runs) a form to answer it, with documents where the site takes them. */
  private question(q: StatusView['questions'][number], v: StatusView, lv: number, s: Strings, loc: Locale): HTMLElement {
    const id = `k-q${Number(q.id)}`;
    const section = h(
      'section',
      { class: 'card', 'aria-labelledby': `${id}-t` },
      heading(lv, { id: `${id}-t` }, s.questionTitle),
      h('p', { class: 'pre' }, str(q.question)),
      h('dl', null, h('dt', null, s.questionAsked), h('dd', null, formatDate(q.askedAt, loc)), q.answerBy && !q.answeredAt ? [h('dt', null, s.questionAnswerBy), h('dd', null, formatDate(q.answerBy, loc))] : null),
    );
    if (q.answeredAt) {
      section.append(h('p', null, h('strong', null, `${s.yourAnswer}: `)), h('p', { class: 'pre' }, str(q.answer)), h('p', { class: 'st' }, `${s.answeredOn} ${formatDate(q.answeredAt, loc)}`));
      return section;
    }
    if (!v.canAnswer) return section;
    const text = h('textarea', { id: `${id}-a`, name: 'answer', rows: 4, maxlength: 5000, required: true });
    const rules = v.attachments;
    const help = rules ? h('p', { id: `${id}-h`, class: 'help' }, str(rules.help)) : null;
    const files = rules ? fileInput(`${id}-f`, rules, `${id}-h`) : null;
    const error = h('div', { class: 'alert', role: 'alert', tabindex: '-1', hidden: true });
    const button = h('button', { type: 'button' }, s.answerSend);
    button.addEventListener('click', () => void this.sendAnswer(Number(q.id), text, files, error, button, section));
    section.append(error, h('div', { class: 'f' }, h('label', { for: text.id }, s.yourAnswer), text));
    if (files && rules) section.append(h('div', { class: 'f' }, h('label', { for: files.id }, str(rules.label)), help, files));
    section.append(h('div', { class: 'btns' }, button));
    return section;
  }

  private async sendAnswer(questionId: number, text: HTMLTextAreaElement, files: HTMLInputElement | null, error: HTMLElement, button: HTMLButtonElement, section: HTMLElement): Promise<void> {
    const s = this.s();
    const show = (message: string): void => {
      fill(error, h('p', null, message));
      error.hidden = false;
      error.focus();
    };
    if (!text.value.trim()) return show(s.answerRequired);
    const chosen = files && files.files ? Array.from(files.files) : [];
    const res = await this.send('/answer', { token: this.param('token', 'token'), locale: this.locale(), questionId, answer: text.value }, chosen, button, section);
    if (res && res.status === 200 && res.data && res.data.reference) return this.render(res.data, { text: s.answerThanks });
    if (res && res.status === 404) return this.notFound();
    const fieldErrors = res && res.error && res.error.details && res.error.details.fieldErrors;
    const message = (res && ((fieldErrors && Object.keys(fieldErrors).map((k) => str(fieldErrors[k])).join(' ')) || str(res.error && res.error.message))) || s.network;
    if (res && res.status === 409) return void this.load({ text: message, error: true });
    show(message);
  }

  /** The satisfaction questions after closure, or the thanks once they are answered. */
  private survey(survey: NonNullable<StatusView['survey']>, lv: number, s: Strings): HTMLElement | null {
    const section = h('section', { class: 'card', 'aria-labelledby': 'k-svy' }, heading(lv, { id: 'k-svy' }, s.surveyTitle));
    if (survey.answer) {
      section.append(h('p', null, s.surveyAnswered));
      return section;
    }
    if (!survey.open) return null;
    const q = survey.questions;
    section.append(h('p', null, str(q.intro)));
    const radio = (value: string, text: string) => {
      const input = h('input', { type: 'radio', name: 'k-svy-sat', id: `k-svy-${value}`, value });
      return h('div', { class: 'cb' }, input, h('label', { for: input.id }, text));
    };
    const satisfied = h('fieldset', null, h('legend', null, str(q.satisfied)), radio('yes', s.surveyYes), radio('no', s.surveyNo));
    const mark = h('select', { id: 'k-svy-mark', name: 'mark' }, h('option', { value: '' }, '—'), Array.from({ length: 10 }, (_, i) => h('option', { value: String(i + 1) }, String(i + 1))));
    const comment = h('textarea', { id: 'k-svy-c', name: 'comment', rows: 4, maxlength: 5000 });
    const error = h('div', { class: 'alert', role: 'alert', tabindex: '-1', hidden: true });
    const button = h('button', { type: 'button' }, s.surveySend);
    button.addEventListener('click', () => void this.sendSurvey(satisfied, mark, comment, error, button, section));
    section.append(error, satisfied);
    if (q.mark) section.append(h('div', { class: 'f' }, h('label', { for: mark.id }, str(q.mark)), mark));
    if (q.comment) section.append(h('div', { class: 'f' }, h('label', { for: comment.id }, str(q.comment)), comment));
    section.append(h('div', { class: 'btns' }, button));
    return section;
  }

  private async sendSurvey(satisfied: HTMLElement, mark: HTMLSelectElement, comment: HTMLTextAreaElement, error: HTMLElement, button: HTMLButtonElement, section: HTMLElement): Promise<void> {
    const s = this.s();
    const chosen = satisfied.querySelector<HTMLInputElement>('input:checked');
    if (!chosen) {
      fill(error, h('p', null, s.surveyChoose));
      error.hidden = false;
      error.focus();
      return;
    }
    const fields = { token: this.param('token', 'token'), locale: this.locale(), satisfied: chosen.value === 'yes', mark: mark.value ? Number(mark.value) : null, comment: comment.value };
    const res = await this.send('/survey', fields, [], button, section);
    if (res && res.status === 200 && res.data && res.data.reference) return this.render(res.data, { text: s.surveyThanks });
    if (res && res.status === 404) return this.notFound();
    const message = (res && str(res.error && res.error.message)) || s.network;
    if (res && res.status === 409) return void this.load({ text: message, error: true });
    fill(error, h('p', null, message));
    error.hidden = false;
    error.focus();
  }

  /**
   * Sends what the page collected: JSON, or with files multipart (the JSON in `data`, the files in
   * `attachments`), the section busy meanwhile. Null when the network failed; what was typed and chosen
   * stays on the page either way.
   */
  private async send(path: string, fields: Record<string, unknown>, files: File[], button: HTMLButtonElement, section: HTMLElement): Promise<ApiResult<StatusView> | null> {
    let body: Record<string, unknown> | FormData = fields;
    if (files.length) {
      const form = new FormData();
      form.append('data', JSON.stringify(fields));
      files.forEach((file) => form.append(ATTACHMENT_FIELD, file, file.name));
      body = form;
    }
    button.disabled = true;
    section.setAttribute('aria-busy', 'true');
    this.live.textContent = this.s().sending;
    try {
      return await api<StatusView>(this.url(path), body);
    } catch {
      return null;
    } finally {
      button.disabled = false;
      section.setAttribute('aria-busy', 'false');
      this.live.textContent = '';
    }
  }

  /** What the complainant sent, and (while the complaint runs, where the site scans documents) a way to send more. */
  private documents(v: StatusView, lv: number, s: Strings, loc: Locale): HTMLElement | null {
    const sent = Array.isArray(v.documents) ? v.documents : [];
    const rules = v.attachments;
    if (!sent.length && !rules) return null;
    const section = h('section', { class: 'card', 'aria-labelledby': 'k-docs' }, heading(lv, { id: 'k-docs' }, s.documentsTitle));
    if (sent.length) {
      section.append(h('ul', { class: 'ag' }, sent.map((d) => h('li', null, h('span', null, str(d.fileName)), h('span', { class: 'st' }, `${fileSize(Number(d.size) || 0)} · ${formatDate(d.addedAt, loc)}`)))));
    }
    if (!rules) return section;
    const help = h('p', { id: 'k-docs-help', class: 'help' }, str(rules.help));
    const input = fileInput('k-docs-in', rules, help.id);
    const error = h('div', { class: 'alert', role: 'alert', tabindex: '-1', hidden: true });
    const button = h('button', { type: 'button' }, s.documentsSend);
    button.addEventListener('click', () => void this.sendDocuments(input, error, button, section, rules));
    section.append(error, h('div', { class: 'f' }, h('label', { for: input.id }, s.documentsAdd), help, input), h('div', { class: 'btns' }, button));
    return section;
  }

  private async sendDocuments(input: HTMLInputElement, error: HTMLElement, button: HTMLButtonElement, section: HTMLElement, rules: NonNullable<StatusView['attachments']>): Promise<void> {
    const s = this.s();
    const files = input.files ? Array.from(input.files) : [];
    const show = (message: string): void => {
      fill(error, h('p', null, message));
      error.hidden = false;
      error.focus();
    };
    if (!files.length) return show(s.documentsChoose);
    const problem = filesProblem(files, rules, s);
    if (problem) return show(problem);
    const res = await this.send('/documents', { token: this.param('token', 'token'), locale: this.locale() }, files, button, section);
    if (res && res.status === 201 && res.data && res.data.reference) return this.render(res.data, { text: s.documentsThanks });
    if (res && res.status === 404) return this.notFound();
    const fieldErrors = res && res.error && res.error.details && res.error.details.fieldErrors;
    show((res && ((fieldErrors && str(fieldErrors.attachments)) || str(res.error && res.error.message))) || s.network);
  }

  private committee(c: NonNullable<StatusView['committee']>, lv: number, s: Strings): HTMLElement {
    const site = safeUrl(c.website, location.href);
    const email = str(c.email);
    // rel=noreferrer: the page URL carries the status token; it must not travel to another site.
    const siteLink = site ? h('a', { href: site, rel: 'noreferrer' }, str(c.website)) : str(c.website);
    const mail = /^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? h('a', { href: `mailto:${email}` }, email) : email;
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'k-cmt' },
      heading(lv, { id: 'k-cmt' }, s.committeeTitle),
      h('p', null, s.committeeIntro, ' ', h('strong', null, str(c.name))),
      h(
        'dl',
        null,
        c.website ? [h('dt', null, s.website), h('dd', null, siteLink)] : null,
        email ? [h('dt', null, s.emailLabel), h('dd', null, mail)] : null,
        c.address ? [h('dt', null, s.address), h('dd', { class: 'pre' }, str(c.address))] : null,
      ),
    );
  }

  private respondForm(lv: number, s: Strings, until: string): HTMLElement {
    const note = h('textarea', { id: 'k-note', name: 'note', rows: 4, maxlength: 5000 });
    const error = h('div', { class: 'alert', role: 'alert', tabindex: '-1', hidden: true });
    const section = h('section', { class: 'card', 'aria-labelledby': 'k-resp' });
    const buttons: HTMLButtonElement[] = [];
    const button = (response: 'accept' | 'dissatisfied', text: string, cls: string | null): HTMLButtonElement => {
      const b = h('button', { type: 'button', class: cls }, text);
      b.addEventListener('click', () => void this.respond(response, note, error, buttons, section));
      buttons.push(b);
      return b;
    };
    fill(
      section,
      heading(lv, { id: 'k-resp' }, s.respondTitle),
      h('p', null, s.respondIntro, until ? ` ${s.respondUntil} ${until}.` : ''),
      error,
      h('div', { class: 'f' }, h('label', { for: 'k-note' }, s.note), note),
      h('div', { class: 'btns' }, button('accept', s.accept, null), button('dissatisfied', s.dissatisfied, 's')),
    );
    return section;
  }

  private async respond(response: 'accept' | 'dissatisfied', note: HTMLTextAreaElement, error: HTMLElement, buttons: HTMLButtonElement[], section: HTMLElement): Promise<void> {
    const s = this.s();
    const busy = (on: boolean): void => {
      buttons.forEach((b) => (b.disabled = on));
      section.setAttribute('aria-busy', String(on));
      this.live.textContent = on ? s.sending : '';
    };
    busy(true);
    let res: ApiResult<StatusView> | null = null;
    try {
      res = await api<StatusView>(this.url('/response'), { token: this.param('token', 'token'), response, note: note.value, locale: this.locale() });
    } catch {
      // shown below; the note stays in the textarea
    }
    busy(false);
    if (res && res.status === 200 && res.data && res.data.reference) return this.render(res.data, { text: s.thanks });
    if (res && res.status === 404) return this.notFound();
    const fieldErrors = res && res.error && res.error.details && res.error.details.fieldErrors;
    const message = (res && (str(res.error && res.error.message) || (fieldErrors ? Object.keys(fieldErrors).map((k) => str(fieldErrors[k])).join(' ') : ''))) || s.network;
    // 409: already answered or no longer possible; show the current state with the reason.
    if (res && res.status === 409) return void this.load({ text: message, error: true });
    fill(error, h('p', null, message));
    error.hidden = false;
    error.focus();
  }
}
