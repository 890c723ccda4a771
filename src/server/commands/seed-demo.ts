import { loadDemoIfEmpty } from '../demo/load-demo.ts';
import { openMigrated } from './open.ts';

export async function runSeedDemo(): Promise<number> {
  const handle = await openMigrated();
  try {
    const demo = await loadDemoIfEmpty(handle.db);
    if (!demo) {
      process.stderr.write('Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu.\n');
      return 1;
    }
    process.stdout.write(`Đã nạp dữ liệu mẫu. Mật khẩu chung: ${demo.password}\n`);
    for (const account of demo.accounts) process.stdout.write(`  ${account.login.padEnd(12)} ${account.role.padEnd(10)} ${account.unitName}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}
