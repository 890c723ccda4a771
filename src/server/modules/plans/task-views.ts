import type { Timeframe } from '../../../domain/timeframe.ts';
import type { TaskRow } from '../../db/schema.ts';

export function timeframeOf(task: Pick<TaskRow, 'timeframe_text' | 'start_on' | 'end_on' | 'deadline' | 'peaks' | 'recurrence'>): Timeframe {
  return { text: task.timeframe_text, start: task.start_on, end: task.end_on, deadline: task.deadline, peaks: task.peaks, recurrence: task.recurrence };
}

type UnitRow = { task_id: string; unit_id: string; role: 'lead' | 'partner'; name: string; short_name: string | null };

export function toTaskView(task: TaskRow, units: UnitRow[]) {
  return {
    id: task.id,
    documentId: task.document_id,
    parentId: task.parent_id,
    position: task.position,
    code: task.code,
    sectionCode: task.section_code,
    title: task.title,
    description: task.description,
    timeframe: timeframeOf(task),
    responsiblePersonId: task.responsible_person_id,
    targets: task.targets,
    unmatchedUnits: task.unmatched_units,
    weight: Number(task.weight),
    implementsTaskId: task.implements_task_id,
    units: units.map((unit) => ({ unitId: unit.unit_id, role: unit.role, name: unit.name, shortName: unit.short_name })),
  };
}

export type TaskView = ReturnType<typeof toTaskView>;
