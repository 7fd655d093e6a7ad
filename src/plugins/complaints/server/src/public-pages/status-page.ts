/**
 * The complainant's status page rendered on the server, for reading without JavaScript: the same view the
 * web component gets (services/status.ts), in the same words (shared/public-texts.ts), as plain HTML.
 * The link in a letter carries reference and token in its fragment, which never reaches a server; without
 * JavaScript the complainant types them into a small form that posts them (so they stay out of URLs and
 * logs too). Answering, sending documents and the survey need the web component; letters download as PDF
 * with a form button, which works with and without it.
 */
import { STATUS_PAGE_PATHS, type StatusView } from '../../../shared/public-api';
import { pickLocale, type Locale } from '../../../shared/messages';
import { formatDate, label, STRINGS, type Strings } from '../../../shared/public-texts';
import { escapeHtml, htmlPage, PAGE_CSS, PRIVATE_HEAD } from './pages';


const CSS =
  PAGE_CSS +
  'h2{font-size:1.25rem;margin:1.5rem 0 .5rem}' +
  'dt{font-weight:600}dd{margin:0 0 .5rem}.pre{white-space:pre-wrap}.st{color:#4a4a4a}' +
  '.card{border:1px solid #8c8c8c;border-radius:4px;padding:.75rem 1rem;margin:1rem 0}' +
  '.alert{border:2px solid #b00020;padding:.5rem 1rem;margin:1rem 0}' +
  'label{display:block;font-weight:600;margin:.75rem 0 .25rem}input[type=text]{font:inherit;padding:.4rem;width:100%;max-width:24rem;border:1px solid #595959}' +
  'button{font:inherit;padding:.4rem 1rem;margin-top:.75rem;background:#0b5394;color:#fff;border:0;border-radius:4px;cursor:pointer}' +
  'button:focus,input:focus{outline:3px solid #ffbf47;outline-offset:2px}form.inline{display:inline}form.inline button{margin:.25rem 0}';

interface PageOptions {
  locale: Locale | string;
  title: string;
}

function page(o: PageOptions, body: string): string {
  return htmlPage({ locale: o.locale, title: o.title, css: CSS, head: PRIVATE_HEAD, main: body });
}

/** The form that asks for reference and code; also what the JavaScript page shows in its <noscript>. */
export function lookupForm(locale: Locale, headingLevel = 2, reference = ''): string {
  const s = STRINGS[locale];
  return `<section aria-labelledby="k-lookup">
<h${headingLevel} id="k-lookup">${escapeHtml(s.lookupTitle)}</h${headingLevel}>
<p>${escapeHtml(s.lookupIntro)}</p>
<form method="post" action="${STATUS_PAGE_PATHS.read}">
<input type="hidden" name="locale" value="${locale}">
<label for="k-ref">${escapeHtml(s.lookupReference)}</label>
<input type="text" id="k-ref" name="ref" required maxlength="40" autocomplete="off" spellcheck="false" value="${escapeHtml(reference)}">
<label for="k-token">${escapeHtml(s.lookupCode)}</label>
<input type="text" id="k-token" name="token" required maxlength="200" autocomplete="off" spellcheck="false">
<button type="submit">${escapeHtml(s.lookupSubmit)}</button>
</form>
</section>`;
}

/** The lookup form on a page of its own, with why the last attempt failed. */
export function lookupPage(o: PageOptions, problem: string, reference = ''): string {
  const locale = pickLocale(o.locale);
  const alert = problem ? `<div class="alert" role="alert"><p>${escapeHtml(problem)}</p></div>\n` : '';
  return page(o, `${alert}${lookupForm(locale, 2, reference)}`);
}

