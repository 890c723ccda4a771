import { z } from 'zod';
import { topicActions, topicStates } from '../../../domain/thematic-workflow.ts';
import { isoDate } from '../../http/schemas.ts';
import { warning } from './schemas.ts';

const year = z.number().int().min(2000).max(2200);
const title = z.string().trim().min(1, 'Tên chuyên đề không được để trống.').max(1000, 'Tên chuyên đề tối đa 1000 ký tự.');
const longText = (name: string) => z.string().trim().min(1, `${name} không được để trống.`).max(50_000, `${name} quá dài.`);

export const proposeTopicsBody = z.object({
  unitId: z.uuid(),
  year,
  topics: z
    .array(z.object({ quarter: z.number().int().min(1).max(4), title: title.optional(), catalogueItemId: z.uuid().optional(), plannedOn: isoDate.optional() }))
    .min(1, 'Chọn ít nhất một chuyên đề.')
    .max(12),
});

export const patchTopicBody = z.object({ title: title.optional(), quarter: z.number().int().min(1).max(4).optional(), plannedOn: isoDate.nullable().optional() });
export const decideBody = z.object({ title: title.optional(), plannedOn: isoDate.optional() }).optional();
export const draftersBody = z.object({ personIds: z.array(z.uuid()).min(1, 'Phân công ít nhất một đảng viên.').max(20) });
export const paperBody = z.object({ body: z.string().max(500_000, 'Nội dung quá dài.') });
export const returnBody = z.object({ comment: z.string().trim().max(10_000) });
export const approveBody = z.object({ comment: z.string().trim().max(10_000).optional() }).optional();
export const sendBody = z.object({ meetingId: z.uuid().optional() }).optional();
export const recordBody = z.object({ evaluation: longText('Đánh giá việc chuẩn bị'), conclusion: longText('Kết luận') });

const personRef = z.object({ id: z.string(), fullName: z.string() });

export const topicSummary = z.object({
  id: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  quarter: z.number(),
  title: z.string(),
  catalogueItem: z.object({ id: z.string(), title: z.string(), section: z.string() }).nullable(),
  state: z.enum(topicStates),
  stateLabel: z.string(),
  plannedOn: z.string().nullable(),
  meeting: z.object({ id: z.string(), startsAt: z.string(), status: z.enum(['scheduled', 'held', 'cancelled']) }).nullable(),
  drafters: z.array(personRef),
  /** The last day the approved draft should reach the members. */
  sendBy: z.string().nullable(),
  sentOn: z.string().nullable(),
  sentLate: z.boolean().nullable(),
  reportedAt: z.string().nullable(),
});

const fileView = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), sizeBytes: z.number(), uploadedAt: z.string() });

export const paperView = z.object({
  id: z.string(),
  kind: z.enum(['draft', 'final']),
  version: z.number(),
  body: z.string(),
  review: z.enum(['pending', 'returned', 'approved', 'none']),
  reviewComment: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  createdAt: z.string(),
  files: z.array(fileView),
});

export const topicDetail = topicSummary.extend({
  evaluation: z.string().nullable(),
  conclusion: z.string().nullable(),
  reportedTo: z.object({ id: z.string(), name: z.string() }).nullable(),
  papers: z.array(paperView),
  capacities: z.array(z.enum(['leadership', 'drafter', 'member'])),
  allowed: z.object({ actions: z.array(z.enum(topicActions)), edit: z.boolean() }),
});

export const topicWithWarnings = z.object({ topic: topicDetail, warnings: z.array(warning) });

export const topicList = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  quartersWithoutTopic: z.array(z.number()),
  topics: z.array(topicSummary),
  allowed: z.object({ propose: z.boolean() }),
});

export const catalogueItemView = z.object({
  id: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  section: z.string(),
  position: z.number(),
  title: z.string(),
  documentId: z.string().nullable(),
});

export const catalogueItemBody = z.object({
  unitId: z.uuid(),
  year,
  section: z.string().trim().min(1, 'Cần tên nhóm chuyên đề.').max(300),
  title,
  position: z.number().int().min(1).max(10_000).optional(),
  documentId: z.uuid().nullable().optional(),
});

export const patchCatalogueItemBody = z.object({ section: z.string().trim().min(1).max(300).optional(), title: title.optional(), position: z.number().int().min(1).max(10_000).optional() });

export const topicReportView = topicSummary.extend({ reportedTo: z.object({ id: z.string(), name: z.string() }).nullable(), conclusion: z.string().nullable() });
