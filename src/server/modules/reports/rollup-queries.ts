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
  /** Read only these subtrees of the node (child paths) and, when `own`, the node's own report; default: the whole subtree. */
  only?: { paths: string[]; own: boolean };
}

/** The units a scope reads, as a condition on `u.path`. */
function withinScope(scope: Pick<Scope, 'nodePath' | 'only'>) {
  if (!scope.only) return sql<boolean>`u.path <@ ${scope.nodePath}::ltree`;
  const own = scope.only.own ? sql`OR u.path = ${scope.nodePath}::ltree` : sql``;
  return sql<boolean>`(u.path <@ ANY(${scope.only.paths}::ltree[]) ${own})`;
}

/** The keys whose values the aggregates read: numbers (n_key) and yes/no answers (b_key). */
function keysRead(fields: { key: string; aggregation: Aggregation }[]) {
  const numbers = new Set<string>();
  const booleans = new Set<string>();
  for (const { key, aggregation } of fields) {
    if (aggregation.method === 'ratio') numbers.add(aggregation.numerator).add(aggregation.denominator);
    else if (aggregation.method === 'count_yes') booleans.add(key);
    else numbers.add(key);
  }
  return { numbers: [...numbers], booleans: [...booleans] };
}

const numberColumn = (key: string) => sql.ref(`x.n_${key}`);

/** The SQL aggregates giving one field's FieldPartial, as named columns; only what its method needs. */
function partialColumns(index: number, key: string, aggregation: Aggregation): RawBuilder<unknown>[] {
  const name = (part: string) => sql.ref(`f${index}_${part}`);
  switch (aggregation.method) {
    case 'ratio': {
      const top = numberColumn(aggregation.numerator);
      const bottom = numberColumn(aggregation.denominator);
      const both = sql`${top} IS NOT NULL AND ${bottom} IS NOT NULL`;
      return [sql`count(*) FILTER (WHERE ${both}) AS ${name('count')}`, sql`sum(${top}) FILTER (WHERE ${both}) AS ${name('numerator')}`, sql`sum(${bottom}) FILTER (WHERE ${both}) AS ${name('denominator')}`];
    }
    case 'count_yes': {
      const answer = sql.ref(`x.b_${key}`);
      return [sql`count(*) FILTER (WHERE jsonb_typeof(${answer}) = 'boolean') AS ${name('count')}`, sql`count(*) FILTER (WHERE ${answer} = 'true'::jsonb) AS ${name('yes')}`];
    }
    case 'min':
      return [sql`count(${numberColumn(key)}) AS ${name('count')}`, sql`min(${numberColumn(key)}) AS ${name('min')}`];
    case 'max':
      return [sql`count(${numberColumn(key)}) AS ${name('count')}`, sql`max(${numberColumn(key)}) AS ${name('max')}`];
    default:
      return [sql`count(${numberColumn(key)}) AS ${name('count')}`, sql`sum(${numberColumn(key)}) AS ${name('sum')}`];
  }
}

/**
 * Each report's values decoded once (jsonb_to_record), the keys read turned into numbers or
 * kept as yes/no answers: reading `values -> key` once per aggregate decodes the jsonb again
 * each time, which at a city's root is most of the query.
 */
function decodedValues(keys: { numbers: string[]; booleans: string[] }) {
  const all = [...new Set([...keys.numbers, ...keys.booleans])];
  if (all.length === 0) return { columns: sql``, lateral: sql`` };
  const read = (key: string) => sql.ref(`v.${key}`);
  const columns = [
    ...keys.numbers.map((key) => sql`CASE WHEN jsonb_typeof(${read(key)}) = 'number' THEN (${read(key)})::float8 END AS ${sql.ref(`n_${key}`)}`),
    ...keys.booleans.map((key) => sql`${read(key)} AS ${sql.ref(`b_${key}`)}`),
  ];
  return {
    columns: sql`, ${sql.join(columns)}`,
    lateral: sql`CROSS JOIN LATERAL jsonb_to_record(r.values) AS v(${sql.join(all.map((key) => sql`${sql.id(key)} jsonb`))})`,
  };
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
  const decoded = decodedValues(keysRead(fields));
  const rows = await sql<Record<string, unknown>>`
    SELECT x.grp, count(*) AS reports, count(*) FILTER (WHERE x.state = 'approved') AS approved
      ${columns.length ? sql`, ${sql.join(columns)}` : sql``}
    FROM (
      SELECT ${group} AS grp, r.state ${decoded.columns}
      FROM reports r JOIN org_units u ON u.id = r.unit_id ${decoded.lateral}
      WHERE r.tenant_id = ${scope.tenantId} AND r.template_id = ${scope.templateId} AND r.period = ANY(${scope.periods}::text[])
        AND r.state = ANY(${countedStates}::text[]) AND ${withinScope(scope)}
    ) x
    GROUP BY x.grp`.execute(db);

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
      AND r.state = ANY(${countedStates}::text[]) AND ${withinScope(scope)}`.execute(db);
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
    .leftJoin('org_units as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.path', 'u.name', 'p.name as parent_name', 'r.id as report_id', 'r.state', 'r.deadline', 'r.first_submitted_at'])
    .where('u.tenant_id', '=', scope.tenantId)
    .where(withinScope(scope))
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

/** The reports of a few units (a node and its children) for one period. */
export function selectReportsOf(db: Executor, scope: { templateId: string; period: string }, unitIds: string[]) {
  return db
    .selectFrom('reports')
    .select(['id', 'unit_id', 'state', 'deadline', 'first_submitted_at'])
    .where('template_id', '=', scope.templateId)
    .where('period', '=', scope.period)
    .where('unit_id', 'in', unitIds)
    .execute();
}
