import { planAssignments } from '../../../domain/task-schedule.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import type { DocumentRow } from '../../db/schema.ts';
import { carryOverProgress, insertAssignments } from '../tasks/assignment-writes.ts';
import { timeframeOf } from './task-views.ts';
import * as tq from './task-queries.ts';

/**
 * Called when a plan is issued: every lead and partner unit of every task gets its
 * assignments (one per period for a recurring task). When the plan corrects an earlier
 * version, the units keep the progress they reported there and lower plans stay linked.
 */
export async function scheduleAssignments(tx: Tx, ctx: ServiceContext, doc: DocumentRow, previousId: string | null): Promise<number> {
  const tasks = await tq.selectPlanTasks(tx, doc.id);
  const units = await tq.selectTaskUnits(tx, tasks.map((task) => task.id));
  const planned = planAssignments(
    tasks.map((task) => ({
      id: task.id,
      timeframe: timeframeOf(task),
      units: units.filter((unit) => unit.task_id === task.id).map((unit) => ({ unitId: unit.unit_id, role: unit.role })),
    })),
  );
  await insertAssignments(tx, ctx.actor.tenantId, doc.id, planned);
  if (previousId) {
    await carryOverProgress(tx, previousId, doc.id);
    await tq.repointImplementers(tx, previousId, doc.id);
  }
  return planned.length;
}

/** The body of a new version: the same task tree with the same units, as a draft. */
export function copyPlanBody(tx: Tx, fromId: string, toId: string) {
  return tq.copyTasks(tx, fromId, toId);
}
