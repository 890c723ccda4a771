import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodEnd } from '../periods.ts';
import { deadlineOf, expectedReports, isReporter, isTemplatePeriod, periodsDueBetween, periodsOfYear, recentPeriods, scheduleOfYear, type ReportingUnit } from './schedule.ts';
import type { DeadlineRule, ReportTemplate } from './template.ts';

const quarterly = { periodType: 'quarter', deadline: { rule: 'days_after_end', days: 5 } } as const;
const adHoc = { periodType: 'ad_hoc', deadline: { rule: 'fixed_date', date: '2026-05-20' } } as const;

describe('periods of a year', () => {
  it('lists the canonical periods of each kind', () => {
    expect(periodsOfYear(quarterly, 2026)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsOfYear({ ...quarterly, periodType: 'half' }, 2026)).toEqual(['2026-H1', '2026-H2']);
    expect(periodsOfYear({ ...quarterly, periodType: 'year' }, 2026)).toEqual(['2026']);
    expect(periodsOfYear({ ...quarterly, periodType: 'month' }, 2026)).toHaveLength(12);
    expect(periodsOfYear(quarterly, 0)).toEqual([]);
    expect(periodsOfYear(quarterly, 2026.5)).toEqual([]);
  });

  it('gives an ad hoc template one round, named by its date, in its year only', () => {
    expect(periodsOfYear(adHoc, 2026)).toEqual(['2026-05-20']);
    expect(periodsOfYear(adHoc, 2025)).toEqual([]);
    expect(isTemplatePeriod(adHoc, '2026-05-20')).toBe(true);
    expect(isTemplatePeriod(adHoc, '2026-Q2')).toBe(false);
    expect(isTemplatePeriod(quarterly, '2026-Q2')).toBe(true);
    expect(isTemplatePeriod(quarterly, '2026-H1')).toBe(false);
    expect(isTemplatePeriod(quarterly, 'Q2')).toBe(false);
  });
});

describe('deadlineOf', () => {
  it('counts days after the period ends, across months and years', () => {
    expect(deadlineOf({ rule: 'days_after_end', days: 5 }, '2026-Q1')).toBe('2026-04-05');
    expect(deadlineOf({ rule: 'days_after_end', days: 5 }, '2026-Q4')).toBe('2027-01-05');
    expect(deadlineOf({ rule: 'days_after_end', days: 0 }, '2026-02')).toBe('2026-02-28');
    expect(deadlineOf({ rule: 'days_after_end', days: 15 }, '2026-H1')).toBe('2026-07-15');
  });

  it('takes a day of the following month, the last day when the month is shorter', () => {
    expect(deadlineOf({ rule: 'day_of_next_month', day: 10 }, '2026-Q3')).toBe('2026-10-10');
    expect(deadlineOf({ rule: 'day_of_next_month', day: 31 }, '2026-01')).toBe('2026-02-28');
    expect(deadlineOf({ rule: 'day_of_next_month', day: 30 }, '2028-01')).toBe('2028-02-29');
    expect(deadlineOf({ rule: 'day_of_next_month', day: 5 }, '2026')).toBe('2027-01-05');
  });

  it('uses the fixed date of an ad hoc report', () => {
    expect(deadlineOf(adHoc.deadline, '2026-05-20')).toBe('2026-05-20');
  });

  it('always falls after the period ends', () => {
    const period = fc.oneof(
      fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
      fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    );
    const rule: fc.Arbitrary<DeadlineRule> = fc.oneof(
      fc.integer({ min: 1, max: 366 }).map((days) => ({ rule: 'days_after_end' as const, days })),
      fc.integer({ min: 1, max: 31 }).map((day) => ({ rule: 'day_of_next_month' as const, day })),
    );
    fc.assert(fc.property(period, rule, (p, r) => {
      const deadline = deadlineOf(r, p);
      expect(deadline > periodEnd(p)).toBe(true);
      if (r.rule === 'day_of_next_month') expect(deadline.slice(0, 7) === periodEnd(p).slice(0, 7)).toBe(false);
    }));
  });
});

