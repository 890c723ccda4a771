import { describe, expect, it } from 'vitest';
import { describeMonthlyRule, expandMonthly, monthlyRuleProblem, rruleOf } from './meeting-recurrence.ts';

describe('monthly cell meetings', () => {
  it('falls on a fixed day of the month, or on its last day', () => {
    expect(expandMonthly({ kind: 'day_of_month', day: 5 }, '2026-01-10', '2026-04-30')).toEqual(['2026-02-05', '2026-03-05', '2026-04-05']);
    expect(expandMonthly({ kind: 'day_of_month', day: -1 }, '2026-01-01', '2026-03-31')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(expandMonthly({ kind: 'day_of_month', day: -1 }, '2028-02-01', '2028-02-29')).toEqual(['2028-02-29']);
  });

  it('falls on the nth or the last weekday of the month', () => {
    // Monday of the first week: 5 Jan 2026, 2 Feb 2026, 2 Mar 2026.
    expect(expandMonthly({ kind: 'weekday', weekday: 1, week: 1 }, '2026-01-01', '2026-03-31')).toEqual(['2026-01-05', '2026-02-02', '2026-03-02']);
    // Last Friday: 30 Jan, 27 Feb, 27 Mar 2026.
    expect(expandMonthly({ kind: 'weekday', weekday: 5, week: -1 }, '2026-01-01', '2026-03-31')).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
    expect(expandMonthly({ kind: 'weekday', weekday: 5, week: -1 }, '2026-12-01', '2027-01-31')).toEqual(['2026-12-25', '2027-01-29']);
  });

  it('writes the same rule for phone calendars', () => {
    expect(rruleOf({ kind: 'day_of_month', day: 5 })).toBe('FREQ=MONTHLY;BYMONTHDAY=5');
    expect(rruleOf({ kind: 'day_of_month', day: -1 }, '2026-12-31')).toBe('FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20261231T235959Z');
    expect(rruleOf({ kind: 'weekday', weekday: 1, week: 1 })).toBe('FREQ=MONTHLY;BYDAY=1MO');
    expect(rruleOf({ kind: 'weekday', weekday: 5, week: -1 })).toBe('FREQ=MONTHLY;BYDAY=-1FR');
  });

  it('refuses days that some months lack and describes the rule in Vietnamese', () => {
    expect(monthlyRuleProblem({ kind: 'day_of_month', day: 31 })).toBe('Chọn ngày từ 1 đến 28 hoặc "ngày cuối tháng".');
    expect(monthlyRuleProblem({ kind: 'day_of_month', day: 0 })).not.toBeNull();
    expect(monthlyRuleProblem({ kind: 'day_of_month', day: 28 })).toBeNull();
    expect(describeMonthlyRule({ kind: 'day_of_month', day: 5 })).toBe('Ngày 5 hàng tháng');
    expect(describeMonthlyRule({ kind: 'weekday', weekday: 1, week: 1 })).toBe('Thứ Hai tuần đầu tiên hàng tháng');
    expect(describeMonthlyRule({ kind: 'weekday', weekday: 5, week: -1 })).toBe('Thứ Sáu tuần cuối cùng hàng tháng');
  });
});
