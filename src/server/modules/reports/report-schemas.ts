import { z } from 'zod';
import { reportActions, reportStates } from '../../../domain/reports/workflow.ts';
import { unitKinds } from '../../../domain/unit-kinds.ts';
import { definitionSchema } from './schemas.ts';

/** The request and response shapes of the reports themselves (the templates' are in schemas.ts). */

const periodText = z.string().trim().min(1, { error: 'Chưa chọn kỳ báo cáo.' }).max(20);
const comment = z.string().trim().max(5000);

export const expectedStatus = z.enum(['on_time', 'late', 'overdue', 'pending']);

/** One report a unit owes: template × unit × period, whether started or not. */
export const dueReport = z.object({
  templateId: z.string(),
  templateName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  deadline: z.string(),
  reportId: z.string().nullable(),
  state: z.enum(reportStates).nullable(),
  status: expectedStatus,
});

export const dueQuery = z.object({ unitId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });

export const openReportBody = z.object({ templateId: z.uuid({ error: 'Chưa chọn mẫu báo cáo.' }), unitId: z.uuid({ error: 'Chưa chọn đơn vị.' }), period: periodText });

const valueError = z.object({ path: z.array(z.union([z.string(), z.number()])), label: z.string(), message: z.string() });
const storedFile = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), sizeBytes: z.number() });
const historyEntry = z.object({ action: z.string(), at: z.string(), by: z.string().nullable(), comment: z.string().nullable() });

export const reportDetail = z.object({
  id: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  /** The template version the report is filled on, and its definition. */
  version: z.number(),
  definition: definitionSchema,
  unitId: z.string(),
  unitName: z.string(),
  receiverUnitId: z.string(),
  receiverUnitName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  deadline: z.string(),
  state: z.enum(reportStates),
  status: expectedStatus,
  values: z.record(z.string(), z.unknown()),
  /** What a submission would refuse in the current values (empty when it can be submitted). */
  errors: z.array(valueError),
  /** Fields whose value the platform filled in from what it records. */
  prefilled: z.array(z.string()),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The last return comment or reopening reason. */
  comment: z.string().nullable(),
  actions: z.array(z.enum(reportActions)),
  /** Reports of reporting units below that are not approved yet (an approval must accept the gap). */
  missingBelow: z.number(),
  files: z.array(storedFile),
  history: z.array(historyEntry),
  updatedAt: z.string(),
});

export const saveDraftBody = z.object({ values: z.record(z.string(), z.unknown(), { error: 'Dữ liệu báo cáo phải là một bảng giá trị theo mã trường.' }) });
export const submitBody = z.object({ values: saveDraftBody.shape.values.optional() });
export const returnBody = z.object({ comment: comment.min(1, { error: 'Cần ghi ý kiến khi trả lại báo cáo.' }) });
export const approveBody = z.object({ acceptGap: z.boolean().default(false) });
export const reopenBody = z.object({ reason: comment.min(1, { error: 'Cần ghi lý do mở lại báo cáo đã duyệt.' }) });
export const reportFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

/** Reports received by a unit (or any unit under it), for collecting and approving. */
export const receivedQuery = z.object({
  unitId: z.uuid(),
  state: z.enum(reportStates).optional(),
  templateId: z.uuid().optional(),
  period: periodText.optional(),
});

export const reportListItem = z.object({
  id: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  receiverUnitName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  deadline: z.string(),
  state: z.enum(reportStates),
  status: expectedStatus,
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
});

export const rollupQuery = z.object({ templateId: z.uuid({ error: 'Chưa chọn mẫu báo cáo.' }), unitId: z.uuid({ error: 'Chưa chọn đơn vị.' }), period: periodText });

const tally = z.object({
  expected: z.number(),
  submitted: z.number(),
  onTime: z.number(),
  late: z.number(),
  missing: z.number(),
  overdue: z.number(),
  completeness: z.number().nullable(),
  timeliness: z.number().nullable(),
});

const fieldAggregate = z.object({
  key: z.string(),
  label: z.string(),
  method: z.string(),
  value: z.number().nullable(),
  contributors: z.number(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
});
const columnTotals = z.object({ rows: z.number(), reports: z.number(), totals: z.record(z.string(), z.number()) });
const tableAggregate = columnTotals.extend({
  key: z.string(),
  label: z.string(),
  byOption: z.object({ column: z.string(), groups: z.array(columnTotals.extend({ value: z.string(), label: z.string() })) }).optional(),
});
const aggregate = z.object({ reports: z.number(), fields: z.array(fieldAggregate), tables: z.array(tableAggregate) });

const owedReport = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** Cells share names ("Chi bộ Văn phòng"): the unit above tells them apart. */
  parentName: z.string().nullable(),
  deadline: z.string(),
  status: expectedStatus,
  daysLate: z.number(),
  reportId: z.string().nullable(),
});

export const rollupView = z.object({
  template: z.object({ id: z.string(), name: z.string(), version: z.number(), periodType: z.string() }),
  unit: z.object({ id: z.string(), name: z.string(), kind: z.enum(unitKinds) }),
  period: z.string(),
  periodLabel: z.string(),
  deadline: z.string(),
  /** Submitted and approved reports of the whole subtree, aggregated by the latest version's rules. */
  aggregate,
  /** How many of the aggregated reports are approved. */
  approved: z.number(),
  completeness: z.object({
    overall: tally,
    byLevel: z.array(z.object({ depth: z.number(), tally })),
    /** Who has not submitted and who submitted late (at most 500 of each; the totals are in `overall`). */
    missing: z.array(owedReport),
    late: z.array(owedReport),
  }),
  /** The node's own report, when it is a reporting unit. */
  own: z.object({ reportId: z.string().nullable(), state: z.enum(reportStates).nullable(), status: expectedStatus }).nullable(),
  /** Drill-down: each child subtree with reporting units, its completeness and its figures. */
  children: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      kind: z.enum(unitKinds),
      tally,
      fields: z.array(fieldAggregate),
      reportId: z.string().nullable(),
      state: z.enum(reportStates).nullable(),
    }),
  ),
});

export const reviewKinds = ['so_ket', 'tong_ket'] as const;
const reviewSection = z.object({ heading: z.string().trim().min(1, { error: 'Tiêu đề mục không được để trống.' }).max(300), text: z.string().max(100_000) });

export const createReviewBody = z.object({
  unitId: z.uuid({ error: 'Chưa chọn đơn vị.' }),
  templateId: z.uuid({ error: 'Chưa chọn mẫu báo cáo.' }),
  kind: z.enum(reviewKinds, { error: 'Chọn sơ kết hoặc tổng kết.' }),
  fromPeriod: periodText,
  toPeriod: periodText,
});
export const updateReviewBody = z.object({
  title: z.string().trim().min(1, { error: 'Tiêu đề không được để trống.' }).max(500),
  sections: z.array(reviewSection).min(1, { error: 'Văn bản cần ít nhất một mục.' }).max(100),
  updatedAt: z.string().optional(),
});

export const reviewSummary = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  kind: z.enum(reviewKinds),
  title: z.string(),
  fromPeriod: z.string(),
  toPeriod: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const reviewDetail = reviewSummary.extend({
  sections: z.array(reviewSection),
  /** The rolled-up figures of the span, for the review's table and its .xlsx. */
  figures: aggregate,
  allowed: z.object({ edit: z.boolean() }),
});
export const reviewListQuery = z.object({ unitId: z.uuid() });
