import { sql } from 'kysely';
import type { Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import type { ReportStateColumn, ReviewSection } from '../../db/schema.ts';
import { prepared } from '../../db/prepared.ts';
import { vietnamInstant } from '../meetings/times.ts';
import { type AuditInsert, auditEntryFrom } from '../audit/queries.ts';
import type { Executor } from './queries.ts';
import { type RollupKey, summariesAbove } from './rollup-summary-queries.ts';

const reportColumns = [
  'r.id',
  'r.tenant_id',
  'r.template_id',
  'r.version',
  'r.unit_id',
  'r.receiver_unit_id',
  'r.period',
  'r.deadline',
  'r.state',
  'r.values',
  'r.prefilled',
  'r.comment',
  'r.first_submitted_at',
  'r.submitted_at',
  'r.decided_at',
  'r.updated_at',
  'u.name as unit_name',
  'u.path as unit_path',
  'ru.name as receiver_name',
  'ru.path as receiver_path',
  't.name as template_name',
  // Changes with each update of the row: a change applies only to the row as it was read.
  sql<string>`r.xmin::text`.as('row_version'),
] as const;

function reportsWithUnits(db: Executor) {
  return db
    .selectFrom('reports as r')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .innerJoin('org_units as ru', 'ru.id', 'r.receiver_unit_id')
    .innerJoin('report_templates as t', 't.id', 'r.template_id');
}

export function findReport(db: Executor, tenantId: string, id: string) {
  return reportsWithUnits(db).select(reportColumns).where('r.tenant_id', '=', tenantId).where('r.id', '=', id).modifyEnd(prepared).executeTakeFirst();
}

export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** The report row locked for a change (the joined names are read again after). */
export function lockReport(tx: Tx, tenantId: string, id: string) {
  return tx.selectFrom('reports').select(['id', 'state', 'updated_at']).where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findReportFor(db: Executor, templateId: string, unitId: string, period: string) {
  return db.selectFrom('reports').select(['id']).where('template_id', '=', templateId).where('unit_id', '=', unitId).where('period', '=', period).executeTakeFirst();
}

export async function insertReport(
  tx: Tx,
  row: { id: string; tenantId: string; templateId: string; version: number; unitId: string; receiverUnitId: string; period: string; deadline: string; values: unknown; prefilled: string[]; userId: string },
) {
  const inserted = await tx
    .insertInto('reports')
    .values({
      id: row.id,
      tenant_id: row.tenantId,
      template_id: row.templateId,
      version: row.version,
      unit_id: row.unitId,
      receiver_unit_id: row.receiverUnitId,
      period: row.period,
      deadline: row.deadline,
      values: JSON.stringify(row.values),
      prefilled: row.prefilled,
      created_by: row.userId,
      updated_by: row.userId,
    })
    .onConflict((oc) => oc.constraint('reports_once').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** What a step of a report changes (see `changeReport`); the rest of the row stays as read. */
const changedColumns = ['id', 'state', 'values', 'comment', 'first_submitted_at', 'submitted_at', 'decided_at', 'updated_at'] as const;
export type ChangedReport = Pick<ReportRow, (typeof changedColumns)[number] | 'row_version'>;

export interface ReportPatch {
  state?: ReportStateColumn;
  values?: unknown;
  comment?: string | null;
  submitted?: Date;
  decidedBy?: string | null;
  decided?: Date | null;
  userId: string;
}

/**
 * One step of a report's life in one statement, so in one transaction and one round trip: the
 * row changes only if it is still as it was read (its `row_version`), and with it go its
 * history line, its audit entry and the stale roll-up summaries above it — or nothing at all.
 * Answers the row's changed columns, or null when another change came first.
 */
export async function changeReport(
  db: Executor,
  change: { id: string; tenantId: string; rowVersion: string; patch: ReportPatch; event: { action: string; comment: string | null } | null; audit: AuditInsert; staleSummaries: RollupKey | null },
): Promise<ChangedReport | null> {
  const { patch } = change;
  const update = db
    .updateTable('reports')
    .set({
      ...(patch.state !== undefined ? { state: patch.state } : {}),
      ...(patch.values !== undefined ? { values: JSON.stringify(patch.values) } : {}),
      ...(patch.comment !== undefined ? { comment: patch.comment } : {}),
      ...(patch.submitted ? { submitted_at: patch.submitted, first_submitted_at: sql<Date>`coalesce(first_submitted_at, ${patch.submitted})` } : {}),
      ...(patch.decided !== undefined ? { decided_at: patch.decided, decided_by: patch.decidedBy ?? null } : {}),
      updated_at: sql<Date>`now()`,
      updated_by: patch.userId,
    })
    .where('id', '=', change.id)
    .where('tenant_id', '=', change.tenantId)
    .where(sql<boolean>`xmin::text = ${change.rowVersion}`)
    .returning([...changedColumns, sql<string>`xmin::text`.as('row_version')]);
  const event = change.event
    ? sql`, event AS (
        INSERT INTO report_events (id, tenant_id, report_id, action, comment, "by")
        SELECT ${newId()}::uuid, ${change.tenantId}::uuid, id, ${change.event.action}, ${change.event.comment}, ${patch.userId}::uuid FROM changed)`
    : sql``;
  const summaries = change.staleSummaries ? sql`, stale AS (${summariesAbove(db, change.staleSummaries).where(sql<boolean>`EXISTS (SELECT 1 FROM changed)`)})` : sql``;
  const result = await sql<ChangedReport>`
    WITH changed AS (${update}) ${event}, audit AS (${auditEntryFrom('changed', change.audit)}) ${summaries}
    SELECT * FROM changed ${prepared}`.execute(db);
  return result.rows[0] ?? null;
}

export async function insertEvent(tx: Tx, row: { id: string; tenantId: string; reportId: string; action: string; comment: string | null; userId: string }) {
  await tx.insertInto('report_events').values({ id: row.id, tenant_id: row.tenantId, report_id: row.reportId, action: row.action, comment: row.comment, by: row.userId }).execute();
}

interface HistoryLine {
  action: string;
  comment: string | null;
  /** ISO text: read as JSON. */
  at: string;
  by_name: string | null;
}

interface ReportFileLine {
  id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
}

/**
 * A report's history (oldest first) and its files, in one statement. After a step it also drops
 * the roll-up summaries above the report once more (`stale`): one computed before the step
 * committed may have been kept since.
 */
export async function historyAndFiles(db: Executor, reportId: string, stale: RollupKey | null): Promise<{ history: HistoryLine[]; files: ReportFileLine[] }> {
  const dropStale = stale ? sql`WITH stale AS (${summariesAbove(db, stale)})` : sql``;
  const result = await sql<{ history: HistoryLine[]; files: ReportFileLine[] }>`
    ${dropStale}
    SELECT
      (SELECT coalesce(json_agg(h ORDER BY h.at), '[]'::json)
       FROM (SELECT e.action, e.comment, e.at, us.display_name AS by_name FROM report_events e LEFT JOIN users us ON us.id = e.by WHERE e.report_id = ${reportId}) h) AS history,
      (SELECT coalesce(json_agg(f ORDER BY f.created_at), '[]'::json)
       FROM (SELECT id, filename, content_type, size_bytes, created_at FROM stored_files WHERE report_id = ${reportId}) f) AS files
    ${prepared}`.execute(db);
  return result.rows[0]!;
}

export async function countReportFiles(db: Executor, reportId: string): Promise<number> {
  const row = await db.selectFrom('stored_files').select((eb) => eb.fn.countAll<number>().as('n')).where('report_id', '=', reportId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findReportFile(db: Executor, reportId: string, fileId: string) {
  return db.selectFrom('stored_files').select(['id', 'filename', 'content_type', 'content']).where('report_id', '=', reportId).where('id', '=', fileId).executeTakeFirst();
}

export async function deleteReportFile(tx: Tx, reportId: string, fileId: string) {
  const result = await tx.deleteFrom('stored_files').where('report_id', '=', reportId).where('id', '=', fileId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The reports of one unit on the given templates (for its list of what it owes). */
export function selectUnitReports(db: Executor, unitId: string, templateIds: string[]) {
  if (templateIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('reports')
    .select(['id', 'template_id', 'period', 'state', 'deadline', 'first_submitted_at'])
    .where('unit_id', '=', unitId)
    .where('template_id', 'in', templateIds)
    .execute();
}

/** Reports received by units of a subtree. */
export function selectReceived(db: Executor, tenantId: string, receiverPath: string, filter: { state?: ReportStateColumn; templateId?: string; period?: string }) {
  let query = reportsWithUnits(db)
    .select(reportColumns)
    .where('r.tenant_id', '=', tenantId)
    .where(sql<boolean>`ru.path <@ ${receiverPath}::ltree`);
  if (filter.state) query = query.where('r.state', '=', filter.state);
  else query = query.where('r.state', '!=', 'draft');
  if (filter.templateId) query = query.where('r.template_id', '=', filter.templateId);
  if (filter.period) query = query.where('r.period', '=', filter.period);
  return query.orderBy('r.deadline', 'desc').orderBy('r.submitted_at', 'desc').limit(500).execute();
}

/**
 * Reporting units strictly under `path` whose report for the period is not approved: what an
 * approval of the report at `path` would leave out. The reporter filter is SQL from the template.
 */
export async function countNotApprovedBelow(db: Executor, path: string, templateId: string, period: string, reporters: ReturnType<typeof reporterFilter>) {
  const row = await db
    .selectFrom('org_units as u')
    .leftJoin('reports as r', (join) => join.onRef('r.unit_id', '=', 'u.id').on('r.template_id', '=', templateId).on('r.period', '=', period))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .where(sql<boolean>`u.path <> ${path}::ltree`)
    .where('u.is_active', '=', true)
    .where(reporters)
    .where((eb) => eb.or([eb('r.state', 'is', null), eb('r.state', '!=', 'approved')]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The SQL form of a template's `reporters`, on `org_units as u`. */
export function reporterFilter(reporters: { by: 'unit_kind'; kinds: string[] } | { by: 'association_type'; types: string[] } | { by: 'units'; unitIds: string[] }) {
  switch (reporters.by) {
    case 'unit_kind':
      return sql<boolean>`u.kind = ANY(${reporters.kinds}::text[])`;
    case 'association_type':
      return sql<boolean>`u.kind = 'association' AND u.association_type = ANY(${reporters.types}::text[])`;
    case 'units':
      return sql<boolean>`u.id = ANY(${reporters.unitIds}::uuid[])`;
  }
}

/** A department of an ancestor committee whose code is `code` or starts with `code-` (BTG → BTG-DUK), nearest first. */
export function findDepartmentAbove(db: Executor, tenantId: string, path: string, code: string) {
  return db
    .selectFrom('org_units as d')
    .innerJoin('org_units as a', 'a.id', 'd.parent_id')
    .select(['d.id', 'd.name', 'd.path'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.kind', '=', 'department')
    .where('d.is_active', '=', true)
    .where(sql<boolean>`a.path @> ${path}::ltree`)
    .where((eb) => eb.or([eb('d.code', '=', code), eb('d.code', 'like', `${code}-%`)]))
    .orderBy(sql`nlevel(a.path)`, 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The figures a template may prefill, for one unit and period (Vietnam days, bounds included). */
export async function knownFigures(db: Executor, unit: { id: string; path: string }, start: string, end: string) {
  const from = vietnamInstant(start, '00:00');
  const until = new Date(vietnamInstant(end, '00:00').getTime() + 86_400_000);
  const [members, meetings, tasks] = await Promise.all([
    db
      .selectFrom('org_units')
      .select(sql<number>`coalesce(sum(direct_party_members + direct_association_members), 0)`.as('n'))
      .where(sql<boolean>`path <@ ${unit.path}::ltree`)
      .where('is_active', '=', true)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('meetings')
      .select([sql<number>`count(*)`.as('held'), sql<number>`count(*) FILTER (WHERE kind = 'thematic_cell')`.as('thematic')])
      .where('unit_id', '=', unit.id)
      .where('status', '=', 'held')
      .where('starts_at', '>=', from)
      .where('starts_at', '<', until)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('assignments')
      .select([sql<number>`count(*)`.as('assigned'), sql<number>`count(*) FILTER (WHERE status = 'done')`.as('done')])
      .where('unit_id', '=', unit.id)
      .where('due_on', '>=', start)
      .where('due_on', '<=', end)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    members: Number(members.n),
    meetings_held: Number(meetings.held),
    thematic_meetings_held: Number(meetings.thematic),
    tasks_assigned: Number(tasks.assigned),
    tasks_done: Number(tasks.done),
  };
}

/** Which top-level fields and table columns hold data in any report of a template (a new version may not drop them). */
export async function selectPathsWithData(db: Executor, templateId: string): Promise<Set<string>> {
  const rows = await sql<{ path: string }>`
    SELECT DISTINCT f.key AS path FROM reports r, jsonb_each(r.values) f WHERE r.template_id = ${templateId}
    UNION
    SELECT DISTINCT f.key || '.' || c.key FROM reports r, jsonb_each(r.values) f, jsonb_array_elements(CASE WHEN jsonb_typeof(f.value) = 'array' THEN f.value ELSE '[]'::jsonb END) e,
      jsonb_each(CASE WHEN jsonb_typeof(e) = 'object' THEN e ELSE '{}'::jsonb END) c
    WHERE r.template_id = ${templateId}`.execute(db);
  return new Set(rows.rows.map((row) => row.path));
}

export async function insertReview(
  tx: Tx,
  row: { id: string; tenantId: string; unitId: string; templateId: string; kind: 'so_ket' | 'tong_ket'; title: string; fromPeriod: string; toPeriod: string; sections: ReviewSection[]; userId: string },
) {
  await tx
    .insertInto('report_reviews')
    .values({
      id: row.id,
      tenant_id: row.tenantId,
      unit_id: row.unitId,
      template_id: row.templateId,
      kind: row.kind,
      title: row.title,
      from_period: row.fromPeriod,
      to_period: row.toPeriod,
      sections: JSON.stringify(row.sections),
      created_by: row.userId,
      updated_by: row.userId,
    })
    .execute();
}

const reviewColumns = ['v.id', 'v.unit_id', 'v.template_id', 'v.kind', 'v.title', 'v.from_period', 'v.to_period', 'v.sections', 'v.created_at', 'v.updated_at', 'u.name as unit_name', 'u.path as unit_path', 't.name as template_name'] as const;

function reviewsWithNames(db: Executor) {
  return db.selectFrom('report_reviews as v').innerJoin('org_units as u', 'u.id', 'v.unit_id').innerJoin('report_templates as t', 't.id', 'v.template_id');
}

export function findReview(db: Executor, tenantId: string, id: string) {
  return reviewsWithNames(db).select(reviewColumns).where('v.tenant_id', '=', tenantId).where('v.id', '=', id).executeTakeFirst();
}

export function selectReviews(db: Executor, tenantId: string, unitId: string) {
  return reviewsWithNames(db).select(reviewColumns).where('v.tenant_id', '=', tenantId).where('v.unit_id', '=', unitId).orderBy('v.created_at', 'desc').limit(200).execute();
}

export function lockReview(tx: Tx, id: string) {
  return tx.selectFrom('report_reviews').select(['id', 'updated_at', 'title']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateReview(tx: Tx, id: string, patch: { title: string; sections: ReviewSection[]; userId: string }) {
  await tx
    .updateTable('report_reviews')
    .set({ title: patch.title, sections: JSON.stringify(patch.sections), updated_at: sql<Date>`now()`, updated_by: patch.userId })
    .where('id', '=', id)
    .execute();
}

/** Tasks assigned to units of a subtree and due in [start, end]: how many, done, late. */
export async function taskProgressUnder(db: Executor, path: string, start: string, end: string, today: string) {
  const row = await db
    .selectFrom('assignments as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`count(*) FILTER (WHERE a.status = 'done')`.as('done'),
      sql<number>`count(*) FILTER (WHERE a.status <> 'done' AND a.due_on < ${today})`.as('overdue'),
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .where('a.due_on', '>=', start)
    .where('a.due_on', '<=', end)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), done: Number(row.done), overdue: Number(row.overdue) };
}
