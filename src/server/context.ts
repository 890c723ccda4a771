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
