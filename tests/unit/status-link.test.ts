/** The status link's token: derived from the reference, checked in constant time, filled into letters. */
import { fillStatusToken, sha256, STAND_IN_TOKEN, statusUrl, tokenMatches, trackingToken } from '../../src/plugins/complaints/server/src/status-link';

const SECRET = 'a-secret-of-at-least-16-chars';

describe('status link', () => {
  it('derives a 32-character token per reference and secret', () => {
    const token = trackingToken(SECRET, 'KL-2026-000042');
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(trackingToken(SECRET, 'kl-2026-000042')).toBe(token);
    expect(trackingToken(SECRET, 'KL-2026-000043')).not.toBe(token);
    expect(trackingToken(`${SECRET}!`, 'KL-2026-000042')).not.toBe(token);
  });

  it('opens a complaint with its derived token, or with an old token whose hash it keeps', () => {
    const complaint = { reference: 'KL-2026-000042', trackingTokenHash: null };
    expect(tokenMatches(SECRET, complaint, trackingToken(SECRET, 'KL-2026-000042'))).toBe(true);
    expect(tokenMatches(SECRET, complaint, trackingToken(SECRET, 'KL-2026-000041'))).toBe(false);
    expect(tokenMatches(SECRET, complaint, '')).toBe(false);
    expect(tokenMatches(SECRET, complaint, undefined)).toBe(false);
    expect(tokenMatches(SECRET, complaint, { toString: () => 'x' })).toBe(false);
    const old = { reference: 'KL-2026-000001', trackingTokenHash: sha256('l_igWWQ64J59nGsiOldToken') };
    expect(tokenMatches(SECRET, old, 'l_igWWQ64J59nGsiOldToken')).toBe(true);
    expect(tokenMatches(SECRET, old, 'l_igWWQ64J59nGsiOldTokem')).toBe(false);
    expect(tokenMatches(SECRET, null, trackingToken(SECRET, 'none'))).toBe(false);
  });

  it('puts reference, token and language in the fragment, and fills the stand-in of stored letters', () => {
    const link = statusUrl('https://www.example.nl/', 'KL-2026-000042', STAND_IN_TOKEN, 'en');
    expect(link).toBe('https://www.example.nl/klachtenformulier/status#ref=KL-2026-000042&token=%E2%80%A6&locale=en');
    const html = `<a href="${link.replace(/&/g, '&amp;')}">${link.replace(/&/g, '&amp;')}</a>`;
    const filled = fillStatusToken(html, 'REALTOKEN_abc-123');
    expect(filled).not.toContain('%E2%80%A6');
    expect(filled.match(/token=REALTOKEN_abc-123/g)).toHaveLength(2);
    expect(fillStatusToken('no link here', 'x')).toBe('no link here');
  });
});
