import path from 'node:path';
import { writeBackup } from '../db/backup.ts';
import { openMigrated } from './open.ts';

export async function runBackup(args: string[]): Promise<number> {
  const [file] = args;
  if (!file) {
    process.stderr.write('Cách dùng: congtac backup FILE (ví dụ: congtac backup sao-luu-2026-11-23.jsonl.gz)\n');
    return 2;
  }
  const handle = await openMigrated();
  try {
    const counts = await writeBackup(handle.db, path.resolve(file));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    process.stdout.write(`Đã sao lưu ${total} dòng của ${Object.keys(counts).length} bảng vào ${file}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}
