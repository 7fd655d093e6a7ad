/**
 * The complainant's personal status link, and the secrets around the public form, without a readable
 * secret in the database: a database dump, a backup or a role that can read the plugin's tables must not
 * be enough to open anyone's complaint.
 *
 * - The tracking token is not stored: it is an HMAC of the complaint's reference with a server-side
 *   secret (the plugin's `statusLinkSecret`, else the first of the site's APP_KEYS), so every letter can
 *   carry the link again, months after the complaint was filed.
 * - A letter is stored (its context, its blocks: the dossier's copy staff read) with a stand-in for the
 *   token; the real one is filled in only in what goes to the complainant: the e-mail as it is composed,
 *   the PDF as it is made for the post.
 * - Tokens made before this scheme (release 0.1.0 stored them in plain text) were already mailed: the
 *   upgrade step keeps their SHA-256, and a lookup with such a token still opens the page.
 * - Submission keys are stored as their SHA-256: a resent form is found by the hash of its key.
 * - The link carries reference and token in the fragment (`#ref=…&token=…`), which browsers never send to
 *   a server: the token stays out of access logs, proxies and Referer headers; the page posts it.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

/** SHA-256 in hex: enough for random secrets of 128 bits and more (no salt or stretching needed). */
export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value, 'utf8').digest('hex');
}

export function statusLinkSecret(strapi: Core.Strapi): string {
  const configured = strapi.config.get('plugin::complaints.statusLinkSecret') as string | undefined;
  if (configured) return configured;
  const keys = strapi.config.get('server.app.keys') as string[] | undefined;
  if (!keys?.[0]) throw new Error('The complaints plugin needs APP_KEYS (or its statusLinkSecret option) to make status links');
  return keys[0];
}

/** The complaint's tracking token: 32 characters of base64url (192 bits). */
export function trackingToken(secret: string, reference: string): string {
  return crypto.createHmac('sha256', secret).update(`complaints-status-link:${reference.toUpperCase()}`).digest('base64url').slice(0, 32);
}

/** What stored letters and previews carry instead of the token (an ellipsis, as the link's query encodes it). */
const STAND_IN = `token=${encodeURIComponent('…')}`;
export const STAND_IN_TOKEN = '…';

/** The text (HTML, plain text or blocks as JSON) with the real token where the stand-in was. */
export function fillStatusToken(text: string, token: string): string {
  return text.includes(STAND_IN) ? text.split(STAND_IN).join(`token=${token}`) : text;
}

/** Two secrets compared in constant time, as bytes (a text of as many characters but more bytes is unequal). */
export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/**
 * Whether `given` opens this complaint's status page. Both comparisons run whatever the first answers, and
 * against a stand-in when there is no complaint, so a failure takes the same time whatever failed.
 */
export function tokenMatches(secret: string, complaint: { reference: string; trackingTokenHash?: string | null } | null, given: unknown): boolean {
  const token = typeof given === 'string' ? given.slice(0, 200) : '';
  const derived = sameText(token, trackingToken(secret, complaint?.reference ?? 'none'));
  const legacy = sameText(sha256(token), complaint?.trackingTokenHash ?? '0'.repeat(64));
  return Boolean(complaint) && (derived || legacy);
}

/** The link to the status page on the complainant's site; reference and token in the fragment. */
export function statusUrl(base: string, reference: string, token: string, locale: string): string {
  const fragment = new URLSearchParams({ ref: reference, token, locale }).toString();
  return `${base.replace(/\/$/, '')}/klachtenformulier/status#${fragment}`;
}
