import { type CascadeNode, cascadeTree, lineage } from '../../../domain/cascade.ts';
import { rollupInput } from '../../../domain/plan-board.ts';
import { emptyFigure, rollUpTasks } from '../../../domain/rollup.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import { loadReadableDocument } from '../documents/service.ts';
import { numberLineOf } from '../documents/views.ts';
import { findTask } from '../plans/task-queries.ts';
import { toLinkedTask } from './board-service.ts';
import { readableDocumentIds } from './readable.ts';
import type { CascadeNodeView } from './schemas.ts';
import { readWithoutJit } from '../../db/jit.ts';
import { type BelowRow, type LinkedTaskRow, type ProgressRow, selectAbove, selectAssignmentsOfTasks, selectTaskCascade, selectTaskDetails } from './tree-queries.ts';
import { toAssignmentState } from './views.ts';

interface Walked<T extends LinkedTaskRow> {
  id: string;
  parentId: string | null;
  implementsTaskId: string | null;
  documentId: string;
  row: T;
}

const walked = <T extends LinkedTaskRow>(row: T): Walked<T> => ({ id: row.id, parentId: row.parent_id, implementsTaskId: row.implements_task_id, documentId: row.document_id, row });

type PendingUnit = { unitId: string; unitName: string; assignmentId: string; taskId: string; taskCode: string; documentId: string; period: string | null; dueOn: string | null };

/**
 * The cascade of a task: the chain above it up to the resolution it serves, and the tree
 * below it (sub-tasks, then the lower plans' tasks implementing it, to any depth) with each
 * node's assignments and rolled-up figure, and who has not yet acknowledged or reported.
 * Lower plans the caller may not open stay out of the tree and the lists (each node counts
 * them in `implementedByHidden`); they still count in the figures.
 */
export function getCascade(ctx: ServiceContext, taskId: string) {
  return readWithoutJit(ctx, (reader) => readCascade(reader, taskId));
}

async function readCascade(ctx: ServiceContext, taskId: string) {
  const task = await findTask(ctx.db, ctx.actor.tenantId, taskId);
  if (!task) throw notFound('task');
  await loadReadableDocument(ctx, task.document_id);
  const [below, above] = await Promise.all([selectTaskCascade(ctx.db, ctx.actor.tenantId, task.id), selectAbove(ctx.db, ctx.actor.tenantId, task.id)]);
  const readable = await readableDocumentIds(ctx, below);
  const shown = below.filter((row) => readable.has(row.document_id) || row.id === task.id);
  const shownIds = shown.map((row) => row.id);
  const [assignments, details] = await Promise.all([selectAssignmentsOfTasks(ctx.db, shownIds), selectTaskDetails(ctx.db, shownIds)]);
  const figures = rollUpTasks(rollupInput(below.map(toLinkedTask)), [task.id]);

  const assignmentsOf = new Map<string, ProgressRow[]>();
  for (const assignment of assignments) {
    const list = assignmentsOf.get(assignment.task_id);
    if (list) list.push(assignment);
    else assignmentsOf.set(assignment.task_id, [assignment]);
  }
  const hidden = new Map<string, number>();
  for (const row of below) if (row.implements_task_id && !readable.has(row.document_id)) hidden.set(row.implements_task_id, (hidden.get(row.implements_task_id) ?? 0) + 1);

  const today = vietnamToday();
  const notAcknowledged: PendingUnit[] = [];
  const notReported: PendingUnit[] = [];
  const toView = (node: CascadeNode<Walked<BelowRow>>): CascadeNodeView => {
    const { row } = node.task;
    const own = assignmentsOf.get(row.id) ?? [];
    if (row.document_status === 'issued') {
      for (const assignment of own) {
        const pending = { unitId: assignment.unit_id, unitName: assignment.unit_name, assignmentId: assignment.id, taskId: row.id, taskCode: row.code, documentId: row.document_id, period: assignment.period, dueOn: assignment.due_on };
        if (!assignment.acknowledged_at) notAcknowledged.push(pending);
        if (!assignment.last_reported_at) notReported.push(pending);
      }
    }
    return {
      taskId: row.id,
      code: row.code,
      title: details.get(row.id)!.title,
      documentId: row.document_id,
      documentStatus: row.document_status,
      numberLine: numberLineOf(row),
      issuerName: row.issuer_name,
      edge: node.edge,
      figure: figures.get(row.id) ?? emptyFigure,
      assignments: own.map((assignment) => ({ ...toAssignmentState(assignment, today), unitId: assignment.unit_id, unitName: assignment.unit_name })),
      children: node.children.map(toView),
      implementedByHidden: hidden.get(row.id) ?? 0,
    };
  };
  const tree = toView(cascadeTree(shown.map(walked), task.id)!);

  const chain = lineage(above.map(walked), task.id).reverse();
  const self = above.find((row) => row.id === task.id)!;
  const byUnitName = (a: PendingUnit, b: PendingUnit) => a.unitName.localeCompare(b.unitName, 'vi') || (a.dueOn ?? '').localeCompare(b.dueOn ?? '');
  return {
    lineage: [...chain.map((link) => link.task.row), self].map((row) => ({
      taskId: row.id,
      code: row.code,
      title: row.title,
      documentId: row.document_id,
      numberLine: numberLineOf(row),
      documentTitle: row.document_title,
      issuerName: row.issuer_name,
    })),
    tree,
    pending: { notAcknowledged: notAcknowledged.sort(byUnitName), notReported: notReported.sort(byUnitName) },
  };
}
