import { can } from '../../auth/actor.ts';
import type { ServiceContext } from '../../context.ts';
import { documentPolicy } from '../documents/policy.ts';
import { documentsAssignedWithin, type LinkedTaskRow } from './tree-queries.ts';

/**
 * Which of the plans met on a walk the actor may open, by the documents module's rule: an
 * issuer in reach, or (once issued) work assigned to a unit in reach. A plan the actor may
 * not open still counts in the figures; lists and trees leave it out and count it instead.
 */
export async function readableDocumentIds(ctx: ServiceContext, rows: readonly Pick<LinkedTaskRow, 'document_id' | 'document_status' | 'issuer_paths'>[]): Promise<Set<string>> {
  const readable = new Set<string>();
  const throughAssignment = new Set<string>();
  for (const row of rows) {
    if (readable.has(row.document_id)) continue;
    if (row.issuer_paths.some((path) => can(ctx.actor, 'unit.read', path))) readable.add(row.document_id);
    else if (row.document_status !== 'draft') throughAssignment.add(row.document_id);
  }
  for (const id of readable) throughAssignment.delete(id);
  const assigned = await documentsAssignedWithin(ctx.db, [...throughAssignment], documentPolicy.readableScopes(ctx.actor));
  for (const id of assigned) readable.add(id);
  return readable;
}
