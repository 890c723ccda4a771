/**
 * Issue 5 "Scale", the end-of-quarter rush: report submissions at a fixed arrival rate,
 * open loop (a request is sent when it is due, whether or not earlier ones have answered), each
 * `POST /reports/:id/submit` with valid values on a distinct draft of the rush template.
 *
 *   DATABASE_URL=… npx tsx bench/rush.ts [--rate 500] [--seconds 60] [--ladder 100,200,300]
 *                                        [--ladder-seconds 10] [--pool 10] [--workers 1] [--sockets 256]
 *
 * Needs the city (`npm run bench` or `congtac generate-scale`); generates the reports on first
 * use. The app runs in a child process (`bench/rush-server.ts`); this process only sends.
 * Latency is measured from the moment a request was due, so a server that falls behind shows
 * it (no coordinated omission). A step is "sustained" when every request answered 200 and the
 * answers kept pace (achieved rate within 5 % of the arrival rate, the last answer within 1 s
 * of the last send).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { databaseOverServer } from '../src/server/db/connection.ts';
import { demoPassword } from '../src/server/demo/seed.ts';
import { findBenchTemplate, resetRushDrafts, rushCode, submissionValues } from './generate-reports.ts';
import { signedInCookie } from './lib.ts';
import { ensureReports } from './reports.bench.ts';

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}
const rate = Number(flag('rate', '500'));
const seconds = Number(flag('seconds', '60'));
const ladder = flag('ladder', '').split(',').filter(Boolean).map(Number);
const ladderSeconds = Number(flag('ladder-seconds', '10'));
const poolSize = Number(flag('pool', '10'));
const workers = Number(flag('workers', '1'));
const sockets = Number(flag('sockets', '256'));

export interface RushStep {
  rate: number;
  seconds: number;
  sent: number;
  ok: number;
  errors: number;
  errorSamples: string[];
  achievedRate: number;
  /** From the first due time to the last answer. */
  drainMs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  maxInFlight: number;
  serverCpu: number;
  generatorCpu: number;
  load: number[];
  sustained: boolean;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** CPU seconds (user + system) of a process and its children that were waited for: Linux /proc. */
function cpuSecondsOf(pid: number): number {
  const ticks = 100; // USER_HZ
  let total = 0;
  const pids = [pid, ...childPids(pid)];
  for (const id of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
    } catch {
      /* gone */
    }
  }
  return total;
}
function childPids(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);
const round = (value: number) => Math.round(value * 10) / 10;

