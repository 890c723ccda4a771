import { readConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';

/** Opens the configured database for a command and brings its schema up to date. */
export async function openMigrated(): Promise<DatabaseHandle> {
  const handle = await openDatabase(readConfig());
  await migrateToLatest(handle.db);
  return handle;
}
