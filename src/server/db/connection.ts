import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { openEmbedded } from './embedded.ts';
import { preparingMarkedStatements } from './prepared.ts';

// Dates stay ISO strings ("2026-03-31"): a JS Date would shift them across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint counts fit in a JS number at every scale this platform targets.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'embedded' | 'server';
  close(): Promise<void>;
}

export function databaseOverPglite(pglite: PGlite, onClose: () => Promise<void> = async () => {}): DatabaseHandle {
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  preparingMarkedStatements(pool);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'embedded',
    async close() {
      await db.destroy();
      await pglite.close();
      await onClose();
    },
  };
}

export function databaseOverServer(connectionString: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // The server may close an idle connection (restart, failover, a dropped database); the pool
  // discards it and opens a new one on the next query. Without a listener Node would end the process.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`));
  preparingMarkedStatements(pool);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'server', close: () => db.destroy() };
}

/** The embedded database under `dataDir`, or the server at `databaseUrl` when one is given. */
export async function openDatabase(options: { dataDir: string; databaseUrl: string | null }): Promise<DatabaseHandle> {
  if (options.databaseUrl) return databaseOverServer(options.databaseUrl);
  const { pglite, release } = await openEmbedded(options.dataDir);
  return databaseOverPglite(pglite, release);
}
