/** The public form's submission as the form element sends it, for tests that file complaints online. */
import crypto from 'crypto';
import type { Fixtures } from './fixtures';
import type { TestApp } from './strapi';

/** A form token as GET /api/complaints/form hands it out, issued `ageMs` ago (a person took that long). */
export function formToken(app: TestApp, ageMs = 10_000): string {
  return app.strapi.plugin('complaints').service('publicForm').issueToken(new Date(Date.now() - ageMs));
}

/** A key for one filled-in form (the form element makes one per form it shows). */
export function submissionKey(): string {
  return crypto.randomBytes(16).toString('base64url');
}

/**
 * A valid submission: the fields, consent, the honeypot (empty), a fresh form token and submission key.
 * Override what the test is about.
 */
export function publicSubmission(app: TestApp, fx: Fixtures, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    complainantName: 'Fatma Öztürk',
    complainantEmail: 'fatma@example.nl',
    categoryId: String(fx.categories.service),
    description: 'Mijn melding over schimmel in de badkamer is twee keer gesloten zonder dat er iemand is geweest.',
    desiredOutcome: 'Dat er deze week iemand langskomt.',
    privacyConsent: true,
    website: '',
    locale: 'nl',
    formToken: formToken(app),
    submissionKey: submissionKey(),
    ...overrides,
  };
}
