import { sql } from 'kysely';
import type { Executor } from './queries.ts';

export interface ComplianceRow {
  is_cell: boolean;
  id: string;
  name: string;
  kind: string;
  path: string;
  parent_id: string | null;
  /** Bit m−1 set when a regular meeting was held in month m. */
  regular_bits: number;
  /** Bit q−1 set when a thematic meeting was held in quarter q. */
  thematic_bits: number;
  invited: number;
  attended: number;
  papers: number;
  papers_late: number;
}

/**
 * Everything the compliance view needs for a node and a year in one statement: each cell under
 * the node (a cell, or a base organization without cells, which meets as one) with the months
 * and quarters in which it held its meetings, its attendance counts and its late papers; and
 * every committee or base organization on the way, for the totals per level. A paper counts as
 * late when it was sent after its deadline, or is still unsent once the deadline has passed.
 */
export async function selectCompliance(db: Executor, p: { tenantId: string; path: string; year: number; from: Date; to: Date; today: string }) {
  const result = await sql<ComplianceRow>`
    WITH units AS (
      SELECT u.id, u.name, u.kind, u.path, u.parent_id,
             (u.kind = 'cell' OR (u.kind = 'base_committee' AND NOT EXISTS (
               SELECT 1 FROM org_units c WHERE c.parent_id = u.id AND c.kind = 'cell' AND c.is_active))) AS is_cell
      FROM org_units u
      WHERE u.tenant_id = ${p.tenantId} AND u.path <@ ${p.path}::ltree AND u.is_active
        AND u.kind IN ('committee', 'base_committee', 'cell')
    ), held AS (
      SELECT m.unit_id,
             coalesce(bit_or(1 << (extract(month FROM m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - 1)) FILTER (WHERE m.kind = 'regular_cell'), 0) AS regular_bits,
             coalesce(bit_or(1 << (extract(quarter FROM m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - 1)) FILTER (WHERE m.kind = 'thematic_cell'), 0) AS thematic_bits,
             sum(m.invited_count)::int AS invited,
             sum(m.attended_count)::int AS attended
      FROM meetings m
      JOIN units c ON c.id = m.unit_id AND c.is_cell
      WHERE m.tenant_id = ${p.tenantId} AND m.status = 'held' AND m.starts_at >= ${p.from} AND m.starts_at < ${p.to}
      GROUP BY m.unit_id
    ), papers AS (
      SELECT t.unit_id, count(*)::int AS papers,
             count(*) FILTER (WHERE t.sent_late OR (
               t.sent_on IS NULL AND t.state IN ('decided', 'drafting', 'submitted', 'returned', 'approved')
               AND coalesce(CASE WHEN m.status <> 'cancelled' THEN (m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END, t.planned_on)
                   - coalesce(m.send_days_before, 3) < ${p.today}::date))::int AS papers_late
      FROM thematic_topics t
      JOIN units c ON c.id = t.unit_id AND c.is_cell
      LEFT JOIN meetings m ON m.id = t.meeting_id
      WHERE t.tenant_id = ${p.tenantId} AND t.year = ${p.year}
      GROUP BY t.unit_id
    )
    SELECT u.is_cell, u.id, u.name, u.kind, u.path::text AS path, u.parent_id,
           coalesce(h.regular_bits, 0) AS regular_bits, coalesce(h.thematic_bits, 0) AS thematic_bits,
           coalesce(h.invited, 0) AS invited, coalesce(h.attended, 0) AS attended,
           coalesce(pp.papers, 0) AS papers, coalesce(pp.papers_late, 0) AS papers_late
    FROM units u
    LEFT JOIN held h ON h.unit_id = u.id
    LEFT JOIN papers pp ON pp.unit_id = u.id
    ORDER BY u.path`.execute(db);
  return result.rows;
}
