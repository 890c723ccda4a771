import fs from 'node:fs';
import path from 'node:path';
import { restoreBackup } from '../db/backup.ts';
import { openMigrated } from './open.ts';

export async function runRestore(args: string[]): Promise<number> {
  const [file] = args;
  if (!file || !fs.existsSync(file)) {
    process.stderr.write(file ? `Không tìm thấy tệp ${file}\n` : 'Cách dùng: congtac restore FILE (toàn bộ dữ liệu hiện có sẽ được thay thế)\n');
    return 2;
  }
  const handle = await openMigrated();
  try {
    const counts = await restoreBackup(handle.db, path.resolve(file));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    process.stdout.write(`Đã khôi phục ${total} dòng từ ${file}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}
