import { formatDayMonthYear } from '../../../domain/periods.ts';
import type { MeetingKind } from '../../../domain/meeting-kinds.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { notFound, unprocessable } from '../../http/errors.ts';
import * as q from './queries.ts';
import { vietnamDate } from './times.ts';
import * as tq from './topic-queries.ts';

/** The states in which a topic still waits for its meeting. */
const beforeMeeting = new Set(['proposed', 'decided', 'drafting', 'submitted', 'returned', 'approved', 'sent']);

/** Quarter (1–4) of an ISO date. */
export const quarterOfDate = (date: string) => Math.ceil(Number(date.slice(5, 7)) / 3);

/** The planned date must lie in the topic's year and quarter ("01 lần/01 quý"). */
export function checkPlannedDate(date: string, year: number, quarter: number) {
  if (Number(date.slice(0, 4)) !== year || quarterOfDate(date) !== quarter) throw unprocessable('topic_date_outside', { date: formatDayMonthYear(date), quarter, year });
}

/**
 * Makes `meeting` the thematic meeting of the topic: both point at each other and the topic's
 * planned date becomes the meeting's date. Only a thematic meeting of the topic's own cell qualifies.
 */
export async function linkTopicToMeeting(tx: Tx, ctx: ServiceContext, topicId: string, meeting: { id: string; unitId: string; kind: MeetingKind; startsAt: Date }) {
  const topic = await tq.lockTopic(tx, ctx.actor.tenantId, topicId);
  if (!topic) throw notFound('topic');
  if (topic.unit_id !== meeting.unitId || meeting.kind !== 'thematic_cell' || !beforeMeeting.has(topic.state)) throw unprocessable('topic_meeting_invalid');
  const plannedOn = vietnamDate(meeting.startsAt);
  checkPlannedDate(plannedOn, topic.year, topic.quarter);
  if (topic.meeting_id && topic.meeting_id !== meeting.id) await q.updateMeeting(tx, topic.meeting_id, { topic_id: null });
  await tq.updateTopic(tx, topic.id, { meeting_id: meeting.id, planned_on: plannedOn });
  await q.updateMeeting(tx, meeting.id, { topic_id: topic.id });
}
