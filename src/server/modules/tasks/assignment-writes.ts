import type { PlannedAssignment } from '../../../domain/task-schedule.ts';
import type { Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';

/** Writes the assignments of an issued plan, in batches. */
export async function insertAssignments(tx: Tx, tenantId: string, documentId: string, planned: readonly PlannedAssignment[]) {
  const rows = planned.map((a) => ({
    id: newId(),
    tenant_id: tenantId,
    document_id: documentId,
    task_id: a.taskId,
    unit_id: a.unitId,
    role: a.role,
    period: a.period,
    start_on: a.startOn,
    due_on: a.dueOn,
  }));
  for (let start = 0; start < rows.length; start += 1000) await tx.insertInto('assignments').values(rows.slice(start, start + 1000)).execute();
}

/**
 * A corrected plan's assignments take over the state of the superseded version's: same task
 * code, unit and period. The old assignments and their report history stay where they were.
 */
export async function carryOverProgress(tx: Tx, fromDocumentId: string, toDocumentId: string) {
  await tx
    .updateTable('assignments as n')
    .from('assignments as o')
    .innerJoin('tasks as ot', 'ot.id', 'o.task_id')
    .innerJoin('tasks as nt', 'nt.code', 'ot.code')
    .set((eb) => ({
      status: eb.ref('o.status'),
      percent: eb.ref('o.percent'),
      acknowledged_at: eb.ref('o.acknowledged_at'),
      acknowledged_by: eb.ref('o.acknowledged_by'),
      last_reported_at: eb.ref('o.last_reported_at'),
    }))
    .where('o.document_id', '=', fromDocumentId)
    .where('n.document_id', '=', toDocumentId)
    .whereRef('nt.id', '=', 'n.task_id')
    .whereRef('n.unit_id', '=', 'o.unit_id')
    .where((eb) => eb(eb.fn.coalesce('n.period', eb.val('')), '=', eb.fn.coalesce('o.period', eb.val(''))))
    .execute();
}
