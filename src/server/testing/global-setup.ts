import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { databaseOverPglite, databaseOverServer } from '../db/connection.ts';
import { embeddedExtensions } from '../db/embedded.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { templateDatabaseName, testDatabaseKind, withDatabase } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    serverUrl: string;
  }
}

/** Migrates and seeds one template database per run; each test file then clones it. */
export default async function setup(project: TestProject) {
  if (testDatabaseKind() === 'pglite') {
    const pglite = new PGlite({ extensions: embeddedExtensions });
    const handle = databaseOverPglite(pglite);
    await migrateToLatest(handle.db);
    await seedDemoIfEmpty(handle.db);
    const dump = await pglite.dumpDataDir('none');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-template-')), 'template.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
    project.provide('pgliteDump', file);
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is required when TEST_DB=postgres');
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabaseName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${templateDatabaseName}`);
  await admin.end();
  const handle = databaseOverServer(withDatabase(serverUrl, templateDatabaseName), 2);
  await migrateToLatest(handle.db);
  await seedDemoIfEmpty(handle.db);
  await handle.close();
  project.provide('serverUrl', serverUrl);
  project.provide('pgliteDump', '');
}
