/**
 * When a task's units owe their work: on issue, every lead and partner unit gets one
 * assignment per task, or for a recurring task one per period of the recurrence, each with
 * its own due date (a quarterly task over 2026 gives four).
 */
import { expandTimeframe, type Timeframe } from './timeframe.ts';

export const assignmentRoles = ['lead', 'partner'] as const;
export type AssignmentRole = (typeof assignmentRoles)[number];

export interface ScheduledTask {
  id: string;
  timeframe: Timeframe;
  units: readonly { unitId: string; role: AssignmentRole }[];
}

export interface PlannedAssignment {
  taskId: string;
  unitId: string;
  role: AssignmentRole;
  /** Canonical period of a recurring task's instance, null for a one-off task. */
  period: string | null;
  startOn: string | null;
  dueOn: string | null;
}

/** A task without an end date still gets one (undated) assignment per unit. */
export function planAssignments(tasks: readonly ScheduledTask[]): PlannedAssignment[] {
  return tasks.flatMap((task) => {
    const instances = expandTimeframe(task.timeframe);
    const occurrences = instances.length > 0 ? instances : [{ period: null, start: task.timeframe.start, due: task.timeframe.deadline }];
    return task.units.flatMap(({ unitId, role }) =>
      occurrences.map((occurrence) => ({ taskId: task.id, unitId, role, period: occurrence.period, startOn: occurrence.start, dueOn: occurrence.due })),
    );
  });
}

/** A Vietnamese reason when a timeframe's dates contradict each other, else null. */
export function timeframeProblem(timeframe: Pick<Timeframe, 'start' | 'end' | 'deadline' | 'peaks'>): string | null {
  const { start, end, deadline, peaks } = timeframe;
  if (start && end && end < start) return `Ngày kết thúc (${end}) không được trước ngày bắt đầu (${start}).`;
  if (start && deadline && deadline < start) return `Hạn hoàn thành (${deadline}) không được trước ngày bắt đầu (${start}).`;
  const badPeak = peaks.find((peak) => peak.end < peak.start);
  if (badPeak) return `Giai đoạn cao điểm kết thúc (${badPeak.end}) trước khi bắt đầu (${badPeak.start}).`;
  return null;
}
