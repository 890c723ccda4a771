import { type RawBuilder, sql } from 'kysely';
import type { AggregatePartial, FieldPartial } from '../../../domain/reports/aggregate.ts';
import type { Aggregation, ReportTemplate } from '../../../domain/reports/template.ts';
import type { ReportValues } from '../../../domain/reports/values.ts';
import type { ReportStateColumn } from '../../db/schema.ts';
import type { Executor } from './queries.ts';
import { reporterFilter } from './report-queries.ts';

/** Which reports count in a roll-up: sent ones; drafts and reports returned for revision do not. */
const countedStates: ReportStateColumn[] = ['submitted', 'approved'];

interface Scope {
  tenantId: string;
  templateId: string;
  /** One period, or several (a review's span). */
  periods: string[];
  nodePath: string;
}

const numberAt = (key: string) => sql<number>`CASE WHEN jsonb_typeof(r.values -> ${key}::text) = 'number' THEN (r.values ->> ${key}::text)::float8 END`;

/** The SQL aggregates giving one field's FieldPartial, as named columns. */
function partialColumns(index: number, key: string, aggregation: Aggregation): RawBuilder<unknown>[] {
  const name = (part: string) => sql.ref(`f${index}_${part}`);
  switch (aggregation.method) {
    case 'ratio': {
      const top = numberAt(aggregation.numerator);
      const bottom = numberAt(aggregation.denominator);
      const both = sql`${top} IS NOT NULL AND ${bottom} IS NOT NULL`;
      return [sql`count(*) FILTER (WHERE ${both}) AS ${name('count')}`, sql`sum(${top}) FILTER (WHERE ${both}) AS ${name('numerator')}`, sql`sum(${bottom}) FILTER (WHERE ${both}) AS ${name('denominator')}`];
    }
    case 'count_yes':
      return [sql`count(*) FILTER (WHERE jsonb_typeof(r.values -> ${key}::text) = 'boolean') AS ${name('count')}`, sql`count(*) FILTER (WHERE r.values -> ${key}::text = 'true'::jsonb) AS ${name('yes')}`];
    default: {
      const value = numberAt(key);
      return [sql`count(${value}) AS ${name('count')}`, sql`sum(${value}) AS ${name('sum')}`, sql`min(${value}) AS ${name('min')}`, sql`max(${value}) AS ${name('max')}`];
    }
  }
}

function aggregatedFields(template: ReportTemplate): { key: string; aggregation: Aggregation }[] {
  return template.fields.flatMap((field) => ('aggregation' in field && field.aggregation ? [{ key: field.key, aggregation: field.aggregation }] : []));
}

const toNumber = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
const toNullable = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * The partial aggregate of the counted reports under a node, per group: '' for the node's own
 * reports, else the path label of the child whose subtree they come from. Numeric fields are
 * aggregated in SQL; table fields (rare, and summed by their rows) are read and folded here.
 */
export async function selectPartialsByChild(db: Executor, scope: Scope, template: ReportTemplate): Promise<Map<string, { partial: AggregatePartial; approved: number }>> {
  const fields = aggregatedFields(template);
  const depth = sql`nlevel(${scope.nodePath}::ltree)`;
  const group = sql<string>`CASE WHEN nlevel(u.path) > ${depth} THEN subpath(u.path, ${depth}, 1)::text ELSE '' END`;
  const columns = fields.flatMap((field, index) => partialColumns(index, field.key, field.aggregation));
  const rows = await sql<Record<string, unknown>>`
    SELECT ${group} AS grp, count(*) AS reports, count(*) FILTER (WHERE r.state = 'approved') AS approved
      ${columns.length ? sql`, ${sql.join(columns)}` : sql``}
    FROM reports r JOIN org_units u ON u.id = r.unit_id
    WHERE r.tenant_id = ${scope.tenantId} AND r.template_id = ${scope.templateId} AND r.period = ANY(${scope.periods}::text[])
      AND r.state = ANY(${countedStates}::text[]) AND u.path <@ ${scope.nodePath}::ltree
    GROUP BY 1`.execute(db);

  const groups = new Map<string, { partial: AggregatePartial; approved: number }>();
  for (const row of rows.rows) {
    const partialFields: Record<string, FieldPartial> = {};
    fields.forEach((field, index) => {
      const at = (part: string) => row[`f${index}_${part}`];
      partialFields[field.key] = {
        count: toNumber(at('count')),
        sum: toNumber(at('sum')),
        min: toNullable(at('min')),
        max: toNullable(at('max')),
        yes: toNumber(at('yes')),
        numerator: toNumber(at('numerator')),
        denominator: toNumber(at('denominator')),
      };
    });
    groups.set(String(row.grp), { partial: { reports: Number(row.reports), fields: partialFields, tables: {} }, approved: Number(row.approved) });
  }
  return groups;
}

