import { auditDiff } from '../../../domain/audit-diff.ts';
import { type Actor, requireAnyScope } from '../../auth/actor.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { type AuditInsert, insertAuditEntry, selectAuditEntries } from './queries.ts';
import { auditReadPermission } from './policy.ts';

export interface Change {
  action: string;
  entityType: string;
  entityId: string;
  /** The unit the entity belongs to: admins of that subtree see the entry. */
  unitPath: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

type AuditActor = Pick<Actor, 'tenantId' | 'userId'> | { tenantId: string; userId: null };

/** The audit entry of a change: the fields it changed, before and after. */
export function auditEntryOf(actor: AuditActor, change: Change): AuditInsert {
  const diff = auditDiff(change.before, change.after);
  return {
    tenantId: actor.tenantId,
    actorUserId: actor.userId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    unitPath: change.unitPath,
    before: diff.before,
    after: diff.after,
  };
}

/** Every write calls this inside its transaction, so the change and its trace commit together. */
export async function recordChange(tx: Tx, actor: AuditActor, change: Change): Promise<void> {
  await insertAuditEntry(tx, auditEntryOf(actor, change));
}

export interface AuditQuery {
  unitPath?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

function decodeCursor(cursor: string | undefined) {
  if (!cursor) return undefined;
  const [occurredAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  return occurredAt && id ? { occurredAt, id } : undefined;
}

export async function listAuditEntries(ctx: ServiceContext, query: AuditQuery) {
  const scopes = requireAnyScope(ctx.actor, auditReadPermission);
  const limit = Math.min(query.limit ?? 50, 200);
  const rows = await selectAuditEntries(ctx.db, {
    tenantId: ctx.actor.tenantId,
    scopes,
    unitPath: query.unitPath,
    entityType: query.entityType,
    entityId: query.entityId,
    actorUserId: query.actorUserId,
    action: query.action,
    from: query.from,
    to: query.to,
    before: decodeCursor(query.cursor),
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last ? Buffer.from(`${last.occurred_at.toISOString()}|${last.id}`).toString('base64url') : null;
  return {
    items: page.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at.toISOString(),
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      actor: row.actor_user_id ? { id: row.actor_user_id, name: row.actor_name ?? '', login: row.actor_login ?? '' } : null,
      before: (row.before ?? null) as Record<string, unknown> | null,
      after: (row.after ?? null) as Record<string, unknown> | null,
    })),
    nextCursor,
  };
}
