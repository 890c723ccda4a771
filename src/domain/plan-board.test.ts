import { describe, expect, it } from 'vitest';
import { depthsOf, type LinkedTask, noProgress, overallStatus, rollupInput, unfoldProgress } from './plan-board.ts';
import { combine, leafFigure, rollUpTasks, type RollupMethod } from './rollup.ts';

const task = (id: string, over: Partial<LinkedTask> = {}): LinkedTask => ({ id, parentId: null, implementsTaskId: null, weight: 1, method: 'average', progress: noProgress, ...over });

describe('roll-up input from task rows', () => {
  it('hangs sub-tasks under their parent and lower plans under the task they implement', () => {
    const input = rollupInput([
      task('I'),
      task('I.1', { parentId: 'I', weight: 2, progress: { count: 1, done: 0, percentSum: 40 } }),
      task('cell', { implementsTaskId: 'I.1', method: 'count_done' }),
      task('cell.a', { parentId: 'cell', method: 'count_done', progress: { count: 1, done: 1, percentSum: 100 } }),
    ]);
    expect(input.get('I')).toMatchObject({ children: ['I.1'], implementedBy: [], assignments: [] });
    expect(input.get('I.1')).toMatchObject({ weight: 2, children: [], implementedBy: ['cell'], assignments: [{ status: 'in_progress', percent: 40 }] });
    expect(input.get('cell')).toMatchObject({ method: 'count_done', children: ['cell.a'] });
    // I.1 averages its own 40 % with the cell's plan, which counts its one done leaf: 100 %.
    expect(rollUpTasks(input, ['I']).get('I')).toEqual({ percent: 70, done: 1, total: 2 });
  });

  it('ignores links to tasks outside the set', () => {
    const input = rollupInput([task('a', { parentId: 'gone', implementsTaskId: 'elsewhere' })]);
    expect(input.get('a')).toMatchObject({ children: [], implementedBy: [] });
    expect([...input.keys()]).toEqual(['a']);
  });
});

describe('summarized progress', () => {
  it('unfolds into leaves that every method rolls up as the assignments themselves', () => {
    const assignments = [
      { status: 'done' as const, percent: 100 },
      { status: 'in_progress' as const, percent: 35 },
      { status: 'blocked' as const, percent: 12 },
      { status: 'not_started' as const, percent: 0 },
    ];
    const leaves = unfoldProgress({ count: 4, done: 1, percentSum: 147 });
    expect(leaves.map((leaf) => leaf.percent)).toEqual([100, 16, 16, 15]);
    for (const method of ['average', 'weighted', 'count_done'] as RollupMethod[]) {
      const parts = (list: { status: 'done' | 'in_progress' | 'blocked' | 'not_started'; percent: number }[]) => list.map((a) => ({ figure: leafFigure(a.status, a.percent), weight: 1 }));
      expect(combine(method, parts(leaves)), method).toEqual(combine(method, parts(assignments)));
    }
    expect(unfoldProgress(noProgress)).toEqual([]);
    expect(unfoldProgress({ count: 2, done: 2, percentSum: 200 })).toEqual([
      { status: 'done', percent: 100 },
      { status: 'done', percent: 100 },
    ]);
  });
});

describe('depth in the plan', () => {
  it('counts parents, and treats a missing parent or a loop as top level', () => {
    const depths = depthsOf([
      { id: 'II', parentId: null },
      { id: 'II.1', parentId: 'II' },
      { id: 'II.1.a', parentId: 'II.1' },
      { id: 'orphan', parentId: 'elsewhere' },
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ]);
    expect(Object.fromEntries(depths)).toMatchObject({ II: 0, 'II.1': 1, 'II.1.a': 2, orphan: 0 });
    expect([depths.get('x'), depths.get('y')].sort()).toEqual([0, 1]);
  });
});

describe('one status for a task', () => {
  it('sums up its assignments', () => {
    expect(overallStatus([])).toBeNull();
    expect(overallStatus(['done', 'done'])).toBe('done');
    expect(overallStatus(['done', 'blocked', 'in_progress'])).toBe('blocked');
    expect(overallStatus(['done', 'not_started'])).toBe('in_progress');
    expect(overallStatus(['in_progress'])).toBe('in_progress');
    expect(overallStatus(['not_started', 'not_started'])).toBe('not_started');
  });
});