/** The table fields' values of the counted reports under a node, per group (as selectPartialsByChild). */
export async function selectTableValuesByChild(db: Executor, scope: Scope, tableKeys: string[]): Promise<Map<string, ReportValues[]>> {
  const byGroup = new Map<string, ReportValues[]>();
  if (tableKeys.length === 0) return byGroup;
  const depth = sql`nlevel(${scope.nodePath}::ltree)`;
  const rows = await sql<{ grp: string; tables: ReportValues }>`
    SELECT CASE WHEN nlevel(u.path) > ${depth} THEN subpath(u.path, ${depth}, 1)::text ELSE '' END AS grp,
      (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) FROM jsonb_each(r.values) e WHERE e.key = ANY(${tableKeys}::text[])) AS tables
    FROM reports r JOIN org_units u ON u.id = r.unit_id
    WHERE r.tenant_id = ${scope.tenantId} AND r.template_id = ${scope.templateId} AND r.period = ANY(${scope.periods}::text[])
      AND r.state = ANY(${countedStates}::text[]) AND u.path <@ ${scope.nodePath}::ltree`.execute(db);
  for (const row of rows.rows) {
    const list = byGroup.get(row.grp);
    if (list) list.push(row.tables);
    else byGroup.set(row.grp, [row.tables]);
  }
  return byGroup;
}

/** Every active reporting unit under a node (the node included) with its report for the period, if any. */
export function selectExpectedUnits(db: Executor, scope: Omit<Scope, 'periods'> & { period: string }, reporters: ReportTemplate['reporters']) {
  return db
    .selectFrom('org_units as u')
    .leftJoin('reports as r', (join) => join.onRef('r.unit_id', '=', 'u.id').on('r.template_id', '=', scope.templateId).on('r.period', '=', scope.period))
    .select(['u.id', 'u.path', 'u.name', 'r.id as report_id', 'r.state', 'r.deadline', 'r.first_submitted_at'])
    .where('u.tenant_id', '=', scope.tenantId)
    .where(sql<boolean>`u.path <@ ${scope.nodePath}::ltree`)
    .where('u.is_active', '=', true)
    .where(reporterFilter(reporters))
    .execute();
}

/** The texts of the long-text fields of sent reports under a node over periods, for a review draft. */
export function selectReportTexts(db: Executor, scope: Scope, keys: string[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return sql<{ unit_name: string; period: string; texts: Record<string, string> }>`
    SELECT u.name AS unit_name, r.period,
      (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) FROM jsonb_each_text(r.values) e WHERE e.key = ANY(${keys}::text[])) AS texts
    FROM reports r JOIN org_units u ON u.id = r.unit_id
    WHERE r.tenant_id = ${scope.tenantId} AND r.template_id = ${scope.templateId} AND r.period = ANY(${scope.periods}::text[])
      AND r.state = ANY(${countedStates}::text[]) AND u.path <@ ${scope.nodePath}::ltree AND u.path <> ${scope.nodePath}::ltree
    ORDER BY nlevel(u.path), u.name, r.period
    LIMIT 2000`.execute(db).then((result) => result.rows);
}
