import type { Transaction } from 'kysely';
import type { Actor } from './auth/actor.ts';
import type { Db } from './db/connection.ts';
import type { Database } from './db/schema.ts';

export type Tx = Transaction<Database>;

/** What a service function needs to act on behalf of a signed-in account. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
}

/**
 * The context of a scheduled job's work for one tenant (keeping roll-up summaries): it acts for
 * nobody — no account, no roles, so every policy check refuses — and only reads the tenant's data.
 */
export function jobContext(db: Db, tenantId: string): ServiceContext {
  return { db, actor: { userId: '', tenantId, personId: null, displayName: 'Congtac', login: '', grants: [] } };
}
