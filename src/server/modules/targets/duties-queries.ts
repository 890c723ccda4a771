import { sql } from 'kysely';
import type { Executor } from '../reports/queries.ts';

/** The unit's next meeting that has not started. */
export function findNextMeeting(db: Executor, unitId: string) {
  return db
    .selectFrom('meetings')
    .select(['id', 'title', 'starts_at'])
    .where('unit_id', '=', unitId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>=', sql<Date>`now()`)
    .orderBy('starts_at')
    .limit(1)
    .executeTakeFirst();
}

/** Thematic papers sent for review and minutes of held meetings still in draft, of the unit. */
export async function selectAwaitingApproval(db: Executor, unitId: string) {
  const papers = await db
    .selectFrom('topic_papers as p')
    .innerJoin('thematic_topics as t', 't.id', 'p.topic_id')
    .select(['t.meeting_id', 't.title'])
    .where('t.unit_id', '=', unitId)
    .where('p.review', '=', 'pending')
    .where('t.meeting_id', 'is not', null)
    .orderBy('p.created_at')
    .execute();
  const minutes = await db
    .selectFrom('minutes as mi')
    .innerJoin('meetings as m', 'm.id', 'mi.meeting_id')
    .select(['m.id as meeting_id', 'm.title'])
    .where('m.unit_id', '=', unitId)
    .where('m.status', '=', 'held')
    .where('mi.status', '=', 'draft')
    .orderBy('m.starts_at')
    .execute();
  return [
    ...papers.map((row) => ({ meetingId: row.meeting_id!, title: `Dự thảo chuyên đề: ${row.title}`, kind: 'paper' as const })),
    ...minutes.map((row) => ({ meetingId: row.meeting_id, title: `Biên bản: ${row.title}`, kind: 'minutes' as const })),
  ];
}

/** Work the unit leads or takes part in that is not done and falls due by the end of the month (overdue included). */
export function selectTasksDue(db: Executor, unitId: string, monthEnd: string, limit: number) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .innerJoin('documents as d', 'd.id', 'a.document_id')
    .select(['a.id', 't.title', 'a.due_on', 'a.status'])
    .where('a.unit_id', '=', unitId)
    .where('a.status', '<>', 'done')
    .where('a.due_on', '<=', monthEnd)
    .where('d.status', '=', 'issued')
    .orderBy('a.due_on')
    .orderBy('a.id')
    .limit(limit)
    .execute();
}
