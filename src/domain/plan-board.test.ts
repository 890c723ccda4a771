import { describe, expect, it } from 'vitest';
import { depthsOf, type LinkedTask, overallStatus, rollupInput } from './plan-board.ts';
import { rollUpTasks } from './rollup.ts';

const task = (id: string, over: Partial<LinkedTask> = {}): LinkedTask => ({ id, parentId: null, implementsTaskId: null, weight: 1, method: 'average', ...over });

describe('roll-up input from task rows', () => {
  it('hangs sub-tasks under their parent and lower plans under the task they implement', () => {
    const input = rollupInput(
      [task('I'), task('I.1', { parentId: 'I', weight: 2 }), task('cell', { implementsTaskId: 'I.1', method: 'count_done' }), task('cell.a', { parentId: 'cell', method: 'count_done' })],
      [
        { taskId: 'I.1', status: 'in_progress', percent: 40 },
        { taskId: 'cell.a', status: 'done', percent: 100 },
      ],
    );
    expect(input.get('I')).toMatchObject({ children: ['I.1'], implementedBy: [], assignments: [] });
    expect(input.get('I.1')).toMatchObject({ weight: 2, children: [], implementedBy: ['cell'], assignments: [{ status: 'in_progress', percent: 40 }] });
    expect(input.get('cell')).toMatchObject({ method: 'count_done', children: ['cell.a'] });
    // I.1 averages its own 40 % with the cell's plan, which counts its one done leaf: 100 %.
    expect(rollUpTasks(input, ['I']).get('I')).toEqual({ percent: 70, done: 1, total: 2 });
  });

  it('ignores links to tasks outside the set', () => {
    const input = rollupInput([task('a', { parentId: 'gone', implementsTaskId: 'elsewhere' })], []);
    expect(input.get('a')).toMatchObject({ children: [], implementedBy: [] });
    expect([...input.keys()]).toEqual(['a']);
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
