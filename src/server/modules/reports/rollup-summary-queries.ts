import { sql } from 'kysely';
import { unitIdOfLabel } from '../../../domain/org-path.ts';
import type { SubtreeSummary } from '../../../domain/reports/subtree-summary.ts';
import { prepared } from '../../db/prepared.ts';
import type { Executor } from './queries.ts';

/** A report's place in the roll-ups: its template, period and unit. */
export interface RollupKey {
  templateId: string;
  period: string;
  unitPath: string;
}

interface SummaryKey {
  tenantId: string;
  templateId: string;
  version: number;
  period: string;
}

/** The kept summaries of the given units' subtrees, computed on the template's version. */
export async function selectSummaries(db: Executor, key: SummaryKey, unitIds: string[]): Promise<Map<string, SubtreeSummary>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('report_rollup_summaries')
    .select(['unit_id', 'summary'])
    .where('template_id', '=', key.templateId)
    .where('period', '=', key.period)
    .where('unit_id', 'in', unitIds)
    .where('version', '=', key.version)
    .execute();
  return new Map(rows.map((row) => [row.unit_id, row.summary]));
}

/**
 * Keeps computed summaries, except those of subtrees where a report changed in the last
 * minutes, and none at all while the tree changed in the last minutes: such a change may have
 * committed after the summary's reads began, and its own drop (`dropSummariesAbove`,
 * `dropSummariesAroundUnit`) may already have run. Checked in the same statement as the write.
 */
export async function keepSummaries(db: Executor, key: SummaryKey, summaries: { unitId: string; path: string; summary: SubtreeSummary }[]): Promise<void> {
  if (summaries.length === 0) return;
  const rows = JSON.stringify(summaries.map(({ unitId, path, summary }) => ({ unit_id: unitId, path, summary })));
  await sql`
    INSERT INTO report_rollup_summaries (template_id, period, unit_id, tenant_id, version, summary)
    SELECT ${key.templateId}, ${key.period}, e.unit_id, ${key.tenantId}, ${key.version}, e.summary
    FROM jsonb_to_recordset(${rows}::jsonb) AS e(unit_id uuid, path ltree, summary jsonb)
    WHERE NOT EXISTS (
      SELECT 1 FROM reports r JOIN org_units u ON u.id = r.unit_id
      WHERE r.template_id = ${key.templateId} AND r.period = ${key.period}
        AND r.updated_at > now() - interval '2 minutes' AND u.path <@ e.path)
      AND NOT EXISTS (SELECT 1 FROM org_units u WHERE u.tenant_id = ${key.tenantId} AND u.updated_at > now() - interval '2 minutes')
    ON CONFLICT (template_id, period, unit_id) DO UPDATE
      SET version = excluded.version, summary = excluded.summary, computed_at = now()`.execute(db);
}

/** Drops the summaries that a change of a unit's report makes stale: its own subtree's and its ancestors'. */
export async function dropSummariesAbove(db: Executor, report: RollupKey): Promise<void> {
  await summariesAbove(db, report).modifyEnd(prepared).execute();
}

/** The deletion of `dropSummariesAbove`, to run as part of a larger statement. */
export function summariesAbove(db: Executor, report: RollupKey) {
  return db
    .deleteFrom('report_rollup_summaries')
    .where('template_id', '=', report.templateId)
    .where('period', '=', report.period)
    .where('unit_id', 'in', report.unitPath.split('.').map(unitIdOfLabel));
}

/**
 * Drops the summaries that a change of a unit (created, renamed, moved, deactivated) makes
 * stale, of every template and period: those of the subtrees that held it and hold it now (the
 * units on its old and new paths) and of its own subtree (its depth may have changed).
 */
export async function dropSummariesAroundUnit(db: Executor, tenantId: string, paths: string[]): Promise<void> {
  const holding = [...new Set(paths.flatMap((path) => path.split('.').map(unitIdOfLabel)))];
  await sql`
    DELETE FROM report_rollup_summaries
    WHERE tenant_id = ${tenantId}
      AND (unit_id = ANY(${holding}::uuid[]) OR unit_id IN (SELECT id FROM org_units WHERE tenant_id = ${tenantId} AND path <@ ANY(${paths}::ltree[])))`.execute(db);
}
