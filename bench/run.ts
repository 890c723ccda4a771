/**
 * Benchmarks against PostgreSQL with city-size generated data (DESIGN.md "Scale").
 * `npm run bench` starts a throwaway cluster unless DATABASE_URL is set, generates the
 * data once (reused when a scale tenant exists), serves the real app on a local port and
 * measures the API over HTTP. Prints a Markdown table; exits 1 if a budget is missed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.ts';
import { generatePlans } from '../src/server/commands/generate-plans.ts';
import { generateScale, citySize } from '../src/server/commands/generate-scale.ts';
import { readConfig } from '../src/server/config.ts';
import { databaseOverServer } from '../src/server/db/connection.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { demoPassword } from '../src/server/demo/seed.ts';
import { dashboardBenchmarks } from './dashboard.bench.ts';
import { foundationBenchmarks } from './foundation.bench.ts';
import { importBenchmarks } from './import.bench.ts';
import { meetingBenchmarks } from './meetings.bench.ts';
import { planBenchmarks } from './plans.bench.ts';
import { reportBenchmarks } from './reports.bench.ts';
import { targetBenchmarks } from './targets.bench.ts';
import { printTable, type Measurement } from './lib.ts';

let clusterDir: string | null = null;
let databaseUrl = process.env.DATABASE_URL ?? '';
if (!databaseUrl) {
  clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-bench-'));
  databaseUrl = execFileSync('scripts/pg-cluster.sh', ['start', clusterDir], { encoding: 'utf8' }).trim();
}

const handle = databaseOverServer(databaseUrl, 10);
try {
  await migrateToLatest(handle.db);
  let scale = await handle.db
    .selectFrom('users')
    .innerJoin('org_units', 'org_units.id', 'users.home_unit_id')
    .select(['users.login', 'org_units.id as root_id', 'org_units.tenant_id'])
    .where('users.login', 'like', 'scale-admin-%')
    .executeTakeFirst();
  if (!scale) {
    process.stdout.write('Generating city-size data (≈ 1 minute)…\n');
    const generated = await generateScale(handle.db, citySize);
    scale = { login: generated.login, root_id: generated.rootId, tenant_id: generated.tenantId };
  }
  const tenantId = scale.tenant_id;
  const hasPlans = await handle.db.selectFrom('documents').select('id').where('tenant_id', '=', tenantId).limit(1).executeTakeFirst();
  if (!hasPlans) {
    // A city generated before plans were part of the data set gets them now.
    process.stdout.write('Generating plans, tasks and assignments…\n');
    await handle.db.transaction().execute((tx) => generatePlans(tx, tenantId));
    await sql`ANALYZE`.execute(handle.db);
  }
  // `npm run bench -- reports meetings` runs only those suites.
  const only = process.argv.slice(2);
  const runs = (suite: string) => only.length === 0 || only.includes(suite);
  // The home screen's benchmark opens the web app as `npm start` serves it: built from this source, not an older build.
  if (runs('dashboard')) execFileSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  const app = await buildApp({ db: handle.db, config: { ...readConfig({}), databaseUrl } });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const context = { baseUrl: address, login: scale.login, password: demoPassword, rootId: scale.root_id, db: handle.db };
  const suites = { foundation: foundationBenchmarks, plans: planBenchmarks, meetings: meetingBenchmarks, reports: reportBenchmarks, targets: targetBenchmarks, dashboard: dashboardBenchmarks, import: importBenchmarks };
  const results: Measurement[] = [];
  for (const [name, suite] of Object.entries(suites)) if (runs(name)) results.push(...(await suite(context)));
  await app.close();
  const ok = printTable(results);
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/latest.json', JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
  process.exitCode = ok ? 0 : 1;
} finally {
  await handle.close();
  if (clusterDir) execFileSync('scripts/pg-cluster.sh', ['stop', clusterDir]);
}
