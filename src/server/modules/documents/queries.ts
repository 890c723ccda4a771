import { sql } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import type { Insertable, Updateable } from 'kysely';
import { newId } from '../../db/ids.ts';
import { inScopes } from '../units/queries.ts';

type Executor = Db | Tx;

export function findDocument(db: Executor, tenantId: string, id: string) {
  return db.selectFrom('documents').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function lockDocument(tx: Tx, tenantId: string, id: string) {
  return tx.selectFrom('documents').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function selectIssuers(db: Executor, documentIds: string[]) {
  if (documentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('document_issuers as i')
    .innerJoin('org_units as u', 'u.id', 'i.unit_id')
    .select(['i.document_id', 'i.unit_id', 'i.position', 'u.name', 'u.short_name', 'u.code', 'u.kind', 'u.path'])
    .where('i.document_id', 'in', documentIds)
    .orderBy('i.document_id')
    .orderBy('i.position')
    .execute();
}

/** Whether any unit assigned in the document lies in the scopes (assignees read the plans that task them). */
export async function assignedWithin(db: Executor, documentId: string, scopes: string[]): Promise<boolean> {
  if (scopes.length === 0) return false;
  const row = await db
    .selectFrom('assignments as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .select('a.id')
    .where('a.document_id', '=', documentId)
    .where(inScopes(scopes))
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

export function selectBases(db: Executor, documentId: string) {
  return db
    .selectFrom('document_bases as b')
    .leftJoin('documents as d', 'd.id', 'b.basis_document_id')
    .select([
      'b.id',
      'b.position',
      'b.basis_document_id',
      'b.number',
      'b.type_code',
      'b.issuer_code',
      'b.issued_on',
      'b.citation',
      'd.title as basis_title',
      'd.number as basis_number',
      'd.type_code as basis_type_code',
      'd.issuer_code as basis_issuer_code',
      'd.notation as basis_notation',
      'd.issued_on as basis_issued_on',
    ])
    .where('b.document_id', '=', documentId)
    .orderBy('b.position')
    .execute();
}

/** Documents that name this one as a basis: the plans implementing it. */
export function selectImplementedBy(db: Executor, documentId: string) {
  return db
    .selectFrom('document_bases as b')
    .innerJoin('documents as d', 'd.id', 'b.document_id')
    .innerJoin('org_units as u', 'u.id', 'd.issuer_unit_id')
    .select(['d.id', 'd.title', 'd.number', 'd.type_code', 'd.issuer_code', 'd.notation', 'd.status', 'u.name as issuer_name', 'u.path as issuer_path'])
    .where('b.basis_document_id', '=', documentId)
    .orderBy('d.created_at')
    .execute();
}

export function selectFiles(db: Executor, owner: { documentId: string } | { progressReportIds: string[] }) {
  let query = db.selectFrom('stored_files').select(['id', 'document_id', 'progress_report_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at']);
  if ('documentId' in owner) query = query.where('document_id', '=', owner.documentId);
  else if (owner.progressReportIds.length === 0) return Promise.resolve([]);
  else query = query.where('progress_report_id', 'in', owner.progressReportIds);
  return query.orderBy('created_at').execute();
}

export function findFileContent(db: Executor, tenantId: string, fileId: string) {
  return db.selectFrom('stored_files').selectAll().where('tenant_id', '=', tenantId).where('id', '=', fileId).executeTakeFirst();
}

export async function countTasks(db: Executor, documentIds: string[]): Promise<Map<string, number>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('tasks')
    .select(['document_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('document_id', 'in', documentIds)
    .groupBy('document_id')
    .execute();
  return new Map(rows.map((row) => [row.document_id, Number(row.n)]));
}

export function findSuccessor(db: Executor, documentId: string) {
  return db.selectFrom('documents').select(['id', 'status']).where('previous_version_id', '=', documentId).executeTakeFirst();
}

export interface DocumentFilter {
  tenantId: string;
  scopes: string[];
  unitPath?: string;
  year?: number;
  status?: string;
  kind?: string;
  search?: string;
  limit: number;
  offset: number;
}

/**
 * Documents whose issuer lies in the caller's scopes, and issued ones that assign work to a
 * unit in them. `unitPath` narrows to documents issued under that unit.
 */
export function selectDocuments(db: Executor, filter: DocumentFilter) {
  let query = db
    .selectFrom('documents as d')
    .selectAll('d')
    .where('d.tenant_id', '=', filter.tenantId)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('document_issuers as i')
            .innerJoin('org_units as u', 'u.id', 'i.unit_id')
            .select('i.unit_id')
            .whereRef('i.document_id', '=', 'd.id')
            .where(inScopes(filter.scopes)),
        ),
        eb.and([
          eb('d.status', '!=', 'draft'),
          eb.exists(eb.selectFrom('assignments as a').innerJoin('org_units as u', 'u.id', 'a.unit_id').select('a.id').whereRef('a.document_id', '=', 'd.id').where(inScopes(filter.scopes))),
        ]),
      ]),
    );
  if (filter.unitPath) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('document_issuers as i')
          .innerJoin('org_units as u', 'u.id', 'i.unit_id')
          .select('i.unit_id')
          .whereRef('i.document_id', '=', 'd.id')
          .where(sql<boolean>`u.path <@ ${filter.unitPath}::ltree`),
      ),
    );
  }
  if (filter.year) query = query.where('d.year', '=', filter.year);
  if (filter.status) query = query.where('d.status', '=', filter.status as never);
  if (filter.kind) query = query.where('d.kind', '=', filter.kind as never);
  if (filter.search) query = query.where(sql<boolean>`lower(d.title) LIKE ${filter.search}`);
  return query.orderBy('d.year', 'desc').orderBy('d.created_at', 'desc').orderBy('d.id').limit(filter.limit).offset(filter.offset).execute();
}

