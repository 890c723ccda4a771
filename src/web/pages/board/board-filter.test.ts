import { describe, expect, it } from 'vitest';
import type { AssignmentState, BoardTask, BoardUnit } from '../../api/assignments.ts';
import { boardUnits, filterBoard } from './board-filter.ts';

const assignment = (id: string, status: AssignmentState['status'], dueState: AssignmentState['dueState'] = 'upcoming'): AssignmentState => ({
  id,
  period: null,
  dueOn: '2026-12-31',
  dueState,
  status,
  percent: status === 'done' ? 100 : 0,
  acknowledgedAt: null,
  lastReportedAt: null,
});
const unit = (unitId: string, name: string, assignments: AssignmentState[]): BoardUnit => ({ unitId, name, shortName: null, role: 'lead', assignments });
const task = (id: string, parentId: string | null, units: BoardUnit[]): BoardTask => ({
  id,
  parentId,
  code: id,
  title: `Nhiệm vụ ${id}`,
  timeframe: { text: null, start: null, end: null, deadline: null, peaks: [], recurrence: null },
  depth: parentId ? 1 : 0,
  figure: { percent: null, done: 0, total: 0 },
  units,
  implementedBy: [],
  implementedByHidden: 0,
});

// I (no units) → I.1 (Ban Tuyên giáo done, Chi bộ 1 overdue), I.2 (Chi bộ 1 in progress); II (Ban Tổ chức).
const tasks = [
  task('I', null, []),
  task('I.1', 'I', [unit('btg', 'Ban Tuyên giáo', [assignment('a1', 'done', 'done')]), unit('cb1', 'Chi bộ 1', [assignment('a2', 'not_started', 'overdue')])]),
  task('I.2', 'I', [unit('cb1', 'Chi bộ 1', [assignment('a3', 'in_progress')])]),
  task('II', null, [unit('btc', 'Ban Tổ chức', [assignment('a4', 'in_progress')])]),
];

describe('filterBoard', () => {
  it('shows every task and unit without a filter', () => {
    const rows = filterBoard(tasks, {});
    expect(rows.map((row) => [row.task.id, row.units.length, row.matches])).toEqual([
      ['I', 0, true],
      ['I.1', 2, true],
      ['I.2', 1, true],
      ['II', 1, true],
    ]);
  });

  it('keeps one unit’s tasks, with their parents as context', () => {
    const rows = filterBoard(tasks, { unitId: 'cb1' });
    expect(rows.map((row) => [row.task.id, row.units.map((u) => u.unitId), row.matches])).toEqual([
      ['I', [], false],
      ['I.1', ['cb1'], true],
      ['I.2', ['cb1'], true],
    ]);
  });

  it('filters by status, and by overdue as a due state', () => {
    expect(filterBoard(tasks, { status: 'in_progress' }).map((row) => row.task.id)).toEqual(['I', 'I.2', 'II']);
    const overdue = filterBoard(tasks, { status: 'overdue' });
    expect(overdue.map((row) => row.task.id)).toEqual(['I', 'I.1']);
    expect(overdue[1]!.units.map((u) => u.assignments.map((a) => a.id))).toEqual([['a2']]);
    expect(filterBoard(tasks, { unitId: 'btg', status: 'in_progress' })).toEqual([]);
  });

  it('lists the plan’s units once, by Vietnamese name order', () => {
    expect(boardUnits(tasks).map((u) => u.name)).toEqual(['Ban Tổ chức', 'Ban Tuyên giáo', 'Chi bộ 1']);
  });
});
