import pino from 'pino';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadDemoIfEmpty } from './demo/load-demo.ts';
import { startPlatformJobs } from './jobs/schedules.ts';

/** Starts Congtac: opens the database, migrates, seeds demo data on an empty database, listens. */
export async function startServer(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.logLevel });
  const handle = await openDatabase(config);
  logger.info({ database: handle.kind, dataDir: handle.kind === 'embedded' ? config.dataDir : undefined }, 'database open');
  const applied = await migrateToLatest(handle.db);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const demo = config.seedDemo ? await loadDemoIfEmpty(handle.db) : null;
  const jobs = config.jobs ? await startPlatformJobs(handle.db, config, logger) : null;

  const app = await buildApp({ db: handle.db, config, logger });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 15_000);
    timer.unref();
    await app.close();
    await jobs?.stop();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const url = config.publicUrl;
  const lines = [``, `Congtac đang chạy tại ${url}  (API: ${url}/api/docs)`];
  if (demo) {
    lines.push(`Dữ liệu mẫu đã được tạo. Tài khoản mẫu (mật khẩu: ${demo.password}):`);
    for (const account of demo.accounts) lines.push(`  ${account.login.padEnd(12)} ${account.role.padEnd(10)} ${account.unitName}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
