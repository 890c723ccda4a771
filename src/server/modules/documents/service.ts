import { formatSymbol, issuerSymbolOf, nextFreeNumber, type Notation } from '../../../domain/document-number.ts';
import { isEditable, kindOfType, type DocumentKind, type SignatureBlock } from '../../../domain/documents.ts';
import type { RollupMethod } from '../../../domain/rollup.ts';
import { escapeLikePattern } from '../../../domain/text.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import { can } from '../../auth/actor.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import type { DocumentRow, PlanSection, PlanTarget } from '../../db/schema.ts';
import { badRequest, conflict, notFound, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { readableUnit, unitForWrite } from '../units/service.ts';
import { documentPolicy, type IssuerRef } from './policy.ts';
import * as q from './queries.ts';
import { toDocumentDetail, toDocumentSummary } from './views.ts';

export interface BasisInput {
  documentId?: string | null;
  number?: string | null;
  typeCode?: string | null;
  issuerCode?: string | null;
  issuedOn?: string | null;
  citation?: string | null;
}

export interface DocumentFields {
  kind?: DocumentKind;
  typeCode: string;
  issuerCode?: string;
  notation?: Notation;
  number?: number | null;
  year?: number;
  issuedOn?: string | null;
  place?: string | null;
  title: string;
  recipients?: string[];
  signature?: SignatureBlock | null;
  bases?: BasisInput[];
  sections?: PlanSection[];
  targets?: PlanTarget[];
  rollupMethod?: RollupMethod;
}

export interface DocumentInput extends DocumentFields {
  issuerUnitIds: string[];
}

export interface LoadedDocument {
  doc: DocumentRow;
  issuers: IssuerRef[];
}

const issuerRefs = (rows: Awaited<ReturnType<typeof q.selectIssuers>>): IssuerRef[] => rows.map((row) => ({ unitId: row.unit_id, path: row.path }));

/** A document the actor may read, with its issuers; other modules resolve documents through this. */
export async function loadReadableDocument(ctx: ServiceContext, documentId: string, db: Db | Tx = ctx.db): Promise<LoadedDocument> {
  const doc = await q.findDocument(db, ctx.actor.tenantId, documentId);
  if (!doc) throw notFound('document');
  const issuers = issuerRefs(await q.selectIssuers(db, [doc.id]));
  const paths = issuers.map((issuer) => issuer.path);
  const throughIssuer = paths.some((path) => can(ctx.actor, 'unit.read', path));
  const throughAssignment = !throughIssuer && doc.status !== 'draft' && (await q.assignedWithin(db, doc.id, documentPolicy.readableScopes(ctx.actor)));
  documentPolicy.read(ctx.actor, paths, throughAssignment);
  return { doc, issuers };
}

/** A document locked for a change inside `tx`, after checking that it is a draft the actor may edit. */
export async function loadDraftForWrite(tx: Tx, ctx: ServiceContext, documentId: string): Promise<LoadedDocument> {
  const doc = await q.lockDocument(tx, ctx.actor.tenantId, documentId);
  if (!doc) throw notFound('document');
  const issuers = issuerRefs(await q.selectIssuers(tx, [doc.id]));
  documentPolicy.draft(ctx.actor, issuers.map((issuer) => issuer.path));
  if (!isEditable(doc.status)) throw conflict('document_not_editable');
  return { doc, issuers };
}

export async function listDocuments(ctx: ServiceContext, query: { unitId?: string; year?: number; status?: string; kind?: string; search?: string; limit?: number; offset?: number }) {
  const scopes = documentPolicy.readableScopes(ctx.actor);
  if (scopes.length === 0) return { items: [], hasMore: false };
  const unitPath = query.unitId ? (await readableUnit(ctx, query.unitId)).path : undefined;
  const limit = Math.min(query.limit ?? 50, 200);
  const rows = await q.selectDocuments(ctx.db, {
    tenantId: ctx.actor.tenantId,
    scopes,
    unitPath,
    year: query.year,
    status: query.status,
    kind: query.kind,
    search: query.search ? `%${escapeLikePattern(query.search.trim().toLowerCase())}%` : undefined,
    limit: limit + 1,
    offset: query.offset ?? 0,
  });
  const page = rows.slice(0, limit);
  const ids = page.map((doc) => doc.id);
  const [issuers, counts] = await Promise.all([q.selectIssuers(ctx.db, ids), q.countTasks(ctx.db, ids)]);
  return {
    items: page.map((doc) => toDocumentSummary(doc, issuers.filter((i) => i.document_id === doc.id), counts.get(doc.id) ?? 0)),
    hasMore: rows.length > limit,
  };
}

export async function getDocument(ctx: ServiceContext, documentId: string) {
  const { doc, issuers: refs } = await loadReadableDocument(ctx, documentId);
  const [issuers, bases, files, implementedBy, counts, successor] = await Promise.all([
    q.selectIssuers(ctx.db, [doc.id]),
    q.selectBases(ctx.db, doc.id),
    q.selectFiles(ctx.db, { documentId: doc.id }),
    q.selectImplementedBy(ctx.db, doc.id),
    q.countTasks(ctx.db, [doc.id]),
    q.findSuccessor(ctx.db, doc.id),
  ]);
  const paths = refs.map((issuer) => issuer.path);
  return toDocumentDetail({
    doc,
    issuers,
    bases,
    files,
    implementedBy: implementedBy.filter((row) => can(ctx.actor, 'unit.read', row.issuer_path)),
    taskCount: counts.get(doc.id) ?? 0,
    nextVersionId: successor?.id ?? null,
    allowed: {
      edit: doc.status === 'draft' && documentPolicy.canDraft(ctx.actor, paths),
      issue: doc.status === 'draft' && documentPolicy.canIssue(ctx.actor, paths),
      newVersion: doc.status === 'issued' && !successor && documentPolicy.canDraft(ctx.actor, paths),
    },
  });
}

export async function suggestNumber(ctx: ServiceContext, query: { issuerUnitId: string; typeCode: string; year?: number; notation?: Notation }) {
  const issuer = await readableUnit(ctx, query.issuerUnitId);
  const year = query.year ?? Number(vietnamToday().slice(0, 4));
  const number = nextFreeNumber(await q.numbersInRegister(ctx.db, ctx.actor.tenantId, issuer.id, query.typeCode, year));
  const issuerCode = issuerSymbolOf(issuer);
  const notation = query.notation ?? defaultNotation(issuer.kind);
  return { number, year, issuerCode, notation, symbol: formatSymbol({ number, typeCode: query.typeCode, issuerCode }, notation) };
}

/** Mass associations number their documents the state's way ("18/KH-CĐVC"); Party bodies the Party's way. */
function defaultNotation(kind: string): Notation {
  return kind === 'association' ? 'state' : 'party';
}

async function lockIssuers(tx: Tx, ctx: ServiceContext, unitIds: string[]) {
  if (new Set(unitIds).size !== unitIds.length) throw badRequest('issuer_repeated');
  const units = [];
  for (const unitId of unitIds) units.push(await unitForWrite(tx, ctx, unitId));
  documentPolicy.draft(ctx.actor, units.map((unit) => unit.path));
  return units;
}

/** Links a basis written as a citation to the document itself when exactly one readable document matches. */
async function resolveBases(tx: Tx, ctx: ServiceContext, documentId: string, bases: BasisInput[]) {
  const rows = [];
  for (const [position, basis] of bases.entries()) {
    let basisDocumentId: string | null = null;
    if (basis.documentId) {
      // Whoever may read a plan may cite it: a cell names the bloc's plan that assigns it work.
      const { doc: basisDoc } = await loadReadableDocument(ctx, basis.documentId, tx);
      if (basisDoc.status === 'draft') throw notFound('document');
      basisDocumentId = basisDoc.id;
    } else if (basis.number && basis.typeCode && basis.issuerCode && /^\d+$/.test(basis.number)) {
      const year = basis.issuedOn ? Number(basis.issuedOn.slice(0, 4)) : null;
      const cited = await q.selectCited(tx, ctx.actor.tenantId, { number: Number(basis.number), typeCode: basis.typeCode, issuerCode: basis.issuerCode, year });
      const readable = cited.filter((row) => can(ctx.actor, 'unit.read', row.issuer_path));
      if (readable.length === 1) basisDocumentId = readable[0]!.id;
    }
    rows.push({
      id: newId(),
      tenant_id: ctx.actor.tenantId,
      document_id: documentId,
      position,
      basis_document_id: basisDocumentId,
      number: basis.number ?? null,
      type_code: basis.typeCode ?? null,
      issuer_code: basis.issuerCode ?? null,
      issued_on: basis.issuedOn ?? null,
      citation: basis.citation?.trim() || null,
    });
  }
  const empty = rows.find((row) => !row.basis_document_id && !row.number && !row.citation);
  if (empty) throw badRequest('validation_failed', {}, [{ path: `body.bases.${empty.position}`, message: 'Căn cứ cần số văn bản, trích yếu hoặc văn bản được liên kết.' }]);
  return rows;
}

export async function ensureNumberFree(tx: Tx, doc: Pick<DocumentRow, 'id' | 'tenant_id' | 'issuer_unit_id' | 'type_code' | 'year' | 'number' | 'issuer_code' | 'notation' | 'previous_version_id'>) {
  if (doc.number === null) return;
  const except = [doc.id, ...(doc.previous_version_id ? [doc.previous_version_id] : [])];
  const taken = await q.issuedWithNumber(tx, { tenantId: doc.tenant_id, issuerUnitId: doc.issuer_unit_id, typeCode: doc.type_code, year: doc.year, number: doc.number }, except);
  if (taken) throw conflict('document_number_taken', { symbol: formatSymbol({ number: doc.number, typeCode: doc.type_code, issuerCode: doc.issuer_code }, doc.notation), year: doc.year });
}

export function auditDocument(doc: DocumentRow): Record<string, unknown> {
  const { created_at: _created, updated_at: _updated, issued_at: _issuedAt, ...rest } = doc;
  return rest;
}

const json = (value: unknown) => JSON.stringify(value);

/** Creates a draft inside `tx`; plans created from an extraction or a cascade start here. */
export async function createDocumentIn(tx: Tx, ctx: ServiceContext, input: DocumentInput): Promise<{ doc: DocumentRow; issuerPaths: string[] }> {
  return insertDraftIn(tx, ctx, input, await lockIssuers(tx, ctx, input.issuerUnitIds));
}

/**
 * Writes a draft of issuers already locked and authorized by the caller's own rule — the
 * approved minutes of a meeting give its unit the conclusions notice (thông báo kết luận)
 * without the approver holding document.draft. Everything else is as createDocumentIn.
 */
export async function insertDraftIn(tx: Tx, ctx: ServiceContext, input: DocumentFields, issuers: Awaited<ReturnType<typeof unitForWrite>>[]): Promise<{ doc: DocumentRow; issuerPaths: string[] }> {
  const primary = issuers[0]!;
  const id = newId();
  const typeCode = input.typeCode.trim();
  const year = input.year ?? (input.issuedOn ? Number(input.issuedOn.slice(0, 4)) : Number(vietnamToday().slice(0, 4)));
  const row = {
    id,
    tenant_id: ctx.actor.tenantId,
    issuer_unit_id: primary.id,
    kind: input.kind ?? kindOfType(typeCode),
    type_code: typeCode,
    issuer_code: input.issuerCode?.trim() || issuerSymbolOf(primary),
    notation: input.notation ?? defaultNotation(primary.kind),
    number: input.number ?? null,
    year,
    issued_on: input.issuedOn ?? null,
    place: input.place?.trim() || null,
    title: input.title.trim(),
    recipients: json(input.recipients ?? []),
    signature: input.signature ? json(input.signature) : null,
    sections: json(input.sections ?? []),
    targets: json(input.targets ?? []),
    rollup_method: input.rollupMethod ?? 'average',
    previous_version_id: null,
    created_by: ctx.actor.userId,
  };
  await ensureNumberFree(tx, { ...row, notation: row.notation });
  const doc = await q.insertDocument(tx, row);
  await q.replaceIssuers(tx, ctx.actor.tenantId, id, issuers.map((unit) => unit.id));
  await q.replaceBases(tx, id, await resolveBases(tx, ctx, id, input.bases ?? []));
  await recordChange(tx, ctx.actor, { action: 'create', entityType: 'document', entityId: id, unitPath: primary.path, before: null, after: { ...auditDocument(doc), issuers: issuers.map((unit) => unit.id) } });
  return { doc, issuerPaths: issuers.map((unit) => unit.path) };
}

export async function createDocument(ctx: ServiceContext, input: DocumentInput) {
  const { doc } = await ctx.db.transaction().execute((tx) => createDocumentIn(tx, ctx, input));
  return getDocument(ctx, doc.id);
}

export async function updateDocument(ctx: ServiceContext, documentId: string, patch: Partial<DocumentInput>) {
  await ctx.db.transaction().execute(async (tx) => {
    const { doc: before, issuers: current } = await loadDraftForWrite(tx, ctx, documentId);
    const issuers = patch.issuerUnitIds ? await lockIssuers(tx, ctx, patch.issuerUnitIds) : null;
    if (issuers) {
      // Tasks already handed to units must stay within the new issuers' reach.
      const stranded = await q.taskUnitOutside(tx, documentId, issuers.map((unit) => unit.path));
      if (stranded) throw unprocessable('task_unit_out_of_reach', { name: stranded.name });
      await q.replaceIssuers(tx, ctx.actor.tenantId, documentId, issuers.map((unit) => unit.id));
    }
    const set = {
      ...(issuers ? { issuer_unit_id: issuers[0]!.id } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.typeCode !== undefined ? { type_code: patch.typeCode.trim() } : {}),
      ...(patch.issuerCode !== undefined ? { issuer_code: patch.issuerCode.trim() } : {}),
      ...(patch.notation !== undefined ? { notation: patch.notation } : {}),
      ...(patch.number !== undefined ? { number: patch.number } : {}),
      ...(patch.year !== undefined ? { year: patch.year } : {}),
      ...(patch.issuedOn !== undefined ? { issued_on: patch.issuedOn } : {}),
      ...(patch.place !== undefined ? { place: patch.place?.trim() || null } : {}),
      ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
      ...(patch.recipients !== undefined ? { recipients: json(patch.recipients) } : {}),
      ...(patch.signature !== undefined ? { signature: patch.signature ? json(patch.signature) : null } : {}),
      ...(patch.sections !== undefined ? { sections: json(patch.sections) } : {}),
      ...(patch.targets !== undefined ? { targets: json(patch.targets) } : {}),
      ...(patch.rollupMethod !== undefined ? { rollup_method: patch.rollupMethod } : {}),
    };
    const after = await q.updateDocument(tx, documentId, set);
    await ensureNumberFree(tx, after);
    if (patch.bases !== undefined) await q.replaceBases(tx, documentId, await resolveBases(tx, ctx, documentId, patch.bases));
    const unitPath = issuers?.[0]?.path ?? current[0]!.path;
    await recordChange(tx, ctx.actor, { action: 'update', entityType: 'document', entityId: documentId, unitPath, before: auditDocument(before), after: auditDocument(after) });
  });
  return getDocument(ctx, documentId);
}

export async function deleteDocument(ctx: ServiceContext, documentId: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const { doc, issuers } = await loadDraftForWrite(tx, ctx, documentId);
    await q.deleteDraft(tx, documentId);
    await recordChange(tx, ctx.actor, { action: 'delete', entityType: 'document', entityId: documentId, unitPath: issuers[0]!.path, before: auditDocument(doc), after: null });
  });
  return { ok: true as const };
}
