import { performance } from 'node:perf_hooks';
import type { Db } from '../src/server/db/connection.ts';

/** What every benchmark over the served app is given: its address, the signed-in admin of the city root and the database. */
export interface BenchContext {
  baseUrl: string;
  login: string;
  password: string;
  rootId: string;
  db: Db;
}

export interface Measurement {
  name: string;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  budget: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `call` sequentially (after a warm-up) and reports latency percentiles in ms; `prepare`, untimed, sets the scene of each call. */
export async function measure(name: string, budget: number, call: (i: number) => Promise<void>, samples = 200, prepare?: (i: number) => Promise<void>): Promise<Measurement> {
  for (let i = 0; i < 20; i++) {
    await prepare?.(i);
    await call(i);
  }
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await prepare?.(i);
    const start = performance.now();
    await call(i);
    times.push(performance.now() - start);
  }
  return { name, ...percentiles(times), budget };
}

/** Percentiles in ms (one decimal) of measured times. */
export function percentiles(measured: number[]): Omit<Measurement, 'name' | 'budget'> {
  const times = [...measured].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { samples: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)), max: round(times.at(-1)!) };
}

export function printTable(results: Measurement[]): boolean {
  const rows = results.map((r) => `| ${r.name} | ${r.samples} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.budget} | ${r.p95 <= r.budget ? 'ok' : 'OVER'} |`);
  process.stdout.write(['| benchmark | samples | p50 ms | p95 ms | p99 ms | budget p95 ms | |', '|---|---|---|---|---|---|---|', ...rows].join('\n') + '\n');
  return results.every((r) => r.p95 <= r.budget);
}

/** The session cookie and CSRF token of a signed-in account, for requests of one's own (uploads). */
export async function signedInCookie(baseUrl: string, login: string, password: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** A signed-in HTTP client against a running Congtac. */
export async function httpClient(baseUrl: string, login: string, password: string) {
  const { cookie, csrfToken } = await signedInCookie(baseUrl, login, password);
  const send = async <T>(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return {
    async get<T = unknown>(path: string): Promise<T> {
      const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    post: <T = unknown>(path: string, body: unknown) => send<T>('POST', path, body),
    patch: <T = unknown>(path: string, body: unknown) => send<T>('PATCH', path, body),
  };
}
