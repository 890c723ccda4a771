import { type RawBuilder, sql } from 'kysely';
import type { EvaluationWindow } from '../../../../domain/targets/window.ts';
import type { SubjectFigure } from '../../../../domain/targets/evaluate.ts';
import type { SubjectKind } from '../../../../domain/targets/metrics.ts';
import type { AssociationType } from '../../../../domain/unit-kinds.ts';
import type { Executor } from '../../reports/queries.ts';

/** What a metric is asked: the node, which of its units it measures, the days judged and the target's params. */
export interface MetricQuery {
  tenantId: string;
  nodePath: string;
  subjectKind: SubjectKind;
  subjectAssociationType: AssociationType | null;
  window: EvaluationWindow;
  params: Record<string, string>;
  /** Units with the same figure under the same child of the node come as one row with their number. */
  grouped: boolean;
}

/** One measured unit (or a group of them, see `grouped`): its figure and the node's child it lies under (null: the node itself). */
export interface SubjectRow extends SubjectFigure {
  rowLabel: string | null;
}

export type MetricEvaluator = (db: Executor, query: MetricQuery) => Promise<SubjectRow[]>;

/**
 * The units a target is about, active ones under the node, each with the label of the node's
 * child it lies under (path labels are unit ids without dashes). A cell is a chi bộ, or a base
 * organization without active cells, which meets as one (as the meetings' compliance counts
 * it). `withMembers` leaves out units nobody belongs to: they hold no meetings to count.
 */
export function subjectsCte(query: MetricQuery, options: { withMembers?: boolean } = {}): RawBuilder<unknown> {
  const depth = query.nodePath.split('.').length;
  const kind =
    query.subjectKind === 'cell'
      ? sql`(u.kind = 'cell' OR (u.kind = 'base_committee' AND NOT EXISTS (SELECT 1 FROM org_units c WHERE c.parent_id = u.id AND c.kind = 'cell' AND c.is_active)))`
      : query.subjectKind === 'association'
        ? query.subjectAssociationType
          ? sql`u.kind = 'association' AND u.association_type = ${query.subjectAssociationType}`
          : sql`u.kind = 'association'`
        : sql`u.kind = ${query.subjectKind}`;
  const members = options.withMembers
    ? query.subjectKind === 'association'
      ? sql`AND u.direct_association_members > 0`
      : sql`AND (u.direct_party_members > 0 OR u.kind <> 'cell' AND u.kind <> 'base_committee')`
    : sql``;
  return sql`subjects AS (
    SELECT u.id, CASE WHEN nlevel(u.path) > ${depth} THEN subpath(u.path, ${depth}, 1)::text END AS row_label
    FROM org_units u
    WHERE u.tenant_id = ${query.tenantId} AND u.path <@ ${query.nodePath}::ltree AND u.is_active AND ${kind} ${members}
  )`;
}

/**
 * Each subject (see `subjectsCte`, with members) as id, row_label and the named figures of its
 * held meetings of one kind in the window: `aggregate` is over the meetings `m`, `empty` is the
 * figure of a subject that held none. Below a tenant's root the meetings are joined to the
 * subjects, which reads only theirs. At the root, where every meeting of the tenant lies under
 * the node, they are first aggregated per unit without any join and then matched to the
 * subjects: half the time over 20,000 cells (the figures are the same either way).
 */
export function heldMeetingFigures(query: MetricQuery, kind: string, figures: Record<string, { aggregate: RawBuilder<unknown>; empty: RawBuilder<unknown> }>): RawBuilder<unknown> {
  const names = Object.keys(figures);
  const held = sql`m.tenant_id = ${query.tenantId} AND m.kind = ${kind} AND m.status = 'held'
    AND m.starts_at >= ${vietnamDayStart(query.window.start)} AND m.starts_at < ${vietnamDayEnd(query.window.cutoff)}`;
  if (query.nodePath.includes('.')) {
    return sql`
      WITH ${subjectsCte(query, { withMembers: true })}
      SELECT s.id, s.row_label, ${sql.join(names.map((name) => sql`coalesce(${figures[name]!.aggregate}, ${figures[name]!.empty}) AS ${sql.ref(name)}`))}
      FROM subjects s LEFT JOIN meetings m ON m.unit_id = s.id AND ${held}
      GROUP BY s.id, s.row_label`;
  }
  return sql`
    WITH ${subjectsCte(query, { withMembers: true })},
    held AS (SELECT m.unit_id, ${sql.join(names.map((name) => sql`${figures[name]!.aggregate} AS ${sql.ref(name)}`))} FROM meetings m WHERE ${held} GROUP BY m.unit_id)
    SELECT s.id, s.row_label, ${sql.join(names.map((name) => sql`coalesce(h.${sql.ref(name)}, ${figures[name]!.empty}) AS ${sql.ref(name)}`))}
    FROM subjects s LEFT JOIN held h ON h.unit_id = s.id`;
}

/** The instant a Vietnam calendar day begins. */
export const vietnamDayStart = (day: string) => sql`(${day}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
/** The instant after a Vietnam calendar day ends. */
export const vietnamDayEnd = (day: string) => sql`(${day}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`;

interface FigureRow {
  id: string | null;
  row_label: string | null;
  numerator: number;
  denominator: number;
  people_short: number;
  counts: number[] | null;
  units: number;
}

/**
 * Runs a metric's SQL, which gives each subject's figure as the columns id, row_label,
 * numerator, denominator, people_short (float8) and counts (int[], null unless counted per
 * period) — grouped when asked, so that a root's 20,000 cells come as the few dozen figures they
 * share rather than one row each.
 */
export async function subjectRows(db: Executor, query: MetricQuery, figures: RawBuilder<unknown>): Promise<SubjectRow[]> {
  const rows = query.grouped
    ? sql<FigureRow>`
        SELECT NULL::uuid AS id, row_label, numerator, denominator, people_short, counts, count(*)::int AS units
        FROM (${figures}) f GROUP BY row_label, numerator, denominator, people_short, counts`
    : sql<FigureRow>`SELECT f.*, 1 AS units FROM (${figures}) f`;
  const result = await rows.execute(db);
  return result.rows.map((row) => ({
    unitId: row.id,
    units: row.units,
    rowLabel: row.row_label,
    numerator: row.numerator,
    denominator: row.denominator,
    peopleShort: row.people_short,
    ...(row.counts ? { counts: row.counts } : {}),
  }));
}
