import { closesLoop } from '../../../domain/cascade.ts';
import type { DocumentRow, TaskRow } from '../../db/schema.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { conflict, notFound, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { documentPolicy } from '../documents/policy.ts';
import { createDocumentIn, getDocument, loadDraftForWrite, loadReadableDocument } from '../documents/service.ts';
import { findTask, insertTasks, insertTaskUnits, selectTaskUnits, updateTask } from '../plans/task-queries.ts';
import { auditTask } from '../plans/task-service.ts';
import { toTaskView } from '../plans/task-views.ts';
import { unitForWrite } from '../units/service.ts';
import { unitNames } from './queries.ts';
import { disableJit } from '../../db/jit.ts';
import { assignedAtOrAbove, selectAbove, versionFamily } from './tree-queries.ts';

async function readableTask(ctx: ServiceContext, taskId: string): Promise<{ task: TaskRow; doc: DocumentRow }> {
  const task = await findTask(ctx.db, ctx.actor.tenantId, taskId);
  if (!task) throw notFound('task');
  return { task, doc: (await loadReadableDocument(ctx, task.document_id)).doc };
}

/** Only a plan in force hands out work that lower plans implement. */
function requireInForce(doc: DocumentRow) {
  if (doc.status === 'draft') throw conflict('document_not_issued');
  if (doc.status === 'superseded') throw conflict('document_superseded');
}

/** Refuses a unit that neither holds an assignment of the higher task nor sits under one that does. */
async function requireAssigned(tx: Tx, higherTaskId: string, units: readonly { path: string; name: string }[]) {
  for (const unit of units) if (await assignedAtOrAbove(tx, higherTaskId, unit.path)) return;
  throw unprocessable('cascade_not_assigned', { name: units[0]!.name });
}

/**
 * A unit turns a higher task into its own plan: a draft issued by the unit, based on the
 * higher plan, titled after it, with the plan's roll-up method and one task copying the
 * higher task (the unit leads it) that implements it. The unit must have been given the
 * task, directly or through a unit above it.
 */
export async function implementTask(ctx: ServiceContext, higherTaskId: string, input: { unitId: string; title?: string }) {
  const higher = await readableTask(ctx, higherTaskId);
  requireInForce(higher.doc);
  const documentId = await ctx.db.transaction().execute(async (tx) => {
    const unit = await unitForWrite(tx, ctx, input.unitId);
    documentPolicy.draft(ctx.actor, [unit.path]);
    await requireAssigned(tx, higher.task.id, [unit]);
    const { doc } = await createDocumentIn(tx, ctx, {
      issuerUnitIds: [unit.id],
      kind: 'plan',
      typeCode: 'KH',
      title: input.title ?? `Kế hoạch thực hiện ${higher.doc.title}`,
      rollupMethod: higher.doc.rollup_method,
      bases: [
        {
          documentId: higher.doc.id,
          number: higher.doc.number === null ? null : String(higher.doc.number),
          typeCode: higher.doc.type_code,
          issuerCode: higher.doc.issuer_code,
          issuedOn: higher.doc.issued_on,
          citation: higher.doc.title,
        },
      ],
    });
    const { created_at: _created, updated_at: _updated, ...source } = higher.task;
    const taskId = newId();
    const row = {
      ...source,
      id: taskId,
      document_id: doc.id,
      parent_id: null,
      position: 0,
      peaks: JSON.stringify(source.peaks),
      targets: JSON.stringify(source.targets),
      unmatched_units: '[]',
      responsible_person_id: null,
      implements_task_id: higher.task.id,
    };
    await insertTasks(tx, [row]);
    await insertTaskUnits(tx, [{ task_id: taskId, unit_id: unit.id, tenant_id: ctx.actor.tenantId, role: 'lead' }]);
    await recordChange(tx, ctx.actor, {
      action: 'implement',
      entityType: 'task',
      entityId: taskId,
      unitPath: unit.path,
      before: null,
      after: { documentId: doc.id, code: row.code, title: row.title, implementsTaskId: higher.task.id, basisDocumentId: higher.doc.id },
    });
    return doc.id;
  });
  return getDocument(ctx, documentId);
}

/**
 * Links a task of a draft plan to the higher task it implements, or unlinks it (null).
 * Refused: a task of the same plan, a link that would make the plan (or a version it
 * corrects) implement itself, and a plan whose issuers were not given the higher task.
 */
export async function linkTask(ctx: ServiceContext, taskId: string, higherTaskId: string | null) {
  const higher = higherTaskId === null ? null : await readableTask(ctx, higherTaskId);
  await ctx.db.transaction().execute(async (tx) => {
    const task = await findTask(tx, ctx.actor.tenantId, taskId);
    if (!task) throw notFound('task');
    const { issuers } = await loadDraftForWrite(tx, ctx, task.document_id);
    if (higher) {
      if (higher.task.document_id === task.document_id) throw unprocessable('cascade_same_plan');
      requireInForce(higher.doc);
      await disableJit(tx);
      const chain = (await selectAbove(tx, ctx.actor.tenantId, higher.task.id)).map((row) => row.document_id);
      const family = await versionFamily(tx, task.document_id);
      if (family.some((documentId) => closesLoop(documentId, chain))) throw unprocessable('cascade_loop');
      const names = await unitNames(tx, issuers.map((issuer) => issuer.unitId));
      await requireAssigned(tx, higher.task.id, issuers.map((issuer) => ({ path: issuer.path, name: names.get(issuer.unitId) ?? '' })));
    }
    const after = await updateTask(tx, task.id, { implements_task_id: higher?.task.id ?? null });
    await recordChange(tx, ctx.actor, { action: higher ? 'link' : 'unlink', entityType: 'task', entityId: task.id, unitPath: issuers[0]!.path, before: auditTask(task), after: auditTask(after) });
  });
  const task = (await findTask(ctx.db, ctx.actor.tenantId, taskId))!;
  return toTaskView(task, await selectTaskUnits(ctx.db, [task.id]));
}
