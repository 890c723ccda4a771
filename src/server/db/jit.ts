import { sql } from 'kysely';
import type { Tx } from '../context.ts';
import type { Db } from './connection.ts';

/**
 * PostgreSQL estimates recursive walks and wide aggregates far above their real cost and would
 * spend seconds compiling them with JIT where running them takes milliseconds, so such reads
 * run with JIT off for the rest of their transaction.
 */
export async function disableJit(tx: Tx): Promise<void> {
  await sql`SET LOCAL jit = off`.execute(tx);
}

/** A read in one transaction (one snapshot) without JIT, given the context with `db` the transaction. */
export function readWithoutJit<C extends { db: Db }, T>(ctx: C, read: (ctx: C) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    await disableJit(tx);
    return read({ ...ctx, db: tx });
  });
}
