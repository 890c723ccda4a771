import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDayMonthYear,
  daysInMonth,
  formatPeriod,
  isIsoDate,
  isoDate,
  nextPeriod,
  parsePeriod,
  periodContains,
  periodEnd,
  periodLabel,
  periodOf,
  periodsCovering,
  periodStart,
  previousPeriod,
  type Period,
  type PeriodKind,
} from './periods.ts';

const periodArbitrary: fc.Arbitrary<Period> = fc
  .constantFrom<PeriodKind>('year', 'half', 'quarter', 'month')
  .chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      year: fc.integer({ min: 1900, max: 2200 }),
      index: fc.integer({ min: 1, max: { year: 1, half: 2, quarter: 4, month: 12 }[kind] }),
    }),
  );

describe('formatDayMonthYear', () => {
  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDayMonthYear('2026-04-05')).toBe('05/04/2026');
  });
});

describe('parsePeriod / formatPeriod', () => {
  it('parses the four canonical forms', () => {
    expect(parsePeriod('2026')).toEqual({ kind: 'year', year: 2026, index: 1 });
    expect(parsePeriod('2026-H1')).toEqual({ kind: 'half', year: 2026, index: 1 });
    expect(parsePeriod('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, index: 3 });
    expect(parsePeriod('2026-07')).toEqual({ kind: 'month', year: 2026, index: 7 });
  });

  it('rejects non-canonical strings', () => {
    for (const text of ['2026-Q5', '2026-H3', '2026-13', '2026-00', '2026-7', '26', '2026-q3', ' 2026', '0000', '']) {
      expect(parsePeriod(text), text).toBeNull();
    }
  });

  it('round-trips every period', () => {
    fc.assert(fc.property(periodArbitrary, (period) => {
      expect(parsePeriod(formatPeriod(period))).toEqual(period);
    }));
  });
});

describe('period bounds', () => {
  it('gives first and last day', () => {
    expect([periodStart('2026'), periodEnd('2026')]).toEqual(['2026-01-01', '2026-12-31']);
    expect([periodStart('2026-H2'), periodEnd('2026-H2')]).toEqual(['2026-07-01', '2026-12-31']);
    expect([periodStart('2026-Q1'), periodEnd('2026-Q1')]).toEqual(['2026-01-01', '2026-03-31']);
    expect([periodStart('2024-02'), periodEnd('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(periodEnd('2100-02')).toBe('2100-02-28');
    expect(periodEnd('2000-02')).toBe('2000-02-29');
  });

  it('throws on a malformed period string', () => {
    expect(() => periodStart('2026-Q9')).toThrow(RangeError);
  });

  it('start <= end and both are valid dates', () => {
    fc.assert(fc.property(periodArbitrary, (period) => {
      const start = periodStart(period);
      const end = periodEnd(period);
      expect(isIsoDate(start) && isIsoDate(end)).toBe(true);
      expect(start <= end).toBe(true);
    }));
  });
});

describe('dates', () => {
  it('validates calendar dates', () => {
    expect(isoDate(2018, 4, 13)).toBe('2018-04-13');
    expect(isoDate(2018, 2, 29)).toBeNull();
    expect(isoDate(2018, 13, 1)).toBeNull();
    expect(isIsoDate('2018-02-28')).toBe(true);
    expect(isIsoDate('2018-02-30')).toBe(false);
    expect(isIsoDate('2018-2-3')).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('navigation and containment', () => {
  it('moves across year boundaries', () => {
    expect(formatPeriod(nextPeriod('2026-Q4')!)).toBe('2027-Q1');
    expect(formatPeriod(previousPeriod('2026-01')!)).toBe('2025-12');
    expect(formatPeriod(nextPeriod('2026-H1')!)).toBe('2026-H2');
    expect(formatPeriod(previousPeriod('2026')!)).toBe('2025');
    expect(nextPeriod('9999-12')).toBeNull();
    expect(previousPeriod('0001')).toBeNull();
  });

  it('next then previous is the identity, and periods tile the calendar', () => {
    fc.assert(fc.property(periodArbitrary, (period) => {
      const next = nextPeriod(period)!;
      expect(previousPeriod(next)).toEqual(period);
      const dayAfter = new Date(`${periodEnd(period)}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(periodStart(next)).toBe(dayAfter.toISOString().slice(0, 10));
    }));
  });

  it('contains dates and smaller periods', () => {
    expect(periodContains('2026', '2026-Q3')).toBe(true);
    expect(periodContains('2026-H1', '2026-05')).toBe(true);
    expect(periodContains('2026-H1', '2026-07')).toBe(false);
    expect(periodContains('2026-Q3', '2026-07-15')).toBe(true);
    expect(periodContains('2026-Q3', '2026-10-01')).toBe(false);
    expect(periodContains('2026-Q3', '2026')).toBe(false);
  });

  it('finds the period of a date', () => {
    expect(formatPeriod(periodOf('quarter', '2018-08-31'))).toBe('2018-Q3');
    expect(formatPeriod(periodOf('half', '2018-06-30'))).toBe('2018-H1');
    expect(formatPeriod(periodOf('month', '2018-12-01'))).toBe('2018-12');
  });

  it('lists the periods covering a range', () => {
    expect(periodsCovering('quarter', '2026-01-01', '2026-12-31').map(formatPeriod)).toEqual([
      '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4',
    ]);
    expect(periodsCovering('month', '2018-11-20', '2019-01-05').map(formatPeriod)).toEqual([
      '2018-11', '2018-12', '2019-01',
    ]);
    expect(periodsCovering('year', '2018-03-01', '2018-03-01').map(formatPeriod)).toEqual(['2018']);
    expect(periodsCovering('month', '2018-03-01', '2018-02-01')).toEqual([]);
  });

  it('every covering period overlaps the range and the union covers it', () => {
    const dateArbitrary = fc
      .date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(fc.property(
      fc.constantFrom<PeriodKind>('year', 'half', 'quarter', 'month'), dateArbitrary, dateArbitrary,
      (kind, a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const periods = periodsCovering(kind, start, end);
        expect(periodStart(periods[0]!) <= start).toBe(true);
        expect(periodEnd(periods[periods.length - 1]!) >= end).toBe(true);
        for (const period of periods) {
          expect(periodStart(period) <= end && periodEnd(period) >= start).toBe(true);
        }
      },
    ), { numRuns: 200 });
  });
});

describe('periodLabel', () => {
  it('speaks Vietnamese', () => {
    expect(periodLabel('2026-Q3')).toBe('Quý III/2026');
    expect(periodLabel('2026-H1')).toBe('6 tháng đầu năm 2026');
    expect(periodLabel('2026-H2')).toBe('6 tháng cuối năm 2026');
    expect(periodLabel('2026-07')).toBe('Tháng 7/2026');
    expect(periodLabel('2026')).toBe('Năm 2026');
  });
});
