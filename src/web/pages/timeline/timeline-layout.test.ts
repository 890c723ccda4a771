import { describe, expect, it } from 'vitest';
import type { AssignmentState, BoardTask } from '../../api/assignments.ts';
import { combinedState, layoutTimeline } from './timeline-layout.ts';

const assignment = (id: string, period: string | null, status: AssignmentState['status'], dueState: AssignmentState['dueState'] = 'upcoming'): AssignmentState => ({
  id,
  period,
  dueOn: null,
  dueState,
  status,
  percent: 0,
  acknowledgedAt: null,
  lastReportedAt: null,
});

function task(id: string, timeframe: Partial<BoardTask['timeframe']>, assignments: AssignmentState[][] = []): BoardTask {
  return {
    id,
    parentId: null,
    code: id,
    title: `Nhiệm vụ ${id}`,
    timeframe: { text: null, start: null, end: null, deadline: null, peaks: [], recurrence: null, ...timeframe },
    depth: 0,
    figure: { percent: null, done: 0, total: 0 },
    units: assignments.map((list, index) => ({ unitId: `u${index}`, name: `Đơn vị ${index}`, shortName: null, role: 'lead', assignments: list })),
    implementedBy: [],
    implementedByHidden: 0,
  };
}

describe('layoutTimeline', () => {
  it('covers whole months from the earliest to the latest date, each month as wide as its days', () => {
    const layout = layoutTimeline([task('1', { start: '2026-02-10', end: '2026-04-05' }), task('2', { deadline: '2026-05-20' })], 2020, '2026-03-01');
    expect(layout.start).toBe('2026-02-01');
    expect(layout.end).toBe('2026-05-31');
    expect(layout.months.map((m) => [m.key, m.days])).toEqual([
      ['2026-02', 28],
      ['2026-03', 31],
      ['2026-04', 30],
      ['2026-05', 31],
    ]);
    // 120 days: February is 28/120 of the width.
    expect(layout.quarters.map((q) => [q.key, q.left, q.width])).toEqual([
      ['2026-Q1', 0, 49.167],
      ['2026-Q2', 49.167, 50.833],
    ]);
    const bar = layout.rows[0]!.bar!;
    expect(bar.left).toBe(7.5); // 9 days in
    expect(bar.width).toBe(45.833); // 10/02 to 05/04 inclusive: 55 days
    expect(layout.rows[1]!.bar).toBeNull();
    expect(layout.rows[1]!.deadline).toEqual({ date: '2026-05-20', left: 90.833 }); // end of the 110th day
    expect(layout.today).toBe(23.75); // middle of the 29th day
  });

  it('crosses years and falls back to a whole year when nothing is dated', () => {
    const crossing = layoutTimeline([task('1', { start: '2025-11-15', end: '2026-02-01' })], 2026, '2030-01-01');
    expect(crossing.months.map((m) => m.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(crossing.quarters.map((q) => q.key)).toEqual(['2025-Q4', '2026-Q1']);
    expect(crossing.today).toBeNull();
    const undated = layoutTimeline([task('1', {})], 2026, '2026-06-15');
    expect(undated.months).toHaveLength(12);
    expect(undated.quarters.map((q) => q.width)).toEqual([24.658, 24.932, 25.205, 25.205]);
    expect(undated.rows[0]).toMatchObject({ bar: null, deadline: null, peaks: [], instances: [] });
  });

  it('draws the bar to the deadline when there is no end, and highlights peaks', () => {
    const layout = layoutTimeline([task('1', { start: '2026-01-01', deadline: '2026-06-30', peaks: [{ start: '2026-04-01', end: '2026-09-30' }] })], 2026, '2026-01-01');
    expect(layout.months).toHaveLength(9);
    const row = layout.rows[0]!;
    expect(row.bar).toMatchObject({ from: '2026-01-01', to: '2026-06-30', left: 0 });
    expect(row.peaks).toEqual([{ from: '2026-04-01', to: '2026-09-30', left: 32.967, width: 67.033 }]);
    expect(row.deadline!.left).toBe(row.bar!.left + row.bar!.width);
  });

  it('makes one segment per period of a recurring task, coloured by all its units', () => {
    const layout = layoutTimeline(
      [
        task('1', { start: '2026-01-01', end: '2026-12-31', recurrence: 'quarterly' }, [
          [assignment('a', '2026-Q1', 'done'), assignment('b', '2026-Q2', 'in_progress'), assignment('c', '2026-Q3', 'not_started'), assignment('d', '2026-Q4', 'not_started')],
          [assignment('e', '2026-Q1', 'done'), assignment('f', '2026-Q2', 'not_started', 'overdue'), assignment('g', '2026-Q3', 'blocked'), assignment('h', '2026-Q4', 'not_started')],
        ]),
      ],
      2026,
      '2026-05-01',
    );
    const row = layout.rows[0]!;
    expect(row.instances.map((i) => [i.period, i.from, i.to, i.state])).toEqual([
      ['2026-Q1', '2026-01-01', '2026-03-31', 'done'],
      ['2026-Q2', '2026-04-01', '2026-06-30', 'overdue'],
      ['2026-Q3', '2026-07-01', '2026-09-30', 'blocked'],
      ['2026-Q4', '2026-10-01', '2026-12-31', 'not_started'],
    ]);
    expect(row.instances.map((i) => i.left)).toEqual(layout.quarters.map((q) => q.left));
    expect(row.bar!.state).toBe('overdue');
  });
});

describe('combinedState', () => {
  it('is done only when every unit is done, and late before anything else', () => {
    expect(combinedState([])).toBeNull();
    expect(combinedState([{ status: 'done', dueState: 'done' }])).toBe('done');
    expect(combinedState([{ status: 'done', dueState: 'done' }, { status: 'not_started', dueState: 'upcoming' }])).toBe('in_progress');
    expect(combinedState([{ status: 'blocked', dueState: 'due_soon' }, { status: 'in_progress', dueState: 'overdue' }])).toBe('overdue');
    expect(combinedState([{ status: 'blocked', dueState: 'upcoming' }, { status: 'in_progress', dueState: 'upcoming' }])).toBe('blocked');
    expect(combinedState([{ status: 'not_started', dueState: 'undated' }])).toBe('not_started');
  });
});
