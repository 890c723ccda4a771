import { z } from 'zod';
import { rollupMethods } from '../../../domain/rollup.ts';
import { assignmentRoles } from '../../../domain/task-schedule.ts';
import { isoDate } from '../../http/schemas.ts';

const recurrences = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

const dateRange = z.object({ start: isoDate, end: isoDate });

export const timeframeSchema = z.object({
  text: z.string().trim().max(500, 'Mô tả thời gian tối đa 500 ký tự.').nullable().optional(),
  start: isoDate.nullable().optional(),
  end: isoDate.nullable().optional(),
  deadline: isoDate.nullable().optional(),
  peaks: z.array(dateRange).max(12).optional(),
  recurrence: z.enum(recurrences).nullable().optional(),
});

const taskUnit = z.object({ unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ.' }), role: z.enum(assignmentRoles) });

const taskFields = {
  code: z.string().trim().min(1, 'Cần mã nhiệm vụ (ví dụ II.1.a).').max(40, 'Mã nhiệm vụ tối đa 40 ký tự.'),
  title: z.string().trim().min(1, 'Tên nhiệm vụ không được để trống.').max(2000, 'Tên nhiệm vụ tối đa 2000 ký tự.'),
  description: z.string().max(20_000, 'Nội dung nhiệm vụ quá dài.').optional(),
  sectionCode: z.string().trim().max(20).nullable().optional(),
  timeframe: timeframeSchema.optional(),
  responsiblePersonId: z.uuid().nullable().optional(),
  targets: z.array(z.string().trim().max(2000)).max(50).optional(),
  weight: z.number().positive('Trọng số phải lớn hơn 0.').max(1000).optional(),
  units: z.array(taskUnit).max(500).optional(),
  parentId: z.uuid().nullable().optional(),
};

export const createTaskBody = z.object(taskFields);
export const patchTaskBody = z.object(taskFields).partial();

export const taskView = z.object({
  id: z.string(),
  documentId: z.string(),
  parentId: z.string().nullable(),
  position: z.number(),
  code: z.string(),
  sectionCode: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  timeframe: z.object({
    text: z.string().nullable(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    deadline: z.string().nullable(),
    peaks: z.array(z.object({ start: z.string(), end: z.string() })),
    recurrence: z.enum(recurrences).nullable(),
  }),
  responsiblePersonId: z.string().nullable(),
  targets: z.array(z.string()),
  unmatchedUnits: z.array(z.string()),
  weight: z.number(),
  implementsTaskId: z.string().nullable(),
  units: z.array(z.object({ unitId: z.string(), role: z.enum(assignmentRoles), name: z.string(), shortName: z.string().nullable() })),
});

export const rollupMethodSchema = z.enum(rollupMethods);