/** Numbers used in a register (issuer, type, year) by issued documents and drafts. */
export async function numbersInRegister(db: Executor, tenantId: string, issuerUnitId: string, typeCode: string, year: number): Promise<number[]> {
  const rows = await db
    .selectFrom('documents')
    .select('number')
    .where('tenant_id', '=', tenantId)
    .where('issuer_unit_id', '=', issuerUnitId)
    .where('type_code', '=', typeCode)
    .where('year', '=', year)
    .where('number', 'is not', null)
    .where('status', '!=', 'superseded')
    .execute();
  return rows.map((row) => row.number!);
}

/** An issued document holding the number, other than the ones listed (a document and the version it corrects). */
export function issuedWithNumber(db: Executor, register: { tenantId: string; issuerUnitId: string; typeCode: string; year: number; number: number }, exceptIds: string[]) {
  let query = db
    .selectFrom('documents')
    .select('id')
    .where('tenant_id', '=', register.tenantId)
    .where('issuer_unit_id', '=', register.issuerUnitId)
    .where('type_code', '=', register.typeCode)
    .where('year', '=', register.year)
    .where('number', '=', register.number)
    .where('status', '=', 'issued');
  if (exceptIds.length > 0) query = query.where('id', 'not in', exceptIds);
  return query.executeTakeFirst();
}

/** Issued documents matching a citation, to link a basis written as text to the document itself. */
export function selectCited(db: Executor, tenantId: string, citation: { number: number; typeCode: string; issuerCode: string; year: number | null }) {
  let query = db
    .selectFrom('documents as d')
    .innerJoin('org_units as u', 'u.id', 'd.issuer_unit_id')
    .select(['d.id', 'u.path as issuer_path'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.status', '=', 'issued')
    .where('d.number', '=', citation.number)
    .where('d.type_code', '=', citation.typeCode)
    .where('d.issuer_code', '=', citation.issuerCode);
  if (citation.year !== null) query = query.where('d.year', '=', citation.year);
  return query.limit(2).execute();
}

export async function insertDocument(tx: Tx, row: Insertable<Database['documents']>) {
  return tx.insertInto('documents').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateDocument(tx: Tx, id: string, patch: Updateable<Database['documents']>) {
  return tx
    .updateTable('documents')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function replaceIssuers(tx: Tx, tenantId: string, documentId: string, unitIds: string[]) {
  await tx.deleteFrom('document_issuers').where('document_id', '=', documentId).execute();
  await tx
    .insertInto('document_issuers')
    .values(unitIds.map((unitId, position) => ({ document_id: documentId, unit_id: unitId, tenant_id: tenantId, position })))
    .execute();
}

export async function replaceBases(tx: Tx, documentId: string, rows: Insertable<Database['document_bases']>[]) {
  await tx.deleteFrom('document_bases').where('document_id', '=', documentId).execute();
  if (rows.length > 0) await tx.insertInto('document_bases').values(rows).execute();
}

/** Removes a draft and everything hanging off it (its tasks have no assignments yet). */
export async function deleteDraft(tx: Tx, documentId: string) {
  const taskIds = tx.selectFrom('tasks').select('id').where('document_id', '=', documentId);
  await tx.deleteFrom('task_units').where('task_id', 'in', taskIds).execute();
  await tx.updateTable('tasks').set({ parent_id: null }).where('document_id', '=', documentId).execute();
  await tx.deleteFrom('tasks').where('document_id', '=', documentId).execute();
  await tx.deleteFrom('document_bases').where('document_id', '=', documentId).execute();
  await tx.deleteFrom('document_issuers').where('document_id', '=', documentId).execute();
  await tx.deleteFrom('stored_files').where('document_id', '=', documentId).execute();
  await tx.deleteFrom('documents').where('id', '=', documentId).execute();
}

/** A unit named on one of the document's tasks that lies under none of the given issuer paths. */
export function taskUnitOutside(tx: Tx, documentId: string, issuerPaths: string[]) {
  return tx
    .selectFrom('task_units as tu')
    .innerJoin('tasks as t', 't.id', 'tu.task_id')
    .innerJoin('org_units as u', 'u.id', 'tu.unit_id')
    .select('u.name')
    .where('t.document_id', '=', documentId)
    .where((eb) => eb.not(inScopes(issuerPaths)(eb)))
    .limit(1)
    .executeTakeFirst();
}

export async function copyBases(tx: Tx, fromId: string, toId: string) {
  const rows = await tx.selectFrom('document_bases').selectAll().where('document_id', '=', fromId).execute();
  if (rows.length > 0) await tx.insertInto('document_bases').values(rows.map((row) => ({ ...row, id: newId(), document_id: toId }))).execute();
}

export async function documentOfReport(db: Executor, progressReportId: string): Promise<string> {
  const row = await db
    .selectFrom('progress_reports as r')
    .innerJoin('assignments as a', 'a.id', 'r.assignment_id')
    .select('a.document_id')
    .where('r.id', '=', progressReportId)
    .executeTakeFirstOrThrow();
  return row.document_id;
}
