import { describe, expect, it } from 'vitest';
import { dayOf, dayRangeInAppZone, formatDate, formatDateTime, isoDateOf, todayInAppZone } from './dates.ts';

describe('dates', () => {
  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2018-03-26')).toBe('26/03/2018');
    expect(formatDate(null)).toBe('');
  });

  it('shows UTC timestamps in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2026-01-31T18:30:00.000Z')).toBe('01/02/2026 01:30');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('round-trips picked days', () => {
    expect(isoDateOf(dayOf('2021-01-01')!)).toBe('2021-01-01');
    expect(dayOf(null)).toBeNull();
  });

  it('knows the date in Vietnam, 7 hours ahead of UTC', () => {
    expect(todayInAppZone(new Date('2026-03-31T17:30:00Z'))).toBe('2026-04-01');
    expect(todayInAppZone(new Date('2026-03-31T16:30:00Z'))).toBe('2026-03-31');
  });

  it('bounds whole Vietnamese days for the audit filter', () => {
    expect(dayRangeInAppZone('2026-03-01', '2026-03-31')).toEqual({ from: '2026-03-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00' });
  });
});
