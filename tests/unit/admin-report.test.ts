/**
 * The annual report's period (a year by default, or from/to), its intake month by month with the empty
 * months filled in, shares, and the file names of the downloads.
 */
import fs from 'fs';
import path from 'path';
import { fileNamePart } from '../../src/plugins/complaints/admin/src/lib/download';
import {
  intakeByMonth,
  isIsoDate,
  monthsOf,
  periodChoice,
  reportFileName,
  resolvePeriod,
  shareOf,
  yearPeriod,
} from '../../src/plugins/complaints/admin/src/lib/report';

const CONTROLLER = fs.readFileSync(path.join(__dirname, '../../src/plugins/complaints/server/src/controllers/admin-privacy.ts'), 'utf8');

describe('admin: the annual report', () => {
  it('reads the period from the address: the current year by default, a chosen year, or from/to', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(periodChoice(new URLSearchParams(''), now)).toEqual({ mode: 'year', year: 2026 });
    expect(periodChoice(new URLSearchParams('year=2025'), now)).toEqual({ mode: 'year', year: 2025 });
    expect(periodChoice(new URLSearchParams('year=abc'), now)).toEqual({ mode: 'year', year: 2026 });
    expect(periodChoice(new URLSearchParams('from=2026-03-01&to=2026-05-31'), now)).toEqual({ mode: 'custom', from: '2026-03-01', to: '2026-05-31' });
    expect(resolvePeriod({ mode: 'year', year: 2025 })).toEqual({ period: yearPeriod(2025), error: null });
    expect(yearPeriod(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('asks the server only for a whole, ordered period', () => {
    expect(resolvePeriod({ mode: 'custom', from: '2026-03-01', to: '' })).toEqual({ period: null, error: 'report.period.incomplete' });
    expect(resolvePeriod({ mode: 'custom', from: '2026-02-30', to: '2026-03-31' })).toEqual({ period: null, error: 'report.period.incomplete' });
    expect(resolvePeriod({ mode: 'custom', from: '2026-05-01', to: '2026-04-30' })).toEqual({ period: null, error: 'report.period.reversed' });
    expect(resolvePeriod({ mode: 'custom', from: '2026-04-30', to: '2026-04-30' }).period).toEqual({ from: '2026-04-30', to: '2026-04-30' });
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });

  it('shows every month of the period, the months without complaints as 0', () => {
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf(yearPeriod(2026))).toHaveLength(12);
    expect(
      intakeByMonth({ from: '2026-01-01', to: '2026-04-30' }, [
        { month: '2026-02', count: 7 },
        { month: '2026-04', count: 2 },
      ]),
    ).toEqual([
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 7 },
      { month: '2026-03', count: 0 },
      { month: '2026-04', count: 2 },
    ]);
  });

  it('gives shares with one decimal, none of nothing', () => {
    expect(shareOf(1, 3)).toBe(33.3);
    expect(shareOf(3, 3)).toBe(100);
    expect(shareOf(0, 0)).toBeNull();
  });

  it('names the downloads as the server does', () => {
    expect(reportFileName({ from: '2026-01-01', to: '2026-12-31' }, 'xlsx')).toBe('jaarverslag-klachten-2026-01-01-2026-12-31.xlsx');
    expect(reportFileName({ from: '2026-01-01', to: '2026-12-31' }, 'csv', 'en')).toBe('annual-report-complaints-2026-01-01-2026-12-31.csv');
    expect(CONTROLLER).toContain(".replace(/[^\\w.@-]/g, '_')");
    expect(fileNamePart('jan de boer@example.nl')).toBe('jan_de_boer@example.nl');
    expect(fileNamePart(' KL/123 ')).toBe('KL_123');
  });
});
