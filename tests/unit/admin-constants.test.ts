/**
 * The admin keeps its own copy of the procedure's vocabulary (the admin bundle does not import server
 * code); these must be the server's values exactly.
 */
import * as admin from '../../src/plugins/complaints/admin/src/lib/procedure';
import { PERMISSIONS } from '../../src/plugins/complaints/admin/src/permissions';
import { ACTIONS } from '../../src/plugins/complaints/server/src/permissions';
import { adminRoutes } from '../../src/plugins/complaints/server/src/routes/admin';
import * as server from '../../src/plugins/complaints/server/src/domain/procedure';
import { LETTER_STATUSES } from '../../src/plugins/complaints/server/src/content-types/letter';
import { LETTER_KINDS } from '../../src/plugins/complaints/server/src/letters/types';
import { STATUSES_OF_STEP } from '../../src/plugins/complaints/server/src/services/inbox';
import { DEFAULT_FORM_TEXTS, FIELD_SPECS } from '../../src/plugins/complaints/server/src/services/public-form';

const sorted = (values: readonly string[]) => [...values].sort();

describe('admin: the procedure’s vocabulary matches the server', () => {
  it('statuses, steps, channels, judgements, reasons, modes, agreement states', () => {
    expect(sorted(admin.STATUSES)).toEqual(sorted(server.STATUSES));
    expect(admin.STATUSES_OF_STEP).toEqual(STATUSES_OF_STEP);
    expect(admin.CHANNELS).toEqual(server.CHANNELS);
    expect(admin.JUDGEMENTS).toEqual(server.JUDGEMENTS);
    expect(admin.NOT_ADMISSIBLE_REASONS).toEqual(server.NOT_ADMISSIBLE_REASONS);
    expect(admin.HEARING_SKIP_REASONS).toEqual(server.HEARING_SKIP_REASONS);
    expect(admin.HEARING_MODES).toEqual(server.HEARING_MODES);
    expect(admin.AGREEMENT_STATUSES).toEqual(server.AGREEMENT_STATUSES);
    expect(sorted(admin.OPEN_FOR_HANDLING)).toEqual(sorted(server.OPEN_STATUSES.filter((s) => s !== 'dispute')));
  });

  it('letters and the public form', () => {
    expect(admin.LETTER_KINDS).toEqual(LETTER_KINDS);
    expect(admin.LETTER_STATUSES).toEqual(LETTER_STATUSES);
    expect(sorted(admin.FORM_TEXT_KEYS)).toEqual(sorted(Object.keys(DEFAULT_FORM_TEXTS.nl)));
    expect(admin.FORM_FIELDS).toEqual(FIELD_SPECS.map((spec) => ({ name: spec.name, requirable: Boolean(spec.optionalRequirable) })));
  });

  it('the steps of the admin pages are the server’s steps of the statuses', () => {
    for (const status of server.STATUSES) {
      const step = server.STEP_OF_STATUS[status];
      if (step !== null) expect(admin.STATUSES_OF_STEP[step]).toContain(status);
    }
  });

  it('protects each page with the permission its server routes require', () => {
    for (const [name, permission] of Object.entries(PERMISSIONS)) {
      expect(`${name}: ${Object.values(ACTIONS).includes(permission[0].action as never)}`).toBe(`${name}: true`);
    }
    const needs = (method: string, path: string) => {
      const route = adminRoutes.find((r) => r.method === method && r.path === path);
      return (route?.config.policies[1] as { config: { actions: string[] } } | undefined)?.config.actions[0];
    };
    expect(needs('GET', '/reports/annual')).toBe(PERMISSIONS.reports[0].action);
    expect(needs('GET', '/privacy/export')).toBe(PERMISSIONS.privacy[0].action);
    expect(needs('POST', '/privacy/retention')).toBe(PERMISSIONS.privacy[0].action);
    expect(needs('POST', '/complaints/:id/anonymise')).toBe(PERMISSIONS.privacy[0].action);
    expect(needs('GET', '/settings/staff')).toBe(PERMISSIONS.settings[0].action);
    expect(needs('GET', '/settings')).toBe(PERMISSIONS.settings[0].action);
    expect(needs('POST', '/complaints/:id/outcome/preview')).toBe(PERMISSIONS.process[0].action);
  });
});
