/**
 * Tiny DOM helpers. Everything from the server or the user goes in as text (textContent / attribute
 * values), never as markup: server texts are text, and hostile values must stay harmless.
 */
type Attrs = Record<string, string | number | boolean | null | undefined>;
export type Child = Node | string | null | undefined | false;
/** Children nest freely (lists of rows, optional parts). */
export type Kids = Child | Kids[];

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Kids[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const key of Object.keys(attrs)) {
      const v = attrs[key];
      if (v !== null && v !== undefined && v !== false) el.setAttribute(key, v === true ? '' : String(v));
    }
  }
  add(el, children);
  return el;
}

export function add(el: Node, children: Kids[]): void {
  for (const c of children) {
    if (Array.isArray(c)) add(el, c);
    else if (c !== null && c !== undefined && c !== false) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replace all children. */
export function fill(el: Node, ...children: Kids[]): void {
  el.textContent = '';
  add(el, children);
}

/** A server value as display text: never "[object Object]" surprises, never markup. */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** Only http(s) links: a `javascript:` statusUrl or committee website must never become a live href. */
export function safeUrl(value: unknown, base: string): string | null {
  try {
    const url = new URL(str(value), base || location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Editors' texts may hold links written as `[privacyverklaring](https://…)`: the parts, links only to http(s). */
export function linkParts(text: string): Array<string | { label: string; href: string }> {
  const parts: Array<string | { label: string; href: string }> = [];
  const pattern = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]{1,2000})\)/g;
  let at = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ label: match[1], href: match[2] });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** The text with its links as links (checked again by the URL parser), everything else as text. */
export function withLinks(text: string): Kids[] {
  return linkParts(text).map((part) => {
    if (typeof part === 'string') return part;
    const href = safeUrl(part.href, location.href);
    return href ? h('a', { href, rel: 'noopener' }, part.label) : part.label;
  });
}

export function heading(level: number, attrs: Attrs | null, text: string): HTMLElement {
  const n = Math.min(6, Math.max(1, level));
  return h(`h${n}` as 'h2', attrs, text);
}

/** `heading-level` attribute (1–6, default 2): fits the element into the host page's outline. */
export function headingLevel(el: HTMLElement): number {
  const n = Number(el.getAttribute('heading-level'));
  return n >= 1 && n <= 6 ? Math.floor(n) : 2;
}

export function endpointOf(el: HTMLElement): string {
  return (el.getAttribute('endpoint') || '').trim().replace(/\/+$/, '');
}

export interface ApiResult<T> {
  status: number;
  data: T | null;
  error: { status?: number; name?: string; message?: string; details?: { code?: string; fieldErrors?: Record<string, string> } } | null;
}

/** fetch + JSON; throws only on network failure (the caller then keeps the user's input and says so). */
export async function api<T>(url: string, body?: unknown): Promise<ApiResult<T>> {
  // a form with documents goes as multipart: the browser writes its Content-Type with the boundary
  const multipart = body instanceof FormData;
  const res = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined || multipart ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    // Public API: no cookies, so a host page's session never rides along.
    credentials: 'omit',
  });
  let json: { data?: T; error?: ApiResult<T>['error'] } | null = null;
  try {
    json = await res.json();
  } catch {
    // A proxy's HTML error page: keep the status, no body.
  }
  const ok = json !== null && typeof json === 'object';
  return {
    status: res.status,
    data: ok && json!.data != null ? (json!.data as T) : null,
    error: ok && json!.error && typeof json!.error === 'object' ? json!.error : null,
  };
}

let sheet: CSSStyleSheet | null = null;

/**
 * Open shadow root (labels, fields and errors must share it for label-for and aria-describedby) with the
 * styles. A constructed stylesheet where supported: one shared copy, and a host page's CSP without
 * 'unsafe-inline' for styles does not block it as it would a <style> element.
 */
export function shadow(host: HTMLElement, css: string): HTMLElement {
  const root = host.attachShadow({ mode: 'open', delegatesFocus: true });
  const box = h('div', { class: 'r' });
  try {
    if (!sheet) {
      const made = new CSSStyleSheet();
      made.replaceSync(css);
      sheet = made;
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(h('style', null, css));
  }
  root.append(box);
  return box;
}