async function runStep(target: { port: number; cookie: string; csrfToken: string; serverPid: number }, ids: string[], stepRate: number, stepSeconds: number): Promise<RushStep> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const count = Math.round(stepRate * stepSeconds);
  if (ids.length < count) throw new Error(`only ${ids.length} drafts left for ${count} submissions`);
  const mine = ids.splice(0, count);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let lastAnswer = 0;
  let sent = 0;
  const cpuServer0 = cpuSecondsOf(target.serverPid);
  const cpuSelf0 = process.cpuUsage();
  const start = performance.now() + 50;
  const interval = 1000 / stepRate;

  const fire = (index: number, due: number) => {
    const body = JSON.stringify({ values: submissionValues(index) });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    sent++;
    const done = (error: string | null) => {
      inFlight--;
      const now = performance.now();
      lastAnswer = now;
      latencies.push(now - due);
      if (error) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(error);
      }
    };
    const request = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: 'POST',
        path: `/api/v1/reports/${mine[index]}/submit`,
        agent,
        headers: { cookie: target.cookie, 'x-csrf-token': target.csrfToken, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) done(`${response.statusCode} ${Buffer.concat(chunks).toString().slice(0, 200)}`);
          else done(null);
        });
      },
    );
    request.on('error', (error) => done(error.message));
    request.end(body);
  };

  await new Promise<void>((resolve) => {
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (next < count && start + next * interval <= now) {
        fire(next, start + next * interval);
        next++;
      }
      if (next < count) setTimeout(tick, Math.max(0, Math.min(5, start + next * interval - performance.now())));
      else resolve();
    };
    setTimeout(tick, 50);
  });
  const lastDue = start + (count - 1) * interval;
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  agent.destroy();
  const wall = lastAnswer - start;
  const cpu = process.cpuUsage(cpuSelf0);
  latencies.sort((a, b) => a - b);
  const ok = count - errors;
  return {
    rate: stepRate,
    seconds: stepSeconds,
    sent,
    ok,
    errors,
    errorSamples,
    achievedRate: round(ok / (wall / 1000)),
    drainMs: Math.round(wall),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    maxInFlight,
    serverCpu: round(((cpuSecondsOf(target.serverPid) - cpuServer0) / (wall / 1000)) * 100),
    generatorCpu: round(((cpu.user + cpu.system) / 1e6 / (wall / 1000)) * 100),
    load: os.loadavg().map(round),
    // Kept pace: every answer a 200, the achieved rate within 5 % of the arrival rate, no backlog left at the end.
    sustained: errors === 0 && ok / (wall / 1000) >= 0.95 * stepRate && lastAnswer - lastDue < 1000,
  };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required (scripts/pg-cluster.sh start DIR prints one)');
  const handle = databaseOverServer(databaseUrl, 4);
  let server: ReturnType<typeof spawn> | null = null;
  try {
    const scale = await handle.db
      .selectFrom('users')
      .innerJoin('org_units', 'org_units.id', 'users.home_unit_id')
      .select(['users.login', 'org_units.id as root_id'])
      .where('users.login', 'like', 'scale-admin-%')
      .executeTakeFirst();
    if (!scale) throw new Error('no city-size data: run `npm run bench` or `congtac generate-scale` first');
    await ensureReports({ db: handle.db, rootId: scale.root_id, login: scale.login });
    const rushTemplateId = (await findBenchTemplate(handle.db, scale.root_id, rushCode))!;
    const reset = await resetRushDrafts(handle.db, rushTemplateId);
    if (reset) process.stdout.write(`${reset} rush reports put back to drafts\n`);
    const ids = (await handle.db.selectFrom('reports').select('id').where('template_id', '=', rushTemplateId).where('state', '=', 'draft').execute()).map((row) => row.id);
    // Spread the submissions over the city rather than one unit after another.
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }

    const port = await freePort();
    // RUSH_CPU_PROF=dir writes the server's V8 CPU profile there (open it in Chrome DevTools).
    const profile = process.env.RUSH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.RUSH_CPU_PROF}`] : [];
    server = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/rush-server.ts'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: String(poolSize), WORKERS: String(workers) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('exit', (code) => reject(new Error(`server exited ${code}`)));
      server!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    });
    const { cookie, csrfToken } = await signedInCookie(`http://127.0.0.1:${port}`, scale.login, demoPassword);
    const target = { port, cookie, csrfToken, serverPid: server.pid! };
    process.stdout.write(`server: ${workers} process(es), pg pool ${poolSize} each; client sockets ≤ ${sockets}; ${ids.length} drafts\n`);
    // Warm-up: JIT of the server's code paths, pool connections opened.
    await runStep(target, ids, 50, 4);

    const steps: RushStep[] = [];
    const show = (step: RushStep) =>
      process.stdout.write(
        `| ${step.rate}/s × ${step.seconds} s | ${step.achievedRate} | ${step.ok} | ${step.errors} | ${step.p50} | ${step.p95} | ${step.p99} | ${step.max} | ${step.maxInFlight} | ${step.serverCpu} % | ${step.generatorCpu} % | ${step.load.join(' / ')} | ${step.sustained ? 'yes' : 'NO'} |\n` +
          (step.errorSamples.length ? `  errors: ${step.errorSamples.join(' ‖ ')}\n` : ''),
      );
    process.stdout.write('| arrival rate | achieved /s | ok | errors | p50 ms | p95 ms | p99 ms | max ms | max in flight | server CPU | generator CPU | load 1/5/15 | sustained |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n');
    for (const stepRate of ladder) {
      const step = await runStep(target, ids, stepRate, ladderSeconds);
      steps.push(step);
      show(step);
      if (!step.sustained) break;
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
    if (seconds > 0) {
      const step = await runStep(target, ids, rate, seconds);
      steps.push(step);
      show(step);
    }
    fs.mkdirSync('bench/results', { recursive: true });
    fs.writeFileSync('bench/results/rush.json', JSON.stringify({ at: new Date().toISOString(), poolSize, workers, sockets, steps }, null, 2));
    process.exitCode = steps.at(-1)?.sustained ? 0 : 1;
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await handle.close();
  }
}

await main();
