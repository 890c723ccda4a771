import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';

export interface AuditInsert {
  tenantId: string;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  unitPath: string | null;
  before: unknown;
  after: unknown;
}

const jsonOrNull = (value: unknown) => (value === null ? null : JSON.stringify(value));

/**
 * The entry written by the statement that makes the change, as `INSERT … SELECT … FROM <cte>`:
 * only if that statement's CTE returns the changed row (see the reports' `changeReport`).
 */
export function auditEntryFrom(cte: string, entry: AuditInsert) {
  return sql`INSERT INTO audit_entries (id, tenant_id, actor_user_id, action, entity_type, entity_id, unit_path, before, after)
    SELECT ${newId()}::uuid, ${entry.tenantId}::uuid, ${entry.actorUserId}::uuid, ${entry.action}, ${entry.entityType}, ${entry.entityId}::uuid, ${entry.unitPath}::ltree,
           ${jsonOrNull(entry.before)}::jsonb, ${jsonOrNull(entry.after)}::jsonb
    FROM ${sql.table(cte)}`;
}

export async function insertAuditEntry(tx: Tx | Db, entry: AuditInsert): Promise<void> {
  await tx
    .insertInto('audit_entries')
    .values({
      id: newId(),
      tenant_id: entry.tenantId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      unit_path: entry.unitPath,
      before: jsonOrNull(entry.before),
      after: jsonOrNull(entry.after),
    })
    .execute();
}

export interface AuditFilter {
  tenantId: string;
  scopes: string[];
  unitPath?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  from?: string;
  to?: string;
  before?: { occurredAt: string; id: string };
  limit: number;
}

export async function selectAuditEntries(db: Db, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_entries as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select([
      'a.id',
      'a.occurred_at',
      'a.action',
      'a.entity_type',
      'a.entity_id',
      'a.before',
      'a.after',
      'a.actor_user_id',
      'u.display_name as actor_name',
      'u.login as actor_login',
    ])
    .where('a.tenant_id', '=', filter.tenantId)
    .where((eb) => eb.or(filter.scopes.map((scope) => eb(sql`a.unit_path`, '<@', sql`${scope}::ltree`))));
  if (filter.unitPath) query = query.where(sql<boolean>`a.unit_path <@ ${filter.unitPath}::ltree`);
  if (filter.entityType) query = query.where('a.entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('a.entity_id', '=', filter.entityId);
  if (filter.actorUserId) query = query.where('a.actor_user_id', '=', filter.actorUserId);
  if (filter.action) query = query.where('a.action', '=', filter.action);
  if (filter.from) query = query.where('a.occurred_at', '>=', new Date(filter.from));
  if (filter.to) query = query.where('a.occurred_at', '<', new Date(filter.to));
  if (filter.before) {
    const { occurredAt, id } = filter.before;
    query = query.where(sql<boolean>`(a.occurred_at, a.id) < (${new Date(occurredAt)}, ${id}::uuid)`);
  }
  return query.orderBy('a.occurred_at', 'desc').orderBy('a.id', 'desc').limit(filter.limit).execute();
}
