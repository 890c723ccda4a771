import { sql } from 'kysely';
import type { MeetingKind } from '../../../../domain/meeting-kinds.ts';
import type { Executor } from '../../reports/queries.ts';
import { type MetricQuery, type SubjectRow, subjectsCte, toNumber, vietnamDayEnd, vietnamDayStart } from './types.ts';

/**
 * Held cell meetings of one kind per cell and per judged period, up to the cut-off. A meeting
 * belongs to the period of its Vietnam day; the period is found as the number of period starts
 * on or before that day. Cancelled and merely scheduled meetings do not count.
 */
export async function meetingCounts(db: Executor, query: MetricQuery, kind: MeetingKind): Promise<SubjectRow[]> {
  const starts = query.window.periods.map((period) => period.start);
  const result = await sql<{ id: string; row_label: string | null; bucket: number | null; held: string }>`
    WITH ${subjectsCte(query, { withMembers: true })},
    held AS (
      SELECT m.unit_id, (SELECT count(*) FROM unnest(${starts}::date[]) AS s(day) WHERE s.day <= (m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::int AS bucket
      FROM meetings m
      JOIN subjects s ON s.id = m.unit_id
      WHERE m.tenant_id = ${query.tenantId} AND m.kind = ${kind} AND m.status = 'held'
        AND m.starts_at >= ${vietnamDayStart(query.window.start)} AND m.starts_at < ${vietnamDayEnd(query.window.cutoff)}
    )
    SELECT s.id, s.row_label, h.bucket, count(h.unit_id) AS held
    FROM subjects s LEFT JOIN held h ON h.unit_id = s.id
    GROUP BY s.id, s.row_label, h.bucket`.execute(db);

  const byUnit = new Map<string, SubjectRow>();
  for (const row of result.rows) {
    let subject = byUnit.get(row.id);
    if (!subject) {
      subject = { unitId: row.id, rowLabel: row.row_label, counts: starts.map(() => 0), numerator: 0, denominator: 0 };
      byUnit.set(row.id, subject);
    }
    if (row.bucket !== null && row.bucket >= 1) subject.counts![row.bucket - 1] = toNumber(row.held);
  }
  return [...byUnit.values()];
}
