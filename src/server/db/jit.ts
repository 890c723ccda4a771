import { sql } from 'kysely';
import type { ServiceContext, Tx } from '../context.ts';

/**
 * PostgreSQL estimates recursive walks and wide aggregates far above their real cost and would
 * spend seconds compiling them with JIT where running them takes milliseconds, so such reads
 * run with JIT off for the rest of their transaction.
 */
export async function disableJit(tx: Tx): Promise<void> {
  await sql`SET LOCAL jit = off`.execute(tx);
}

/** A read in one transaction (one snapshot) without JIT. */
export function readWithoutJit<T>(ctx: ServiceContext, read: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    await disableJit(tx);
    return read({ ...ctx, db: tx });
  });
}
