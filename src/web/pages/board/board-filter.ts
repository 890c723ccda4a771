import type { ProgressStatus } from '../../../domain/task-status.ts';
import type { AssignmentState, BoardTask, BoardUnit } from '../../api/assignments.ts';

/** A status, or "overdue" (a due state) since that is what an issuer looks for first. */
export type BoardStatusFilter = ProgressStatus | 'overdue';

export interface BoardFilter {
  unitId?: string;
  status?: BoardStatusFilter;
}

export interface BoardRow {
  task: BoardTask;
  /** The task's units that the filter keeps (all of them without a filter). */
  units: BoardUnit[];
  /** False for a parent shown only so that a matching sub-task keeps its place in the tree. */
  matches: boolean;
}

function assignmentMatches(assignment: AssignmentState, status: BoardStatusFilter | undefined): boolean {
  if (!status) return true;
  return status === 'overdue' ? assignment.dueState === 'overdue' : assignment.status === status;
}

/**
 * The board's rows under a filter, in the tree's order: a task is kept when one of its
 * (chosen) units has an assignment in the chosen status; its parents are kept for context.
 */
export function filterBoard(tasks: readonly BoardTask[], filter: BoardFilter): BoardRow[] {
  if (!filter.unitId && !filter.status) return tasks.map((task) => ({ task, units: task.units, matches: true }));
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const narrowed = new Map<string, BoardUnit[]>();
  for (const task of tasks) {
    const units = task.units
      .filter((unit) => !filter.unitId || unit.unitId === filter.unitId)
      .map((unit) => ({ ...unit, assignments: unit.assignments.filter((assignment) => assignmentMatches(assignment, filter.status)) }))
      .filter((unit) => unit.assignments.length > 0);
    if (units.length > 0) narrowed.set(task.id, units);
  }
  const shown = new Set<string>();
  for (const id of narrowed.keys()) {
    for (let task = byId.get(id); task && !shown.has(task.id); task = task.parentId ? byId.get(task.parentId) : undefined) shown.add(task.id);
  }
  return tasks.filter((task) => shown.has(task.id)).map((task) => ({ task, units: narrowed.get(task.id) ?? [], matches: narrowed.has(task.id) }));
}

/** Every unit assigned somewhere in the plan, once, by name. */
export function boardUnits(tasks: readonly BoardTask[]): { unitId: string; name: string }[] {
  const units = new Map<string, string>();
  for (const task of tasks) for (const unit of task.units) units.set(unit.unitId, unit.name);
  return [...units].map(([unitId, name]) => ({ unitId, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
