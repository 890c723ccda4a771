import { createGunzip, createGzip } from 'node:zlib';
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { Tx } from '../context.ts';
import type { Db } from './connection.ts';

const format = 'congtac-backup';
const batchSize = 1000;

async function userTables(db: Db | Tx): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_%'
    ORDER BY table_name`.execute(db);
  return result.rows.map((row) => row.table_name);
}

async function primaryKeyColumn(db: Db, table: string): Promise<string> {
  const result = await sql<{ column_name: string }>`
    SELECT k.column_name FROM information_schema.table_constraints c
    JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_name = c.table_name
    WHERE c.table_schema = 'public' AND c.table_name = ${table} AND c.constraint_type = 'PRIMARY KEY'
    ORDER BY k.ordinal_position LIMIT 1`.execute(db);
  const column = result.rows[0]?.column_name;
  if (!column) throw new Error(`Bảng ${table} không có khóa chính`);
  return column;
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return result.rows.map((row) => row.name);
}

/**
 * Writes every table as gzip'd JSON lines: a header, then batches of rows. The format is the
 * same for the embedded database and PostgreSQL, so a backup moves data between them.
 */
export async function writeBackup(db: Db, file: string): Promise<Record<string, number>> {
  const tables = await userTables(db);
  const counts: Record<string, number> = {};
  const migrations = await appliedMigrations(db);
  async function* lines() {
    yield `${JSON.stringify({ format, version: 1, createdAt: new Date().toISOString(), migrations, tables })}\n`;
    for (const table of tables) {
      counts[table] = 0;
      const key = await primaryKeyColumn(db, table);
      let last: unknown = null;
      for (;;) {
        // Keyset pagination on the primary key: each batch is an index range scan.
        const after = last === null ? sql`TRUE` : sql`${sql.ref(`t.${key}`)} > ${last}`;
        const result = await sql<{ row: unknown; key: unknown }>`
          SELECT to_jsonb(t) AS row, ${sql.ref(`t.${key}`)} AS key FROM ${sql.table(table)} t
          WHERE ${after} ORDER BY ${sql.ref(`t.${key}`)} LIMIT ${batchSize}`.execute(db);
        if (result.rows.length === 0) break;
        counts[table] += result.rows.length;
        last = result.rows[result.rows.length - 1]!.key;
        yield `${JSON.stringify({ table, rows: result.rows.map((r) => r.row) })}\n`;
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(file));
  return counts;
}

/**
 * Replaces all data with a backup's, in one transaction: nothing changes if any row fails.
 * The database must be migrated to the same migrations as the backup.
 */
export async function restoreBackup(db: Db, file: string): Promise<Record<string, number>> {
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as { format?: string; migrations?: string[]; tables?: string[] });
  if (header?.format !== format) throw new Error(`${file} không phải tệp sao lưu Congtac.`);
  const migrations = await appliedMigrations(db);
  if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
    throw new Error(`Tệp sao lưu ở phiên bản lược đồ khác (${header.migrations?.at(-1)}) với cơ sở dữ liệu (${migrations.at(-1)}).`);
  }
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (tx) => {
    await sql`SET CONSTRAINTS ALL DEFERRED`.execute(tx);
    const tables = await userTables(tx);
    await sql`TRUNCATE ${sql.join(tables.map((t) => sql.table(t)))}`.execute(tx);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value.trim()) continue;
      const chunk = JSON.parse(next.value) as { table: string; rows: unknown[] };
      if (!tables.includes(chunk.table)) throw new Error(`Bảng không xác định trong tệp sao lưu: ${chunk.table}`);
      await sql`INSERT INTO ${sql.table(chunk.table)} SELECT * FROM jsonb_populate_recordset(NULL::${sql.table(chunk.table)}, ${JSON.stringify(chunk.rows)}::jsonb)`.execute(tx);
      counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    }
  });
  return counts;
}
