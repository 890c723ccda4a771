/**
 * Progress roll-up up the task tree and down the cascade. Each plan chooses how its
 * figures combine (a setting shown next to every figure):
 * - average: the plain mean of the parts' percents;
 * - weighted: the mean weighted by each task's weight (assignments weigh 1);
 * - count_done: the share of assignments that are done, counted over every leaf below.
 */
import type { ProgressStatus } from './task-status.ts';

export const rollupMethods = ['average', 'weighted', 'count_done'] as const;
export type RollupMethod = (typeof rollupMethods)[number];

export const rollupMethodLabels: Record<RollupMethod, string> = {
  average: 'Trung bình cộng',
  weighted: 'Bình quân theo trọng số',
  count_done: 'Tỷ lệ số việc hoàn thành',
};

export interface Figure {
  /** 0–100 with one decimal; null when nothing below carries progress. */
  percent: number | null;
  /** Leaf assignments below, and how many of them are done. */
  done: number;
  total: number;
}

export interface Part {
  figure: Figure;
  weight: number;
}

export const emptyFigure: Figure = { percent: null, done: 0, total: 0 };

/** The figure of one assignment (a leaf). */
export function leafFigure(status: ProgressStatus, percent: number): Figure {
  return { percent, done: status === 'done' ? 1 : 0, total: 1 };
}

const round = (value: number) => Math.round(value * 10) / 10;

export function combine(method: RollupMethod, parts: readonly Part[]): Figure {
  const done = parts.reduce((sum, part) => sum + part.figure.done, 0);
  const total = parts.reduce((sum, part) => sum + part.figure.total, 0);
  if (method === 'count_done') return { percent: total === 0 ? null : round((100 * done) / total), done, total };
  const measured = parts.filter((part) => part.figure.percent !== null);
  if (measured.length === 0) return { percent: null, done, total };
  const weightOf = (part: Part) => (method === 'weighted' ? part.weight : 1);
  const weights = measured.reduce((sum, part) => sum + weightOf(part), 0);
  if (weights <= 0) return { percent: null, done, total };
  const sum = measured.reduce((acc, part) => acc + weightOf(part) * part.figure.percent!, 0);
  return { percent: round(sum / weights), done, total };
}

/** A task as the roll-up sees it: its own assignments, sub-tasks, and the tasks implementing it. */
export interface RollupTask {
  id: string;
  weight: number;
  method: RollupMethod;
  assignments: readonly { status: ProgressStatus; percent: number }[];
  children: readonly string[];
  implementedBy: readonly string[];
}

/**
 * Figures of every task reachable from `rootIds`. A task's parts are its assignments,
 * its sub-tasks (by weight) and the tasks implementing it in lower units' plans (weight 1,
 * each rolled up with its own plan's method). Links are walked once: a loop contributes nothing.
 */
export function rollUpTasks(tasks: ReadonlyMap<string, RollupTask>, rootIds: Iterable<string>): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  const visiting = new Set<string>();
  const figureOf = (id: string): Figure => {
    const known = figures.get(id);
    if (known) return known;
    const task = tasks.get(id);
    if (!task || visiting.has(id)) return emptyFigure;
    visiting.add(id);
    const parts: Part[] = [
      ...task.assignments.map((a) => ({ figure: leafFigure(a.status, a.percent), weight: 1 })),
      ...task.children.map((child) => ({ figure: figureOf(child), weight: tasks.get(child)?.weight ?? 1 })),
      ...task.implementedBy.map((lower) => ({ figure: figureOf(lower), weight: 1 })),
    ];
    visiting.delete(id);
    const figure = combine(task.method, parts);
    figures.set(id, figure);
    return figure;
  };
  for (const id of rootIds) figureOf(id);
  return figures;
}

