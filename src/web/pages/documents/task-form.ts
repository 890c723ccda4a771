import type { Dayjs } from 'dayjs';
import type { Recurrence, Task, TaskInput } from '../../api/plans.ts';
import { dayOf, isoDateOf } from '../../format/dates.ts';

export interface TaskFormValues {
  code: string;
  title: string;
  description?: string;
  leadUnitId?: string | null;
  partnerUnitIds?: (string | null | undefined)[];
  timeframe?: { text?: string; start?: Dayjs | null; end?: Dayjs | null; deadline?: Dayjs | null; recurrence?: Recurrence | null };
  weight?: number | null;
}

/** The form's starting values: an empty task with the offered code, or the task being edited. */
export function taskFormValues(task: Task | undefined, code: string): Partial<TaskFormValues> {
  if (!task) return { code, partnerUnitIds: [], weight: 1, timeframe: { recurrence: null } };
  return {
    code: task.code,
    title: task.title,
    description: task.description,
    leadUnitId: task.units.find((unit) => unit.role === 'lead')?.unitId ?? null,
    partnerUnitIds: task.units.filter((unit) => unit.role === 'partner').map((unit) => unit.unitId),
    timeframe: {
      text: task.timeframe.text ?? '',
      start: dayOf(task.timeframe.start),
      end: dayOf(task.timeframe.end),
      deadline: dayOf(task.timeframe.deadline),
      recurrence: task.timeframe.recurrence,
    },
    weight: task.weight,
  };
}

const isoOrNull = (day: Dayjs | null | undefined) => (day ? isoDateOf(day) : null);

/**
 * The request body: the lead first, then each partner once (a partner also picked as lead
 * stays the lead). Peak periods are not edited here, so those an import read are kept.
 */
export function taskBody(values: TaskFormValues, editing: Task | undefined): TaskInput {
  const lead = values.leadUnitId || null;
  const partners = [...new Set((values.partnerUnitIds ?? []).filter((id): id is string => Boolean(id) && id !== lead))];
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    description: values.description?.trim() ?? '',
    timeframe: {
      text: values.timeframe?.text?.trim() || null,
      start: isoOrNull(values.timeframe?.start),
      end: isoOrNull(values.timeframe?.end),
      deadline: isoOrNull(values.timeframe?.deadline),
      peaks: editing?.timeframe.peaks ?? [],
      recurrence: values.timeframe?.recurrence ?? null,
    },
    weight: values.weight ?? 1,
    units: [...(lead ? [{ unitId: lead, role: 'lead' as const }] : []), ...partners.map((unitId) => ({ unitId, role: 'partner' as const }))],
  };
}
