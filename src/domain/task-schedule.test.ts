import { describe, expect, it } from 'vitest';
import { emptyTimeframe, parseTimeframe } from './timeframe.ts';
import { planAssignments, timeframeProblem } from './task-schedule.ts';

describe('assignments of an issued plan', () => {
  it('gives every lead and partner unit one assignment per period of a quarterly task', () => {
    const timeframe = parseTimeframe('định kỳ hàng quý', { year: 2026 });
    const planned = planAssignments([{ id: 't', timeframe, units: [{ unitId: 'lead', role: 'lead' }, { unitId: 'partner', role: 'partner' }] }]);
    expect(planned).toHaveLength(8);
    expect(planned.filter((a) => a.unitId === 'lead').map((a) => [a.period, a.dueOn])).toEqual([
      ['2026-Q1', '2026-03-31'],
      ['2026-Q2', '2026-06-30'],
      ['2026-Q3', '2026-09-30'],
      ['2026-Q4', '2026-12-31'],
    ]);
    expect(planned.find((a) => a.unitId === 'partner')!.role).toBe('partner');
  });

  it('gives one assignment due at the deadline of a one-off task, and an undated one without dates', () => {
    const deadline = parseTimeframe('chậm nhất trước ngày 13/4/2018');
    expect(planAssignments([{ id: 't', timeframe: deadline, units: [{ unitId: 'u', role: 'lead' }] }])).toEqual([
      { taskId: 't', unitId: 'u', role: 'lead', period: null, startOn: '2018-04-13', dueOn: '2018-04-13' },
    ]);
    const halfYear = parseTimeframe('6 tháng cuối năm 2018');
    expect(planAssignments([{ id: 't', timeframe: halfYear, units: [{ unitId: 'u', role: 'lead' }] }])[0]).toMatchObject({ startOn: '2018-07-01', dueOn: '2018-12-31', period: null });
    expect(planAssignments([{ id: 't', timeframe: emptyTimeframe(), units: [{ unitId: 'u', role: 'lead' }] }])).toEqual([
      { taskId: 't', unitId: 'u', role: 'lead', period: null, startOn: null, dueOn: null },
    ]);
    expect(planAssignments([{ id: 't', timeframe: halfYear, units: [] }])).toEqual([]);
  });
});

describe('timeframe checks', () => {
  it('refuses a due date before the start and backwards peaks', () => {
    expect(timeframeProblem({ start: '2026-05-01', end: '2026-04-01', deadline: null, peaks: [] })).toMatch(/trước ngày bắt đầu/);
    expect(timeframeProblem({ start: '2026-05-01', end: null, deadline: '2026-04-30', peaks: [] })).toMatch(/Hạn hoàn thành/);
    expect(timeframeProblem({ start: null, end: null, deadline: null, peaks: [{ start: '2026-09-01', end: '2026-04-01' }] })).toMatch(/cao điểm/);
    expect(timeframeProblem(parseTimeframe('Cả năm 2018. Cao điểm từ tháng 4/2018 đến tháng 9/2018'))).toBeNull();
  });
});
