import { parentLoop, subtreeOf } from '../../../domain/cascade.ts';
import { planKinds } from '../../../domain/documents.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import type { DocumentRow, TaskRow } from '../../db/schema.ts';
import { conflict, notFound, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { loadDraftForWrite, loadReadableDocument } from '../documents/service.ts';
import { getPerson } from '../people/service.ts';
import { type TaskFields, type TaskUnitInput, type TimeframeInput, timeframeColumns, unitChecker } from './task-input.ts';
import * as tq from './task-queries.ts';
import { toTaskView, type TaskView } from './task-views.ts';

export function requirePlan(doc: DocumentRow) {
  if (!planKinds.includes(doc.kind)) throw unprocessable('document_not_plan');
}

export function auditTask(task: TaskRow): Record<string, unknown> {
  const { created_at: _created, updated_at: _updated, ...rest } = task;
  return rest;
}

/** The tasks of a plan in document order, each with its units. */
export async function listTasks(ctx: ServiceContext, documentId: string): Promise<TaskView[]> {
  const { doc } = await loadReadableDocument(ctx, documentId);
  const tasks = await tq.selectPlanTasks(ctx.db, doc.id);
  const units = await tq.selectTaskUnits(ctx.db, tasks.map((task) => task.id));
  return tasks.map((task) => toTaskView(task, units.filter((unit) => unit.task_id === task.id)));
}

async function taskView(ctx: ServiceContext, taskId: string): Promise<TaskView> {
  const task = (await tq.findTask(ctx.db, ctx.actor.tenantId, taskId))!;
  return toTaskView(task, await tq.selectTaskUnits(ctx.db, [taskId]));
}

/** People are checked before the transaction: the people module reads outside it. */
async function checkPerson(ctx: ServiceContext, personId: string | null | undefined) {
  if (personId) await getPerson(ctx, personId);
}

async function draftTask(tx: Tx, ctx: ServiceContext, taskId: string) {
  const task = await tq.findTask(tx, ctx.actor.tenantId, taskId);
  if (!task) throw notFound('task');
  const loaded = await loadDraftForWrite(tx, ctx, task.document_id);
  return { task, ...loaded };
}

async function checkParent(tx: Tx, ctx: ServiceContext, documentId: string, parentId: string | null | undefined) {
  if (!parentId) return null;
  const parent = await tq.findTask(tx, ctx.actor.tenantId, parentId);
  if (!parent || parent.document_id !== documentId) throw notFound('task');
  return parent.id;
}

export async function addTask(ctx: ServiceContext, documentId: string, input: TaskFields & { parentId?: string | null }): Promise<TaskView> {
  await checkPerson(ctx, input.responsiblePersonId);
  const id = await ctx.db.transaction().execute(async (tx) => {
    const { doc, issuers } = await loadDraftForWrite(tx, ctx, documentId);
    requirePlan(doc);
    const code = input.code.trim();
    if (await tq.codeInUse(tx, doc.id, code)) throw conflict('task_code_taken', { code });
    const id = newId();
    const [task] = await tx
      .insertInto('tasks')
      .values({
        id,
        tenant_id: ctx.actor.tenantId,
        document_id: doc.id,
        parent_id: await checkParent(tx, ctx, doc.id, input.parentId),
        position: await tq.nextPosition(tx, doc.id),
        code,
        section_code: input.sectionCode ?? null,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        ...timeframeColumns(input.timeframe ?? {}, code),
        responsible_person_id: input.responsiblePersonId ?? null,
        targets: JSON.stringify(input.targets ?? []),
        unmatched_units: '[]',
        weight: input.weight ?? 1,
        implements_task_id: null,
      })
      .returningAll()
      .execute();
    await tq.insertTaskUnits(tx, await unitChecker(tx, ctx, issuers)(id, input.units ?? []));
    await recordChange(tx, ctx.actor, { action: 'create', entityType: 'task', entityId: id, unitPath: issuers[0]!.path, before: null, after: { ...auditTask(task!), units: input.units ?? [] } });
    return id;
  });
  return taskView(ctx, id);
}

export async function updateTask(ctx: ServiceContext, taskId: string, patch: Partial<TaskFields> & { parentId?: string | null }): Promise<TaskView> {
  await checkPerson(ctx, patch.responsiblePersonId);
  await ctx.db.transaction().execute(async (tx) => {
    const { task: before, issuers } = await draftTask(tx, ctx, taskId);
    const code = patch.code?.trim() ?? before.code;
    if (code !== before.code && (await tq.codeInUse(tx, before.document_id, code, before.id))) throw conflict('task_code_taken', { code });
    if (patch.parentId !== undefined) {
      const parentId = await checkParent(tx, ctx, before.document_id, patch.parentId);
      const siblings = await tq.selectPlanTasks(tx, before.document_id);
      if (parentLoop(new Map(siblings.map((task) => [task.id, task.parent_id])), before.id, parentId)) throw unprocessable('task_parent_loop');
    }
    const after = await tq.updateTask(tx, before.id, {
      code,
      ...(patch.parentId !== undefined ? { parent_id: patch.parentId } : {}),
      ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
      ...(patch.description !== undefined ? { description: patch.description.trim() } : {}),
      ...(patch.sectionCode !== undefined ? { section_code: patch.sectionCode } : {}),
      ...(patch.timeframe !== undefined ? timeframeColumns(patch.timeframe, code) : {}),
      ...(patch.responsiblePersonId !== undefined ? { responsible_person_id: patch.responsiblePersonId } : {}),
      ...(patch.targets !== undefined ? { targets: JSON.stringify(patch.targets) } : {}),
      ...(patch.weight !== undefined ? { weight: patch.weight } : {}),
    });
    if (patch.units !== undefined) await tq.replaceTaskUnits(tx, before.id, await unitChecker(tx, ctx, issuers)(before.id, patch.units));
    await recordChange(tx, ctx.actor, {
      action: 'update',
      entityType: 'task',
      entityId: before.id,
      unitPath: issuers[0]!.path,
      before: auditTask(before),
      after: { ...auditTask(after), ...(patch.units !== undefined ? { units: patch.units } : {}) },
    });
  });
  return taskView(ctx, taskId);
}

export interface NewTask {
  code: string;
  sectionCode: string | null;
  title: string;
  timeframe: TimeframeInput;
  responsiblePersonId: string | null;
  units: TaskUnitInput[];
}

/**
 * Appends top-level tasks to a draft inside `tx`, for a use case that checked the units and
 * people by its own rule (a meeting's approved minutes hand their follow-ups to units under
 * the meeting's unit); one audit entry per task. Returns the new ids in order.
 */
export async function appendTasksIn(tx: Tx, ctx: ServiceContext, documentId: string, unitPath: string, tasks: readonly NewTask[]): Promise<string[]> {
  let position = await tq.nextPosition(tx, documentId);
  const rows = tasks.map((task) => ({
    id: newId(),
    tenant_id: ctx.actor.tenantId,
    document_id: documentId,
    parent_id: null,
    position: position++,
    code: task.code,
    section_code: task.sectionCode,
    title: task.title.trim(),
    ...timeframeColumns(task.timeframe, task.code),
    responsible_person_id: task.responsiblePersonId,
    targets: '[]',
    unmatched_units: '[]',
    implements_task_id: null,
  }));
  const units = rows.flatMap((row, index) => tasks[index]!.units.map(({ unitId, role }) => ({ task_id: row.id, unit_id: unitId, tenant_id: ctx.actor.tenantId, role })));
  await tq.insertTasks(tx, rows);
  await tq.insertTaskUnits(tx, units);
  for (const [index, row] of rows.entries()) {
    await recordChange(tx, ctx.actor, { action: 'create', entityType: 'task', entityId: row.id, unitPath, before: null, after: { ...row, units: tasks[index]!.units } });
  }
  return rows.map((row) => row.id);
}

/** Deletes a task of a draft plan with all its sub-tasks. */
export async function deleteTask(ctx: ServiceContext, taskId: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const { task, issuers } = await draftTask(tx, ctx, taskId);
    const all = await tq.selectPlanTasks(tx, task.document_id);
    const doomed = subtreeOf(new Map(all.map((other) => [other.id, other.parent_id])), task.id);
    await tq.deleteTasks(tx, doomed);
    await recordChange(tx, ctx.actor, { action: 'delete', entityType: 'task', entityId: task.id, unitPath: issuers[0]!.path, before: { ...auditTask(task), subtasks: doomed.length - 1 }, after: null });
  });
  return { ok: true as const };
}
