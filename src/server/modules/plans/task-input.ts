import type { AssignmentRole } from '../../../domain/task-schedule.ts';
import { timeframeProblem } from '../../../domain/task-schedule.ts';
import type { DateRange, Recurrence } from '../../../domain/timeframe.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { unprocessable } from '../../http/errors.ts';
import { documentPolicy, type IssuerRef } from '../documents/policy.ts';
import { unitForWrite } from '../units/service.ts';

export interface TimeframeInput {
  text?: string | null;
  start?: string | null;
  end?: string | null;
  deadline?: string | null;
  peaks?: DateRange[];
  recurrence?: Recurrence | null;
}

export interface TaskUnitInput {
  unitId: string;
  role: AssignmentRole;
}

export interface TaskFields {
  code: string;
  title: string;
  description?: string;
  sectionCode?: string | null;
  timeframe?: TimeframeInput;
  responsiblePersonId?: string | null;
  targets?: string[];
  weight?: number;
  units?: TaskUnitInput[];
}

/** The timeframe columns of a task, after refusing dates that contradict each other. */
export function timeframeColumns(timeframe: TimeframeInput, taskCode: string) {
  const columns = {
    timeframe_text: timeframe.text?.trim() || null,
    start_on: timeframe.start ?? null,
    end_on: timeframe.end ?? null,
    deadline: timeframe.deadline ?? null,
    peaks: JSON.stringify(timeframe.peaks ?? []),
    recurrence: timeframe.recurrence ?? null,
  };
  const problem = timeframeProblem({ start: columns.start_on, end: columns.end_on, deadline: columns.deadline, peaks: timeframe.peaks ?? [] });
  if (problem) throw unprocessable('timeframe_invalid', { reason: `Nhiệm vụ ${taskCode}: ${problem}` });
  return columns;
}

/**
 * Checks the units named on tasks of one plan (each within the issuers' reach, each
 * assignable by the actor) and turns them into task_units rows. A unit named twice keeps
 * its first role, so "X chủ trì … X phối hợp" makes X the lead.
 */
export function unitChecker(tx: Tx, ctx: ServiceContext, issuers: IssuerRef[]) {
  const checked = new Map<string, true>();
  return async (taskId: string, units: readonly TaskUnitInput[]) => {
    const rows = new Map<string, { task_id: string; unit_id: string; tenant_id: string; role: AssignmentRole }>();
    for (const { unitId, role } of units) {
      if (rows.has(unitId)) continue;
      if (!checked.has(unitId)) {
        const unit = await unitForWrite(tx, ctx, unitId);
        documentPolicy.assign(ctx.actor, issuers, { id: unit.id, path: unit.path, name: unit.name });
        checked.set(unitId, true);
      }
      rows.set(unitId, { task_id: taskId, unit_id: unitId, tenant_id: ctx.actor.tenantId, role });
    }
    return [...rows.values()];
  };
}
