import { z } from 'zod';
import { documentStatuses } from '../../../domain/documents.ts';
import { parsePeriod } from '../../../domain/periods.ts';
import { rollupMethods } from '../../../domain/rollup.ts';
import { assignmentRoles } from '../../../domain/task-schedule.ts';
import { progressStatuses } from '../../../domain/task-status.ts';
import { fileView } from '../documents/schemas.ts';
import { taskView } from '../plans/schemas.ts';
import { booleanQuery, isoDate } from '../../http/schemas.ts';

export const dueStates = ['overdue', 'due_soon', 'upcoming', 'undated', 'done'] as const;

export const inboxQuery = z.object({
  unitId: z.uuid().optional(),
  scope: z.enum(['own', 'subtree']).optional(),
  dueState: z.enum(dueStates).optional(),
  status: z.enum(progressStatuses).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  period: z
    .string()
    .refine((value) => parsePeriod(value) !== null, 'Kỳ viết như 2026, 2026-H1, 2026-Q3 hoặc 2026-07.')
    .optional(),
  documentId: z.uuid().optional(),
  acknowledged: booleanQuery,
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

const figure = z.object({ percent: z.number().nullable(), done: z.number(), total: z.number() });

const timeframe = taskView.shape.timeframe;

/** Where an assignment stands; every view of one carries this (the follow-ups of minutes too). */
export const assignmentState = {
  id: z.string(),
  period: z.string().nullable(),
  dueOn: z.string().nullable(),
  dueState: z.enum(dueStates),
  status: z.enum(progressStatuses),
  percent: z.number(),
  acknowledgedAt: z.string().nullable(),
  lastReportedAt: z.string().nullable(),
};

export const assignmentItem = z.object({
  ...assignmentState,
  role: z.enum(assignmentRoles),
  startOn: z.string().nullable(),
  task: z.object({ id: z.string(), code: z.string(), title: z.string(), timeframeText: z.string().nullable() }),
  document: z.object({ id: z.string(), numberLine: z.string().nullable(), title: z.string(), issuerName: z.string() }),
  unit: z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable() }),
  allowed: z.object({ acknowledge: z.boolean(), report: z.boolean(), remind: z.boolean() }),
});

const dueCounts = z.object({ overdue: z.number(), due_soon: z.number(), upcoming: z.number(), undated: z.number(), done: z.number(), unacknowledged: z.number() });

export const inboxPage = z.object({ items: z.array(assignmentItem), hasMore: z.boolean(), counts: dueCounts });

export const progressReportView = z.object({
  id: z.string(),
  status: z.enum(progressStatuses),
  percent: z.number(),
  note: z.string(),
  evidenceLinks: z.array(z.string()),
  reportedOn: z.string(),
  reportedBy: z.string().nullable(),
  createdAt: z.string(),
  files: z.array(fileView),
});

/** A task of a lower unit's plan that implements a task (the plan's number and title, its issuer). */
const implementer = z.object({
  taskId: z.string(),
  taskCode: z.string(),
  documentId: z.string(),
  documentStatus: z.enum(documentStatuses),
  numberLine: z.string().nullable(),
  title: z.string(),
  unitName: z.string(),
});

export const assignmentDetail = assignmentItem.extend({
  task: assignmentItem.shape.task.extend({ description: z.string(), timeframe }),
  reports: z.array(progressReportView),
  implementedBy: z.array(implementer),
  /** Implementing plans the caller may not read: counted, not shown. */
  implementedByHidden: z.number(),
});

const evidenceLink = z
  .url({ protocol: /^https?$/, error: 'Liên kết minh chứng phải là địa chỉ http(s)://…' })
  .max(2000, 'Liên kết tối đa 2000 ký tự.');

export const progressBody = z.object({
  status: z.enum(progressStatuses),
  percent: z.number().optional(),
  note: z.string().trim().max(5000, 'Ghi chú tối đa 5000 ký tự.').optional(),
  evidenceLinks: z.array(evidenceLink).max(20, 'Tối đa 20 liên kết minh chứng.').optional(),
  reportedOn: isoDate.optional(),
});

export const boardView = z.object({
  document: z.object({ id: z.string(), numberLine: z.string().nullable(), title: z.string(), status: z.enum(documentStatuses), rollupMethod: z.enum(rollupMethods), rollupLabel: z.string() }),
  figure,
  tasks: z.array(
    z.object({
      id: z.string(),
      parentId: z.string().nullable(),
      code: z.string(),
      title: z.string(),
      timeframe,
      depth: z.number(),
      figure,
      units: z.array(
        z.object({
          unitId: z.string(),
          name: z.string(),
          shortName: z.string().nullable(),
          role: z.enum(assignmentRoles),
          assignments: z.array(z.object(assignmentState)),
        }),
      ),
      implementedBy: z.array(implementer.extend({ figure })),
      implementedByHidden: z.number(),
    }),
  ),
});

const cascadeAssignment = z.object({ ...assignmentState, unitId: z.string(), unitName: z.string() });

export interface CascadeNodeView {
  taskId: string;
  code: string;
  title: string;
  documentId: string;
  documentStatus: (typeof documentStatuses)[number];
  numberLine: string | null;
  issuerName: string;
  edge: 'root' | 'subtask' | 'implements';
  figure: z.infer<typeof figure>;
  assignments: z.infer<typeof cascadeAssignment>[];
  children: CascadeNodeView[];
  implementedByHidden: number;
}

const cascadeNode: z.ZodType<CascadeNodeView> = z.lazy(() =>
  z.object({
    taskId: z.string(),
    code: z.string(),
    title: z.string(),
    documentId: z.string(),
    documentStatus: z.enum(documentStatuses),
    numberLine: z.string().nullable(),
    issuerName: z.string(),
    edge: z.enum(['root', 'subtask', 'implements']),
    figure,
    assignments: z.array(cascadeAssignment),
    children: z.array(cascadeNode),
    implementedByHidden: z.number(),
  }),
);

const pendingUnit = z.object({ unitId: z.string(), unitName: z.string(), assignmentId: z.string(), taskId: z.string(), taskCode: z.string(), documentId: z.string(), period: z.string().nullable(), dueOn: z.string().nullable() });

export const cascadeView = z.object({
  lineage: z.array(
    z.object({ taskId: z.string(), code: z.string(), title: z.string(), documentId: z.string(), numberLine: z.string().nullable(), documentTitle: z.string(), issuerName: z.string() }),
  ),
  tree: cascadeNode,
  pending: z.object({ notAcknowledged: z.array(pendingUnit), notReported: z.array(pendingUnit) }),
});

export const implementBody = z.object({
  unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ.' }),
  title: z.string().trim().min(1, 'Trích yếu không được để trống.').max(1000, 'Trích yếu tối đa 1000 ký tự.').optional(),
});

export const linkBody = z.object({ taskId: z.uuid({ error: 'Mã nhiệm vụ không hợp lệ.' }).nullable() });
