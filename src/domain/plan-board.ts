/**
 * The pieces a plan's board, a task's cascade tree and the task table export share: the
 * roll-up input built from task rows and their assignments, each task's depth in its plan,
 * and one status summing up a task's assignments.
 */
import type { RollupMethod, RollupTask } from './rollup.ts';
import type { ProgressStatus } from './task-status.ts';

/** A task's assignments as the roll-up counts them: how many, how many done, their percents added up. */
export interface ProgressSummary {
  count: number;
  done: number;
  percentSum: number;
}

export const noProgress: ProgressSummary = { count: 0, done: 0, percentSum: 0 };

const doneLeaf = { status: 'done', percent: 100 } as const;

export interface LinkedTask {
  id: string;
  parentId: string | null;
  implementsTaskId: string | null;
  weight: number;
  /** The roll-up method of the task's own plan. */
  method: RollupMethod;
  progress: ProgressSummary;
}

/**
 * Leaves that roll up exactly as the summarized assignments do. The roll-up sees a leaf only
 * as its percent and whether it is done, and sums both: done leaves are 100 % (progress
 * reports make it so), the open ones share the rest of the sum in whole percents.
 */
export function unfoldProgress(summary: ProgressSummary): { status: ProgressStatus; percent: number }[] {
  const open = summary.count - summary.done;
  const rest = summary.percentSum - 100 * summary.done;
  const share = open > 0 ? Math.floor(rest / open) : 0;
  const larger = rest - share * open;
  // Leaves are values: the open ones share two objects, so a city's thousands cost no garbage.
  const lower = { status: 'in_progress', percent: share } as const;
  const higher = { status: 'in_progress', percent: share + 1 } as const;
  const leaves: { status: ProgressStatus; percent: number }[] = [];
  for (let index = 0; index < summary.done; index++) leaves.push(doneLeaf);
  for (let index = 0; index < open; index++) leaves.push(index < larger ? higher : lower);
  return leaves;
}

/**
 * The roll-up input for `tasks` (a plan's tasks and the tasks below them in other plans).
 * A sub-task counts under its parent; a task of another plan counts under the task it
 * implements. Links to tasks outside the set are ignored.
 */
export function rollupInput(tasks: readonly LinkedTask[]): Map<string, RollupTask> {
  const known = new Set(tasks.map((task) => task.id));
  const children = new Map<string, string[]>();
  const implementers = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const task of tasks) {
    if (task.parentId && known.has(task.parentId)) push(children, task.parentId, task.id);
    if (task.implementsTaskId && known.has(task.implementsTaskId)) push(implementers, task.implementsTaskId, task.id);
  }
  return new Map(
    tasks.map((task) => [
      task.id,
      { id: task.id, weight: task.weight, method: task.method, assignments: unfoldProgress(task.progress), children: children.get(task.id) ?? [], implementedBy: implementers.get(task.id) ?? [] },
    ]),
  );
}

/** Depth of each task inside its plan (0 for a top-level task); a broken parent chain counts as top level. */
export function depthsOf(tasks: readonly { id: string; parentId: string | null }[]): Map<string, number> {
  const parentOf = new Map(tasks.map((task) => [task.id, task.parentId]));
  const depths = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    const parentId = parentOf.get(id);
    const depth = parentId && parentOf.has(parentId) && !seen.has(parentId) ? depthOf(parentId, seen.add(id)) + 1 : 0;
    depths.set(id, depth);
    return depth;
  };
  for (const task of tasks) depthOf(task.id, new Set());
  return depths;
}

/**
 * One status for a task from its assignments' statuses: done when all are, blocked when
 * any is, in progress once any work is reported, otherwise not started; null without any.
 */
export function overallStatus(statuses: readonly ProgressStatus[]): ProgressStatus | null {
  if (statuses.length === 0) return null;
  if (statuses.every((status) => status === 'done')) return 'done';
  if (statuses.includes('blocked')) return 'blocked';
  if (statuses.some((status) => status === 'in_progress' || status === 'done')) return 'in_progress';
  return 'not_started';
}
