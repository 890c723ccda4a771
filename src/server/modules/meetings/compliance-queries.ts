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
 * every committee or base organization on the way, for the totals per level. Held meetings come
 * from their totals per unit and year (migration 0009). A paper counts as late when it was sent
 * after its deadline, or is still unsent once the deadline has passed.
 */
export async function selectCompliance(db: Executor, p: { tenantId: string; path: string; year: number; today: string }) {
  const result = await sql<ComplianceRow>`
    WITH units AS (
      SELECT u.id, u.name, u.kind, u.path, u.parent_id,
             (u.kind = 'cell' OR (u.kind = 'base_committee' AND NOT EXISTS (
               SELECT 1 FROM org_units c WHERE c.parent_id = u.id AND c.kind = 'cell' AND c.is_active))) AS is_cell
      FROM org_units u
      WHERE u.tenant_id = ${p.tenantId} AND u.path <@ ${p.path}::ltree AND u.is_active
        AND u.kind IN ('committee', 'base_committee', 'cell')
    ), held AS (
      SELECT y.unit_id, y.regular_months AS regular_bits, y.thematic_quarters AS thematic_bits, y.invited, y.attended
      FROM meeting_year_totals y
      JOIN units c ON c.id = y.unit_id AND c.is_cell
      WHERE y.tenant_id = ${p.tenantId} AND y.year = ${p.year}
    ), papers AS (
      SELECT t.unit_id, count(*)::int AS papers,
             count(*) FILTER (WHERE CASE
               WHEN t.sent_late THEN true
               WHEN t.sent_on IS NOT NULL OR t.state NOT IN ('decided', 'drafting', 'submitted', 'returned', 'approved') THEN false
               -- Unsent: look up the meeting (by its key) only for these few topics.
               ELSE coalesce((SELECT CASE WHEN m.status <> 'cancelled' THEN (m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END FROM meetings m WHERE m.id = t.meeting_id), t.planned_on)
                    - coalesce((SELECT m.send_days_before FROM meetings m WHERE m.id = t.meeting_id), 3) < ${p.today}::date
             END)::int AS papers_late
      FROM thematic_topics t
      JOIN units c ON c.id = t.unit_id AND c.is_cell
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
