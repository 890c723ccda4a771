import { sql } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { ReportTemplate } from '../../../domain/reports/template.ts';

export type Executor = Db | Tx;

const templateColumns = ['t.id', 't.tenant_id', 't.unit_id', 't.code', 't.name', 't.is_active', 't.created_at', 't.created_by', 'u.path as unit_path', 'u.name as unit_name'] as const;

/** Templates that apply to the unit at `path`: those defined by it and by its ancestors, with their latest version number. */
export function selectTemplatesApplyingTo(db: Executor, tenantId: string, path: string) {
  return db
    .selectFrom('report_templates as t')
    .innerJoin('org_units as u', 'u.id', 't.unit_id')
    .select(templateColumns)
    .select((eb) => eb.selectFrom('report_template_versions as v').whereRef('v.template_id', '=', 't.id').select((e) => e.fn.max('v.version').as('m')).as('latest_version'))
    .where('t.tenant_id', '=', tenantId)
    .where(sql<boolean>`u.path @> ${path}::ltree`)
    .orderBy(sql`nlevel(u.path)`)
    .orderBy('t.name')
    .execute();
}

export function findTemplate(db: Executor, tenantId: string, id: string) {
  return db
    .selectFrom('report_templates as t')
    .innerJoin('org_units as u', 'u.id', 't.unit_id')
    .select(templateColumns)
    .where('t.tenant_id', '=', tenantId)
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** Serializes new versions of one template. */
export function lockTemplate(tx: Tx, tenantId: string, id: string) {
  return tx.selectFrom('report_templates').select('id').where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findTemplateByCode(db: Executor, unitId: string, code: string) {
  return db.selectFrom('report_templates').select('id').where('unit_id', '=', unitId).where('code', '=', code).executeTakeFirst();
}

export function selectVersions(db: Executor, templateId: string) {
  return db.selectFrom('report_template_versions').select(['version', 'created_at', 'created_by']).where('template_id', '=', templateId).orderBy('version').execute();
}

export function findVersion(db: Executor, templateId: string, version: number) {
  return db
    .selectFrom('report_template_versions')
    .select(['template_id', 'version', 'definition', 'created_at', 'created_by'])
    .where('template_id', '=', templateId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Every active template of every tenant owned by an active unit, with its latest version. */
export function selectActiveTemplatesWithLatest(db: Executor) {
  return db
    .selectFrom('report_templates as t')
    .innerJoin('org_units as u', 'u.id', 't.unit_id')
    .innerJoin('report_template_versions as v', 'v.template_id', 't.id')
    .select(['t.id', 't.tenant_id', 't.unit_id', 'u.path as unit_path', 'v.version', 'v.definition'])
    .where('t.is_active', '=', true)
    .where('u.is_active', '=', true)
    .where('v.version', '=', sql<number>`(SELECT max(l.version) FROM report_template_versions l WHERE l.template_id = t.id)`)
    .orderBy('t.id')
    .execute();
}

export function findLatestVersion(db: Executor, templateId: string) {
  return db
    .selectFrom('report_template_versions')
    .select(['template_id', 'version', 'definition', 'created_at', 'created_by'])
    .where('template_id', '=', templateId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertTemplate(tx: Tx, row: { id: string; tenantId: string; unitId: string; code: string | null; name: string; createdBy: string }) {
  await tx
    .insertInto('report_templates')
    .values({ id: row.id, tenant_id: row.tenantId, unit_id: row.unitId, code: row.code, name: row.name, created_by: row.createdBy })
    .execute();
}

export async function renameTemplate(tx: Tx, id: string, name: string) {
  await tx.updateTable('report_templates').set({ name }).where('id', '=', id).execute();
}

export async function insertVersion(tx: Tx, row: { id: string; templateId: string; version: number; definition: ReportTemplate; createdBy: string }) {
  await tx
    .insertInto('report_template_versions')
    .values({ id: row.id, template_id: row.templateId, version: row.version, definition: JSON.stringify(row.definition), created_by: row.createdBy })
    .execute();
}
