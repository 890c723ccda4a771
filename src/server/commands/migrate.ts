import { readConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';

export async function runMigrate(): Promise<number> {
  const handle = await openDatabase(readConfig());
  try {
    const applied = await migrateToLatest(handle.db);
    process.stdout.write(applied.length ? `Đã áp dụng: ${applied.join(', ')}\n` : 'Lược đồ đã ở phiên bản mới nhất.\n');
    return 0;
  } finally {
    await handle.close();
  }
}