describe('scheduleOfYear and periodsDueBetween', () => {
  it('gives bounds, label and deadline', () => {
    expect(scheduleOfYear(quarterly, 2026)[2]).toEqual({ period: '2026-Q3', label: 'Quý III/2026', start: '2026-07-01', end: '2026-09-30', deadline: '2026-10-05' });
    expect(scheduleOfYear(adHoc, 2026)).toEqual([{ period: '2026-05-20', label: 'Đột xuất (hạn 20/05/2026)', start: '2026-05-20', end: '2026-05-20', deadline: '2026-05-20' }]);
  });

  it('finds what falls due in a window, including the last period of the year before', () => {
    expect(periodsDueBetween(quarterly, '2027-01-01', '2027-01-31').map((p) => p.period)).toEqual(['2026-Q4']);
    expect(periodsDueBetween(quarterly, '2026-04-05', '2026-10-05').map((p) => p.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(periodsDueBetween(quarterly, '2026-04-06', '2026-07-04')).toEqual([]);
  });
});

describe('recentPeriods', () => {
  it('gives the period in progress and the one before, across a new year', () => {
    expect(recentPeriods(quarterly, '2026-12-06')).toEqual(['2026-Q3', '2026-Q4']);
    expect(recentPeriods(quarterly, '2027-01-01')).toEqual(['2026-Q4', '2027-Q1']);
    expect(recentPeriods({ periodType: 'month', deadline: { rule: 'days_after_end', days: 5 } }, '2026-03-31', 1)).toEqual(['2026-03']);
  });

  it('gives an ad hoc round once its day has come, and nothing before', () => {
    expect(recentPeriods(adHoc, '2026-05-19')).toEqual([]);
    expect(recentPeriods(adHoc, '2026-06-01')).toEqual(['2026-05-20']);
  });
});

describe('expectedReports', () => {
  const units: ReportingUnit[] = [
    { id: '0190a000-0000-7000-8000-000000000001', kind: 'cell', associationType: null, active: true },
    { id: '0190a000-0000-7000-8000-000000000002', kind: 'cell', associationType: null, active: false },
    { id: '0190a000-0000-7000-8000-000000000003', kind: 'association', associationType: 'youth', active: true },
    { id: '0190a000-0000-7000-8000-000000000004', kind: 'association', associationType: 'union', active: true },
    { id: '0190a000-0000-7000-8000-000000000005', kind: 'base_committee', associationType: null, active: true },
  ];
  const ids = (n: number[]) => n.map((i) => units[i - 1]!.id);
  const template = (reporters: ReportTemplate['reporters']) => ({ ...quarterly, reporters });

  it('matches units by kind, association type or explicit list, active ones only', () => {
    const owed = (reporters: ReportTemplate['reporters']) => expectedReports(template(reporters), units, ['2026-Q1']).map((e) => e.unitId);
    expect(owed({ by: 'unit_kind', kinds: ['cell', 'base_committee'] })).toEqual(ids([1, 5]));
    expect(owed({ by: 'association_type', types: ['youth'] })).toEqual(ids([3]));
    expect(owed({ by: 'units', unitIds: ids([2, 4]) })).toEqual(ids([4]));
    expect(isReporter({ by: 'units', unitIds: ids([2]) }, units[1]!)).toBe(true);
  });

  it('gives every reporting unit every period, with its deadline', () => {
    const expected = expectedReports(template({ by: 'unit_kind', kinds: ['cell', 'association'] }), units, periodsOfYear(quarterly, 2026));
    expect(expected).toHaveLength(3 * 4);
    expect(expected[0]).toEqual({ unitId: units[0]!.id, period: '2026-Q1', deadline: '2026-04-05' });
    expect(expected.at(-1)).toEqual({ unitId: units[3]!.id, period: '2026-Q4', deadline: '2027-01-05' });
  });

  it('refuses a period that is not the template’s', () => {
    expect(() => expectedReports(template({ by: 'unit_kind', kinds: ['cell'] }), units, ['2026-H1'])).toThrow(RangeError);
  });
});
