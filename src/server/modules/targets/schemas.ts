import { z } from 'zod';
import { associationTypes } from '../../../domain/unit-kinds.ts';
import { metricKeys, subjectKinds } from '../../../domain/targets/metrics.ts';
import { comparators } from '../../../domain/targets/status.ts';
import { booleanQuery } from '../../http/schemas.ts';

const periodTypes = ['month', 'quarter', 'half', 'year'] as const;
const statuses = ['green', 'amber', 'red', 'none'] as const;
const unitRef = z.object({ id: z.string(), name: z.string(), kind: z.string() });

export const metricInfo = z.object({
  key: z.enum(metricKeys),
  label: z.string(),
  labelEn: z.string(),
  description: z.string(),
  measure: z.enum(['percent', 'count']),
  subjects: z.array(z.enum(subjectKinds)),
  params: z.array(z.object({ key: z.string(), type: z.enum(['meeting_kind', 'report_template', 'report_field', 'task']), required: z.boolean() })),
  kind: z.enum(['computed', 'manual']),
  periodTypes: z.array(z.enum(periodTypes)),
});

export const target = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  documentId: z.string().nullable(),
  documentTitle: z.string().nullable(),
  year: z.number(),
  text: z.string(),
  subjectKind: z.enum(subjectKinds),
  subjectAssociationType: z.enum(associationTypes).nullable(),
  metricKey: z.string(),
  params: z.record(z.string(), z.string()),
  comparator: z.enum(comparators),
  value: z.number(),
  periodType: z.enum(periodTypes),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Checked here for shape only; what the fields mean together is checked by the domain (422 naming the field). */
const fields = {
  unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ.' }),
  documentId: z.uuid({ error: 'Mã kế hoạch không hợp lệ.' }).nullable(),
  year: z.int({ error: 'Năm phải là số nguyên.' }).min(2000, { error: 'Năm không hợp lệ.' }).max(2100, { error: 'Năm không hợp lệ.' }),
  text: z.string().trim().min(1, { error: 'Cần ghi nội dung chỉ tiêu.' }).max(2000, { error: 'Nội dung chỉ tiêu tối đa 2.000 ký tự.' }),
  subjectKind: z.enum(subjectKinds, { error: 'Đối tượng phải là chi bộ, tổ chức cơ sở đảng, đảng ủy cấp trên cơ sở hoặc đoàn thể.' }),
  subjectAssociationType: z.enum(associationTypes, { error: 'Loại đoàn thể không hợp lệ.' }).nullable(),
  metricKey: z.string().min(1, { error: 'Cần chọn phép đo.' }).max(60),
  params: z.record(z.string(), z.string().max(200)),
  comparator: z.enum(comparators, { error: 'Phép so sánh phải là gte (≥), lte (≤) hoặc eq (=).' }),
  value: z.number({ error: 'Giá trị chỉ tiêu phải là một số.' }),
  periodType: z.enum(periodTypes, { error: 'Kỳ đánh giá phải là tháng, quý, 6 tháng hoặc năm.' }),
};

export const createTargetBody = z.object({ ...fields, documentId: fields.documentId.default(null), subjectAssociationType: fields.subjectAssociationType.default(null), params: fields.params.default({}) });
export const updateTargetBody = z.object(fields).partial();
export const targetListQuery = z.object({ unitId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });

const cell = z.object({ targetId: z.string(), value: z.number().nullable(), numerator: z.number(), denominator: z.number(), status: z.enum(statuses) });

export const matrixQuery = z.object({
  unitId: z.uuid(),
  period: z.string().max(10),
  kind: z.enum(['cell', 'base_committee', 'committee', 'association']).optional(),
  /** Every figure evaluated now, none of the kept ones. */
  fresh: booleanQuery,
});
export const matrixResponse = z.object({
  unit: unitRef,
  period: z.string(),
  periodLabel: z.string(),
  asOf: z.string(),
  /** When the oldest kept figure shown was computed; null when all were computed for this answer. */
  computedAt: z.string().nullable(),
  columns: z.array(
    z.object({
      targetId: z.string(),
      text: z.string(),
      metricKey: z.string(),
      measure: z.enum(['percent', 'count']),
      comparator: z.enum(comparators),
      value: z.number(),
      periodType: z.enum(periodTypes),
      unitName: z.string(),
    }),
  ),
  rows: z.array(z.object({ unit: unitRef.extend({ hasChildren: z.boolean() }), cells: z.array(cell) })),
  total: z.array(cell),
});

export const detailQuery = z.object({ unitId: z.uuid(), period: z.string().max(10), targetId: z.uuid() });
export const detailResponse = z.object({
  target,
  value: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number(),
  status: z.enum(statuses),
  shortfallCount: z.number(),
  shortfall: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), parentName: z.string().nullable(), value: z.number().nullable(), status: z.enum(statuses), numerator: z.number(), denominator: z.number() }),
  ),
  peopleShort: z.number().nullable(),
});

export const trendQuery = z.object({
  unitId: z.uuid(),
  targetId: z.uuid(),
  periods: z
    .string()
    .max(400)
    .transform((text) => text.split(',').map((period) => period.trim()).filter(Boolean)),
});
export const trendResponse = z.object({
  points: z.array(z.object({ period: z.string(), periodLabel: z.string(), value: z.number().nullable(), numerator: z.number(), denominator: z.number(), status: z.enum(statuses) })),
});

export const dutiesQuery = z.object({ unitId: z.uuid(), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Tháng phải có dạng YYYY-MM.' }).optional() });
export const dutiesResponse = z.object({
  unit: unitRef,
  month: z.string(),
  nextMeeting: z.object({ id: z.string(), title: z.string(), startsAt: z.string() }).nullable(),
  papersToApprove: z.array(z.object({ meetingId: z.string(), title: z.string(), kind: z.enum(['paper', 'minutes']) })),
  reportsDue: z.array(z.object({ reportId: z.string().nullable(), templateId: z.string(), templateName: z.string(), period: z.string(), deadline: z.string(), state: z.string() })),
  tasksDue: z.array(z.object({ assignmentId: z.string(), title: z.string(), dueOn: z.string().nullable(), status: z.string() })),
  alerts: z.array(z.object({ targetId: z.string(), text: z.string(), status: z.enum(['amber', 'red']), message: z.string() })),
});
