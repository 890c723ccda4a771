import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseOverPglite, databaseOverServer, type DatabaseHandle } from '../db/connection.ts';
import { openEmbeddedFromDump } from '../db/embedded.ts';

/** Which database the API tests run on: the embedded one (default) or a PostgreSQL server. */
export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export const templateDatabaseName = 'congtac_test_template';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh database holding the migrated, demo-seeded template: a PGlite clone of the dump
 * made by the global setup, or `CREATE DATABASE … TEMPLATE` on the server. Dropped on close.
 */
export async function openTestDatabase(template: { pgliteDump?: string; serverUrl?: string }): Promise<DatabaseHandle> {
  if (testDatabaseKind() === 'pglite') {
    if (!template.pgliteDump) throw new Error('global setup did not provide the PGlite template');
    const pglite = await openEmbeddedFromDump(new Blob([fs.readFileSync(template.pgliteDump)]));
    return databaseOverPglite(pglite);
  }
  if (!template.serverUrl) throw new Error('TEST_DATABASE_URL is required when TEST_DB=postgres');
  const server = await createServerTestDatabase(template.serverUrl);
  const handle = databaseOverServer(server.url, 4);
  return {
    ...handle,
    async close() {
      await handle.close();
      await server.drop();
    },
  };
}

/** A copy of the template on the server, for tests that need its address (another client connects to it). */
export async function createServerTestDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `congtac_test_${randomBytes(6).toString('hex')}`;
  const onServer = async (statement: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(statement);
    await admin.end();
  };
  await onServer(`CREATE DATABASE ${name} TEMPLATE ${templateDatabaseName}`);
  return { url: withDatabase(serverUrl, name), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
