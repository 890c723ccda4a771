import { sql } from 'kysely';
import { unitIdOfLabel } from '../../../domain/org-path.ts';
import type { SubtreeSummary } from '../../../domain/reports/subtree-summary.ts';
import type { Executor } from './queries.ts';

interface SummaryKey {
  tenantId: string;
  templateId: string;
  version: number;
  period: string;
}

/**
 * When any unit of the tenant last changed: a kept summary is valid only for the tree it was
 * computed on. As text: a JavaScript Date would drop the microseconds and never compare equal.
 */
export async function treeChangedAt(db: Executor, tenantId: string): Promise<string> {
  const row = await sql<{ changed: string | null }>`SELECT max(updated_at)::text AS changed FROM org_units WHERE tenant_id = ${tenantId}`.execute(db);
  return row.rows[0]?.changed ?? '-infinity';
}

/** The kept summaries of the given units' subtrees, computed on the template's version and the current tree. */
export async function selectSummaries(db: Executor, key: SummaryKey, unitIds: string[]): Promise<Map<string, SubtreeSummary>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('report_rollup_summaries')
    .select(['unit_id', 'summary'])
    .where('template_id', '=', key.templateId)
    .where('period', '=', key.period)
    .where('unit_id', 'in', unitIds)
    .where('version', '=', key.version)
    .where('tree_changed_at', '=', (eb) => eb.selectFrom('org_units').select((inner) => inner.fn.max('updated_at').as('changed')).where('tenant_id', '=', key.tenantId))
    .execute();
  return new Map(rows.map((row) => [row.unit_id, row.summary]));
}

/**
 * Keeps computed summaries, except those of subtrees where a report changed in the last
 * minutes: such a change may have committed after the summary's reads began, and its own
 * `dropSummariesAbove` may already have run. Checked in the same statement as the write.
 */
export async function keepSummaries(db: Executor, key: SummaryKey & { treeChangedAt: string }, summaries: { unitId: string; path: string; summary: SubtreeSummary }[]): Promise<void> {
  if (summaries.length === 0) return;
  const rows = JSON.stringify(summaries.map(({ unitId, path, summary }) => ({ unit_id: unitId, path, summary })));
  await sql`
    INSERT INTO report_rollup_summaries (template_id, period, unit_id, tenant_id, version, summary, tree_changed_at)
    SELECT ${key.templateId}, ${key.period}, e.unit_id, ${key.tenantId}, ${key.version}, e.summary, ${key.treeChangedAt}::timestamptz
    FROM jsonb_to_recordset(${rows}::jsonb) AS e(unit_id uuid, path ltree, summary jsonb)
    WHERE NOT EXISTS (
      SELECT 1 FROM reports r JOIN org_units u ON u.id = r.unit_id
      WHERE r.template_id = ${key.templateId} AND r.period = ${key.period}
        AND r.updated_at > now() - interval '2 minutes' AND u.path <@ e.path)
    ON CONFLICT (template_id, period, unit_id) DO UPDATE
      SET version = excluded.version, summary = excluded.summary, tree_changed_at = excluded.tree_changed_at, computed_at = now()`.execute(db);
}

/** Drops the summaries that a change of a unit's report makes stale: its own subtree's and its ancestors'. */
export async function dropSummariesAbove(db: Executor, report: { templateId: string; period: string; unitPath: string }): Promise<void> {
  await db
    .deleteFrom('report_rollup_summaries')
    .where('template_id', '=', report.templateId)
    .where('period', '=', report.period)
    .where('unit_id', 'in', report.unitPath.split('.').map(unitIdOfLabel))
    .execute();
}
