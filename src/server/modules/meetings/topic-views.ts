import { topicStateLabels } from '../../../domain/thematic-workflow.ts';
import { defaultSendDaysBefore } from '../../../domain/thematic-workflow.ts';
import { vietnamDate } from './times.ts';
import type * as tq from './topic-queries.ts';

type DrafterRow = Awaited<ReturnType<typeof tq.selectDrafters>>[number];
type PaperRow = Awaited<ReturnType<typeof tq.selectPapers>>[number];
type PaperFileRow = Awaited<ReturnType<typeof tq.selectPaperFiles>>[number];

/** The day of the topic's meeting: the scheduled meeting if there is one, else the planned date. */
export const meetingDayOf = (topic: tq.TopicRecord) => (topic.meeting_starts_at && topic.meeting_status !== 'cancelled' ? vietnamDate(topic.meeting_starts_at) : topic.planned_on);

export const sendDaysOf = (topic: tq.TopicRecord) => (topic.meeting_id && topic.meeting_send_days_before !== null ? topic.meeting_send_days_before : defaultSendDaysBefore);

/** The last day to send the approved draft: N days before the meeting (09-HD/ĐUK: "gửi cho đảng viên trước khi tổ chức sinh hoạt"). */
export function sendByOf(topic: tq.TopicRecord): string | null {
  const day = meetingDayOf(topic);
  if (!day) return null;
  const deadline = new Date(`${day}T00:00:00Z`);
  deadline.setUTCDate(deadline.getUTCDate() - sendDaysOf(topic));
  return deadline.toISOString().slice(0, 10);
}

export function toTopicSummary(topic: tq.TopicRecord, drafters: DrafterRow[]) {
  return {
    id: topic.id,
    unit: { id: topic.unit_id, name: topic.unit_name },
    year: topic.year,
    quarter: topic.quarter,
    title: topic.title,
    catalogueItem: topic.catalogue_item_id ? { id: topic.catalogue_item_id, title: topic.catalogue_title ?? '', section: topic.catalogue_section ?? '' } : null,
    state: topic.state,
    stateLabel: topicStateLabels[topic.state],
    plannedOn: topic.planned_on,
    meeting: topic.meeting_id && topic.meeting_starts_at ? { id: topic.meeting_id, startsAt: topic.meeting_starts_at.toISOString(), status: topic.meeting_status! } : null,
    drafters: drafters.filter((row) => row.topic_id === topic.id).map((row) => ({ id: row.id, fullName: row.full_name })),
    sendBy: sendByOf(topic),
    sentOn: topic.sent_on,
    sentLate: topic.sent_late,
    reportedAt: topic.reported_at?.toISOString() ?? null,
  };
}

export function toPaperView(paper: PaperRow, files: PaperFileRow[]) {
  return {
    id: paper.id,
    kind: paper.kind,
    version: paper.version,
    body: paper.body,
    review: paper.review,
    reviewComment: paper.review_comment,
    reviewedBy: paper.reviewed_by_name,
    reviewedAt: paper.reviewed_at?.toISOString() ?? null,
    submittedBy: paper.submitted_by_name,
    createdAt: paper.created_at.toISOString(),
    files: files
      .filter((file) => file.topic_paper_id === paper.id)
      .map((file) => ({ id: file.id, filename: file.filename, contentType: file.content_type, sizeBytes: file.size_bytes, uploadedAt: file.created_at.toISOString() })),
  };
}