function list(rows: Array<[string, string]>): string {
  const items = rows.filter(([, value]) => value).map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`);
  return items.length ? `<dl>${items.join('')}</dl>` : '';
}

function letterButton(view: StatusView, token: string, letterId: number, s: Strings): string {
  return `<form class="inline" method="post" action="${STATUS_PAGE_PATHS.letter}">
<input type="hidden" name="ref" value="${escapeHtml(view.reference)}"><input type="hidden" name="token" value="${escapeHtml(token)}"><input type="hidden" name="letter" value="${letterId}">
<button type="submit">${escapeHtml(s.letterPdf)}</button></form>`;
}

/** Everything the web component shows for reading, in the same order. */
export function statusDocument(o: PageOptions, view: StatusView, token: string): string {
  const locale = pickLocale(o.locale);
  const s = STRINGS[locale];
  const date = (value: string | null | undefined, withTime = false) => formatDate(value ?? '', locale, withTime);
  const parts: string[] = [];
  parts.push(`<p class="card">${escapeHtml(s.readOnly)}</p>`);
  parts.push(list([[s.reference, view.reference], [s.status, view.statusLabel], [s.handler, view.handlerName ?? '']]));

  const steps = view.steps.map((step) => {
    const state = step.state === 'done' ? s.done : step.state === 'current' ? s.current : s.todo;
    return `<li${step.state === 'current' ? ' aria-current="step"' : ''}>${escapeHtml(step.label)} <span class="st">(${escapeHtml(state)})</span></li>`;
  });
  parts.push(`<h2>${escapeHtml(s.progress)}</h2><ol>${steps.join('')}</ol>`);
  if (view.nextStep) parts.push(`<h2>${escapeHtml(s.next)}</h2><p class="pre">${escapeHtml(view.nextStep)}</p>`);
  parts.push(
    `<h2>${escapeHtml(s.dates)}</h2>` +
      list([
        [s.receivedAt, date(view.receivedAt, true)],
        [s.acknowledgedAt, date(view.acknowledgedAt)],
        [s.acknowledgementDue, view.acknowledgedAt ? '' : date(view.acknowledgementDue)],
        [s.handlingDue, view.outcomeSentAt ? '' : date(view.handlingDue)],
        [s.outcomeSentAt, date(view.outcomeSentAt)],
      ]),
  );
  if (view.hearing) {
    const h = view.hearing;
    parts.push(
      `<h2>${escapeHtml(s.hearing)}</h2>` +
        list(h.heldAt ? [[s.heldOn, date(h.heldAt)], [s.mode, label(s, h.mode)], [s.location, h.location ?? '']] : [[s.when, date(h.plannedAt, true)], [s.mode, label(s, h.mode)], [s.location, h.location ?? '']]),
    );
  }
  if (view.judgement) parts.push(`<h2>${escapeHtml(s.judgement)}</h2><p>${escapeHtml(label(s, view.judgement))}</p>`);
  if (view.agreements.length) {
    const items = view.agreements.map((a) => {
      const meta = [a.dueDate ? `${s.due} ${date(a.dueDate)}` : '', label(s, a.status)].filter(Boolean).join(' · ');
      return `<li><span class="pre">${escapeHtml(a.description)}</span> <span class="st">${escapeHtml(meta)}</span></li>`;
    });
    parts.push(`<h2>${escapeHtml(s.agreements)}</h2><ul>${items.join('')}</ul>`);
  }
  if (view.respondClosed && view.respondUntil) parts.push(`<p class="card">${escapeHtml(`${s.respondClosed} ${date(view.respondUntil)}. ${s.respondClosedAfter}`)}</p>`);
  if (view.disputeEligible && view.committee) {
    const c = view.committee;
    parts.push(`<h2>${escapeHtml(s.committeeTitle)}</h2><p>${escapeHtml(s.committeeIntro)} ${escapeHtml(c.name)}</p>` + list([[s.website, c.website], [s.emailLabel, c.email], [s.address, c.address]]));
  }
  for (const q of view.questions) {
    parts.push(
      `<section class="card"><h2>${escapeHtml(s.questionTitle)}</h2><p class="pre">${escapeHtml(q.question)}</p>` +
        list([[s.questionAsked, date(q.askedAt)], [s.questionAnswerBy, q.answeredAt ? '' : date(q.answerBy)], [s.yourAnswer, q.answer ?? ''], [s.answeredOn, date(q.answeredAt)]]) +
        '</section>',
    );
  }
  if (view.survey?.answer) {
    parts.push(`<h2>${escapeHtml(s.surveyTitle)}</h2><p>${escapeHtml(view.survey.answer.satisfied ? s.surveyAnsweredSatisfied : s.surveyAnsweredDissatisfied)}</p>`);
  }
  if (view.letters.length) {
    const items = view.letters.map(
      (l) =>
        `<li><h3>${escapeHtml(l.subject)}</h3><p class="st">${escapeHtml(`${l.channel === 'post' ? s.byPost : s.byEmail} · ${date(l.date)}`)}</p>` +
        `<div class="pre">${escapeHtml(l.text)}</div>${letterButton(view, token, l.id, s)}</li>`,
    );
    parts.push(`<h2>${escapeHtml(s.lettersTitle)}</h2><ul>${items.join('')}</ul>`);
  }
  if (view.documents.length) {
    const items = view.documents.map((d) => `<li>${escapeHtml(d.fileName)} <span class="st">${escapeHtml(date(d.addedAt))}</span></li>`);
    parts.push(`<h2>${escapeHtml(s.documentsTitle)}</h2><ul>${items.join('')}</ul>`);
  }
  return page(o, parts.filter(Boolean).join('\n'));
}
