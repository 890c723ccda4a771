/**
 * The app served alone for the end-of-quarter rush (`bench/rush.ts` starts it as a child
 * process, so the load generator does not share its event loop). Same build as `npm run
 * bench` serves: `buildApp` over PostgreSQL, no request log, no scheduled jobs. Environment:
 * DATABASE_URL, PORT, POOL_SIZE (pg connections per process, default 10 as the server's own)
 * and WORKERS (processes sharing the port through node:cluster, default 1 as `congtac start`).
 */
import cluster from 'node:cluster';
import { buildApp } from '../src/server/app.ts';
import { readConfig } from '../src/server/config.ts';
import { databaseOverServer } from '../src/server/db/connection.ts';

const databaseUrl = process.env.DATABASE_URL!;
const port = Number(process.env.PORT);
const poolSize = Number(process.env.POOL_SIZE ?? 10);
const workers = Number(process.env.WORKERS ?? 1);

if (workers > 1 && cluster.isPrimary) {
  let ready = 0;
  for (let i = 0; i < workers; i++) {
    cluster.fork().on('message', (message) => {
      if (message === 'ready' && ++ready === workers) process.stdout.write(`listening http://127.0.0.1:${port}\n`);
    });
  }
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const handle = databaseOverServer(databaseUrl, poolSize);
  const app = await buildApp({ db: handle.db, config: { ...readConfig({}), databaseUrl, jobs: false } });
  await app.listen({ port, host: '127.0.0.1' });
  if (cluster.isWorker) process.send!('ready');
  else process.stdout.write(`listening http://127.0.0.1:${port}\n`);
  process.on('SIGTERM', () => {
    void app.close().then(() => handle.close()).then(() => process.exit(0));
  });
}
