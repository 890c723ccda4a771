import { depthsOf, type LinkedTask, rollupInput } from '../../../domain/plan-board.ts';
import { combine, emptyFigure, type Figure, rollUpTasks, rollupMethodLabels } from '../../../domain/rollup.ts';
import type { AssignmentRole } from '../../../domain/task-schedule.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext } from '../../context.ts';
import { loadReadableDocument } from '../documents/service.ts';
import { numberLineOf } from '../documents/views.ts';
import { selectTaskUnits } from '../plans/task-queries.ts';
import { timeframeOf } from '../plans/task-views.ts';
import { readableDocumentIds } from './readable.ts';
import { readWithoutJit } from '../../db/jit.ts';
import { type BelowRow, type LinkedTaskRow, selectAssignmentsOfTasks, selectPlanCascade, selectTaskDetails } from './tree-queries.ts';
import { toAssignmentState, toImplementerView } from './views.ts';

export const toLinkedTask = (row: BelowRow): LinkedTask => ({
  id: row.id,
  parentId: row.parent_id,
  implementsTaskId: row.implements_task_id,
  weight: row.weight,
  method: row.rollup_method,
  progress: { count: row.assigned, done: row.done, percentSum: row.percent_sum },
});

interface BoardUnit {
  unitId: string;
  name: string;
  shortName: string | null;
  role: AssignmentRole;
  assignments: ReturnType<typeof toAssignmentState>[];
}

/**
 * A plan's task tree with each assigned unit's state and the figures rolled up with the
 * plan's method, including the lower units' plans implementing its tasks (each rolled up
 * with its own method). Lower plans the caller may not open count in the figures and are
 * listed only as a number (`implementedByHidden`).
 */
export function getBoard(ctx: ServiceContext, documentId: string) {
  return readWithoutJit(ctx, (reader) => readBoard(reader, documentId));
}

async function readBoard(ctx: ServiceContext, documentId: string) {
  const { doc } = await loadReadableDocument(ctx, documentId);
  const rows = await selectPlanCascade(ctx.db, ctx.actor.tenantId, doc.id);
  const own = rows.filter((row) => row.document_id === doc.id);
  const lower = rows.filter((row) => row.document_id !== doc.id);
  const ownIds = own.map((row) => row.id);
  const ownSet = new Set(ownIds);
  const [assignments, details, taskUnits, readable] = await Promise.all([
    selectAssignmentsOfTasks(ctx.db, ownIds),
    selectTaskDetails(ctx.db, ownIds),
    selectTaskUnits(ctx.db, ownIds),
    readableDocumentIds(ctx, lower),
  ]);
  const figures = rollUpTasks(rollupInput(rows.map(toLinkedTask)), ownIds);
  const figureOf = (id: string): Figure => figures.get(id) ?? emptyFigure;
  const depths = depthsOf(own.map((row) => ({ id: row.id, parentId: row.parent_id })));
  const today = vietnamToday();

  // Units named on each task (a draft has only these), then the assignments issuing made for them.
  const units = new Map<string, Map<string, BoardUnit>>();
  const unitsOf = (taskId: string) => units.get(taskId) ?? units.set(taskId, new Map()).get(taskId)!;
  for (const unit of taskUnits) unitsOf(unit.task_id).set(unit.unit_id, { unitId: unit.unit_id, name: unit.name, shortName: unit.short_name, role: unit.role, assignments: [] });
  for (const assignment of assignments) {
    const byUnit = unitsOf(assignment.task_id);
    const entry =
      byUnit.get(assignment.unit_id) ??
      byUnit.set(assignment.unit_id, { unitId: assignment.unit_id, name: assignment.unit_name, shortName: assignment.unit_short_name, role: assignment.role, assignments: [] }).get(assignment.unit_id)!;
    entry.assignments.push(toAssignmentState(assignment, today));
  }

  const implementersOf = new Map<string, LinkedTaskRow[]>();
  for (const row of lower) if (row.implements_task_id && ownSet.has(row.implements_task_id)) implementersOf.set(row.implements_task_id, [...(implementersOf.get(row.implements_task_id) ?? []), row]);

  const roots = own.filter((row) => row.parent_id === null);
  return {
    document: { id: doc.id, numberLine: numberLineOf(doc), title: doc.title, status: doc.status, rollupMethod: doc.rollup_method, rollupLabel: rollupMethodLabels[doc.rollup_method] },
    figure: combine(doc.rollup_method, roots.map((row) => ({ figure: figureOf(row.id), weight: row.weight }))),
    tasks: own.map((row) => {
      const implementers = implementersOf.get(row.id) ?? [];
      const shown = implementers.filter((implementer) => readable.has(implementer.document_id));
      const detail = details.get(row.id)!;
      return {
        id: row.id,
        parentId: row.parent_id,
        code: row.code,
        title: detail.title,
        timeframe: timeframeOf(detail),
        depth: depths.get(row.id) ?? 0,
        figure: figureOf(row.id),
        units: [...(units.get(row.id)?.values() ?? [])],
        implementedBy: shown.map((implementer) => ({ ...toImplementerView(implementer), figure: figureOf(implementer.id) })),
        implementedByHidden: implementers.length - shown.length,
      };
    }),
  };
}

export type Board = Awaited<ReturnType<typeof getBoard>>;
