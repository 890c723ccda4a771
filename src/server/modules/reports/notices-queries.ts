import { sql } from 'kysely';
import type { Role } from '../../../domain/roles.ts';
import type { ReportTemplate } from '../../../domain/reports/template.ts';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { ReportNoticesTable } from '../../db/schema.ts';
import type { Executor } from './queries.ts';
import { reporterFilter } from './report-queries.ts';

/** Every active template with its latest definition, across tenants (the job runs for all). */
export function selectActiveTemplates(db: Db) {
  return db
    .selectFrom('report_templates as t')
    .innerJoin('org_units as u', 'u.id', 't.unit_id')
    .innerJoin('report_template_versions as v', (join) =>
      join.onRef('v.template_id', '=', 't.id').on('v.version', '=', (eb) => eb.selectFrom('report_template_versions as w').whereRef('w.template_id', '=', 't.id').select((e) => e.fn.max('w.version').as('m'))),
    )
    .select(['t.id', 't.tenant_id', 't.name', 'u.path as owner_path', 'v.definition'])
    .where('t.is_active', '=', true)
    .execute();
}

/** The active reporting units under a template's owner, with their parent and whether they have sent the period's report. */
export function selectReportingUnits(db: Executor, template: { id: string; ownerPath: string; reporters: ReportTemplate['reporters'] }, period: string) {
  return db
    .selectFrom('org_units as u')
    .leftJoin('reports as r', (join) => join.onRef('r.unit_id', '=', 'u.id').on('r.template_id', '=', template.id).on('r.period', '=', period))
    .select(['u.id', 'u.name', 'u.path', 'u.parent_id', 'r.receiver_unit_id', sql<boolean>`r.first_submitted_at IS NOT NULL`.as('sent')])
    .where(sql<boolean>`u.path <@ ${template.ownerPath}::ltree`)
    .where('u.is_active', '=', true)
    .where(reporterFilter(template.reporters))
    .execute();
}

/** Writes the notices not written before; returns those written (the unique key drops repeats). */
export function insertNotices(tx: Tx, rows: Omit<ReportNoticesTable, 'created_at' | 'recipients'>[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return tx
    .insertInto('report_notices')
    .values(rows)
    .onConflict((oc) => oc.constraint('report_notices_once').doNothing())
    .returning(['unit_id', 'kind'])
    .execute();
}

export interface UnitRecipient {
  unit_id: string;
  user_id: string;
  email: string | null;
  display_name: string;
}

/** Active accounts holding one of `roles` on exactly these units (not above: a bloc's staff is not reminded for every cell). */
export function selectUnitRecipients(db: Executor, unitIds: string[], roles: Role[]): Promise<UnitRecipient[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('role_grants as g')
    .innerJoin('users as a', 'a.id', 'g.user_id')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .select(['g.unit_id', 'a.id as user_id', sql<string | null>`coalesce(a.email, p.email)`.as('email'), 'a.display_name'])
    .where('g.unit_id', 'in', unitIds)
    .where('g.role', 'in', roles)
    .where('a.is_active', '=', true)
    .execute();
}
