/**
 * Every number of the overview opens the list of exactly the complaints it counts: the filters the admin
 * puts in the address are the server's list filters (services/inbox.ts), and the term filter of the lists
 * sets one of `overdue` and `expiring`, never both.
 */
import {
  EXPIRING_SOON_DAYS,
  FILTER_KEYS,
  OVERVIEW_LINKS,
  overviewLink,
  termFilterChanges,
  termFilterOptions,
  termFilterValue,
  type OverviewCount,
} from '../../src/plugins/complaints/admin/src/lib/listFilters';
import { STEP_PAGES } from '../../src/plugins/complaints/admin/src/lib/procedure';
import { inboxQuerySchema } from '../../src/plugins/complaints/server/src/validation/actions';

describe('admin: list filters and the overview’s links', () => {
  it('links every count of the overview to a list filtered the way the server counts it', () => {
    const parsed = (count: OverviewCount) => inboxQuerySchema.parse(Object.fromEntries(new URLSearchParams(overviewLink(count).split('?')[1])));
    expect(overviewLink('acknowledgementOverdue')).toBe('acknowledgement?overdue=acknowledgement');
    expect(parsed('acknowledgementOverdue')).toMatchObject({ overdue: 'acknowledgement' });
    expect(parsed('handlingExpiringSoon')).toMatchObject({ expiring: 5 });
    expect(parsed('handlingOverdue')).toMatchObject({ overdue: 'handling' });
    expect(parsed('agreementsOverdue')).toMatchObject({ overdue: 'agreements' });
    expect(parsed('disputesEligible')).toMatchObject({ disputeEligible: true });
    const pages = ['complaints', ...STEP_PAGES.map((page) => page.path)];
    for (const { path } of Object.values(OVERVIEW_LINKS)) expect(pages).toContain(path);
  });

  it('counts "expiring soon" over the same five working days as the overview', () => {
    const source = require('fs').readFileSync(require.resolve('../../src/plugins/complaints/server/src/services/inbox.ts'), 'utf8');
    expect(source).toContain(`calendar.addWorkingDays(day, ${EXPIRING_SOON_DAYS})`);
  });

  it('keeps only filters in the address that the server reads', () => {
    const shape = Object.keys(inboxQuerySchema.shape);
    for (const key of FILTER_KEYS) expect(shape).toContain(key);
  });

  it('offers on each page the terms that run there', () => {
    expect(termFilterOptions()).toEqual(['acknowledgement', 'handling', 'expiring', 'agreements', 'any']);
    expect(termFilterOptions(2)).toEqual(['acknowledgement', 'handling', 'expiring']);
    expect(termFilterOptions(5)).toEqual(['handling', 'expiring', 'agreements']);
    expect(termFilterOptions(6)).toEqual([]);
  });

  it('sets one of overdue and expiring, and reads the choice back from the address', () => {
    expect(termFilterChanges('expiring')).toEqual({ overdue: '', expiring: '5' });
    expect(termFilterChanges('expiring', '10')).toEqual({ overdue: '', expiring: '10' });
    expect(termFilterChanges('agreements')).toEqual({ overdue: 'agreements', expiring: '' });
    expect(termFilterChanges('')).toEqual({ overdue: '', expiring: '' });
    expect(termFilterValue({ overdue: '', expiring: '5' })).toBe('expiring');
    expect(termFilterValue({ overdue: 'handling', expiring: '' })).toBe('handling');
    for (const option of termFilterOptions()) {
      const query = Object.fromEntries(Object.entries(termFilterChanges(option)).filter(([, value]) => value));
      expect(inboxQuerySchema.safeParse(query).success).toBe(true);
    }
  });
});
