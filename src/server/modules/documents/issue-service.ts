import { nextFreeNumber } from '../../../domain/document-number.ts';
import { planKinds } from '../../../domain/documents.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import type { DocumentRow } from '../../db/schema.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { copyPlanBody, scheduleAssignments } from '../plans/issue-hooks.ts';
import { documentPolicy } from './policy.ts';
import * as q from './queries.ts';
import { auditDocument, ensureNumberFree, getDocument } from './service.ts';

/**
 * Issues a draft: it gets its number (the next free one unless given) and date, becomes
 * immutable, and a plan's lead and partner units receive their assignments. Issuing a new
 * version supersedes the one it corrects, in the same transaction.
 */
export async function issueDocument(ctx: ServiceContext, documentId: string, input: { number?: number; issuedOn?: string }) {
  await ctx.db.transaction().execute(async (tx) => {
    const before = await q.lockDocument(tx, ctx.actor.tenantId, documentId);
    if (!before) throw notFound('document');
    const issuers = await q.selectIssuers(tx, [before.id]);
    documentPolicy.issue(ctx.actor, issuers.map((issuer) => issuer.path));
    await issueDraftIn(tx, ctx, before, issuers[0]!.path, input);
  });
  return getDocument(ctx, documentId);
}

/**
 * The issuing itself, inside `tx`, of a draft locked by the caller after its own permission
 * check (issueDocument's document.issue, or the approval of a meeting's minutes for the
 * conclusions notice): numbering in the register, supersession, assignments and the audit entry.
 */
export async function issueDraftIn(tx: Tx, ctx: ServiceContext, before: DocumentRow, issuerPath: string, input: { number?: number; issuedOn?: string }): Promise<DocumentRow> {
  if (before.status !== 'draft') throw conflict('document_not_editable');
  const issuedOn = input.issuedOn ?? before.issued_on ?? vietnamToday();
  const year = Number(issuedOn.slice(0, 4));
  const number = input.number ?? (before.year === year ? before.number : null) ?? nextFreeNumber(await q.numbersInRegister(tx, before.tenant_id, before.issuer_unit_id, before.type_code, year));
  const previous = before.previous_version_id ? await q.lockDocument(tx, ctx.actor.tenantId, before.previous_version_id) : undefined;
  await ensureNumberFree(tx, { ...before, number, year });
  if (previous) {
    const superseded = await q.updateDocument(tx, previous.id, { status: 'superseded' });
    await recordChange(tx, ctx.actor, { action: 'supersede', entityType: 'document', entityId: previous.id, unitPath: issuerPath, before: auditDocument(previous), after: auditDocument(superseded) });
  }
  const after = await q.updateDocument(tx, before.id, { status: 'issued', number, issued_on: issuedOn, year, issued_by: ctx.actor.userId, issued_at: new Date() });
  const assignments = planKinds.includes(after.kind) ? await scheduleAssignments(tx, ctx, after, previous?.id ?? null) : 0;
  await recordChange(tx, ctx.actor, { action: 'issue', entityType: 'document', entityId: after.id, unitPath: issuerPath, before: auditDocument(before), after: { ...auditDocument(after), assignments } });
  return after;
}

/**
 * Starts the correction of an issued document: a draft copy (issuers, bases, sections,
 * tasks and their units) that keeps the number and points back at what it corrects.
 */
export async function createVersion(ctx: ServiceContext, documentId: string) {
  const id = await ctx.db.transaction().execute(async (tx) => {
    const current = await q.lockDocument(tx, ctx.actor.tenantId, documentId);
    if (!current) throw notFound('document');
    const issuers = await q.selectIssuers(tx, [current.id]);
    documentPolicy.draft(ctx.actor, issuers.map((issuer) => issuer.path));
    if (current.status === 'draft') throw conflict('document_not_issued');
    if (current.status === 'superseded' || (await q.findSuccessor(tx, current.id))) throw conflict('document_has_successor');
    const { id: _id, created_at: _created, updated_at: _updated, status: _status, issued_by: _by, issued_at: _at, ...fields } = current;
    const copy = await q.insertDocument(tx, {
      ...fields,
      id: newId(),
      recipients: JSON.stringify(current.recipients),
      signature: current.signature ? JSON.stringify(current.signature) : null,
      sections: JSON.stringify(current.sections),
      targets: JSON.stringify(current.targets),
      version: current.version + 1,
      previous_version_id: current.id,
      created_by: ctx.actor.userId,
    });
    await q.replaceIssuers(tx, ctx.actor.tenantId, copy.id, issuers.map((issuer) => issuer.unit_id));
    await q.copyBases(tx, current.id, copy.id);
    await copyPlanBody(tx, current.id, copy.id);
    await recordChange(tx, ctx.actor, { action: 'create_version', entityType: 'document', entityId: copy.id, unitPath: issuers[0]!.path, before: null, after: auditDocument(copy) });
    return copy.id;
  });
  return getDocument(ctx, id);
}
