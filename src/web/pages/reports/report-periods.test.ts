import { describe, expect, it } from 'vitest';
import { levelTrail } from '../meetings/compliance-view.ts';
import { defaultPeriod, periodsOfYears, periodText, trailText } from './report-periods.ts';

const quarterly = { periodType: 'quarter', deadline: { rule: 'days_after_end', days: 5 } } as const;

describe('report periods', () => {
  it('lists a template’s periods over years, oldest first, with deadlines', () => {
    const periods = periodsOfYears(quarterly, [2026, 2025]);
    expect(periods.map((period) => period.period)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periods[6]).toMatchObject({ label: 'Quý III/2026', deadline: '2026-10-05' });
  });

  it('opens on the latest period over, else the first', () => {
    const periods = periodsOfYears(quarterly, [2026]);
    expect(defaultPeriod(periods, '2026-11-23')).toBe('2026-Q3');
    expect(defaultPeriod(periods, '2026-04-01')).toBe('2026-Q1');
    expect(defaultPeriod(periods, '2026-03-31')).toBe('2026-Q1');
    expect(defaultPeriod(periods, '2025-12-31')).toBe('2026-Q1');
    expect(defaultPeriod([], '2026-01-01')).toBeNull();
  });

  it('writes periods as people read them', () => {
    expect(periodText('2026-Q3')).toBe('Quý III/2026');
    expect(periodText('2026-05-20')).toBe('20/05/2026');
    expect(periodText('nonsense')).toBe('nonsense');
  });

  it('keeps the drill-down trail in the address and reads it back', () => {
    const steps = [{ id: 'a', name: 'Đảng ủy Khối' }, { id: 'b', name: 'Đảng bộ Sở' }];
    expect(levelTrail(trailText(steps))).toEqual(steps);
    expect(trailText([])).toBeNull();
  });
});
