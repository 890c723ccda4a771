import { describe, expect, it } from 'vitest';
import { combine, leafFigure, rollUpTasks, type RollupMethod, type RollupTask } from './rollup.ts';

const part = (percent: number | null, done: number, total: number, weight = 1) => ({ figure: { percent, done, total }, weight });

describe('combining figures', () => {
  const parts = [part(100, 1, 1, 3), part(50, 0, 1, 1), part(0, 0, 2, 1)];

  it('averages, weights, or counts what is done', () => {
    expect(combine('average', parts)).toEqual({ percent: 50, done: 1, total: 4 });
    expect(combine('weighted', parts)).toEqual({ percent: 70, done: 1, total: 4 });
    expect(combine('count_done', parts)).toEqual({ percent: 25, done: 1, total: 4 });
  });

  it('ignores parts without progress and says so when nothing is measured', () => {
    expect(combine('average', [part(null, 0, 0), part(40, 0, 1)])).toEqual({ percent: 40, done: 0, total: 1 });
    for (const method of ['average', 'weighted', 'count_done'] as RollupMethod[]) {
      expect(combine(method, [])).toEqual({ percent: null, done: 0, total: 0 });
    }
  });

  it('rounds to one decimal', () => {
    expect(combine('average', [part(100, 1, 1), part(0, 0, 1), part(0, 0, 1)]).percent).toBe(33.3);
    expect(leafFigure('done', 100)).toEqual({ percent: 100, done: 1, total: 1 });
  });
});

describe('rolling up a plan and its cascade', () => {
  const task = (id: string, over: Partial<RollupTask> = {}): RollupTask => ({ id, weight: 1, method: 'average', assignments: [], children: [], implementedBy: [], ...over });

  it('rolls sub-tasks into their parent and lower plans into the task they implement', () => {
    const tasks = new Map<string, RollupTask>([
      ['II', task('II', { children: ['II.1', 'II.2'] })],
      ['II.1', task('II.1', { weight: 3, assignments: [{ status: 'done', percent: 100 }] })],
      ['II.2', task('II.2', { assignments: [{ status: 'in_progress', percent: 20 }], implementedBy: ['cell-1'] })],
      // The cell's own plan counts what is done, and it is half done.
      ['cell-1', task('cell-1', { method: 'count_done', children: ['cell-1.a', 'cell-1.b'] })],
      ['cell-1.a', task('cell-1.a', { assignments: [{ status: 'done', percent: 100 }] })],
      ['cell-1.b', task('cell-1.b', { assignments: [{ status: 'not_started', percent: 0 }] })],
    ]);
    const figures = rollUpTasks(tasks, ['II']);
    expect(figures.get('cell-1')).toEqual({ percent: 50, done: 1, total: 2 });
    expect(figures.get('II.2')).toEqual({ percent: 35, done: 1, total: 3 });
    expect(figures.get('II')).toEqual({ percent: 67.5, done: 2, total: 4 });
    const weighted = rollUpTasks(new Map([...tasks, ['II', task('II', { method: 'weighted', children: ['II.1', 'II.2'] })]]), ['II']);
    expect(weighted.get('II')!.percent).toBe(83.8);
  });

  it('survives a loop in the links without counting twice', () => {
    const tasks = new Map<string, RollupTask>([
      ['a', task('a', { implementedBy: ['b'], assignments: [{ status: 'done', percent: 100 }] })],
      ['b', task('b', { implementedBy: ['a'], assignments: [{ status: 'not_started', percent: 0 }] })],
    ]);
    expect(rollUpTasks(tasks, ['a']).get('a')).toEqual({ percent: 50, done: 1, total: 2 });
  });

  it('gives no figure to a task nobody was assigned', () => {
    expect(rollUpTasks(new Map([['x', task('x')]]), ['x']).get('x')).toEqual({ percent: null, done: 0, total: 0 });
  });
});
