import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Db } from '../db/connection.ts';

/** A scheduled piece of work. Without a cron expression the job runs only when sent. */
export interface JobDefinition {
  name: string;
  cron: string | null;
  run: () => Promise<unknown>;
}

export type JobLogger = Pick<Logger, 'info' | 'warn' | 'error'>;

export interface JobRunnerOptions {
  /** The app's database. On the embedded one pg-boss runs its SQL through it. */
  db: Db;
  /** PostgreSQL: pg-boss opens a small pool of its own. Null on the embedded database. */
  databaseUrl: string | null;
  jobs: readonly JobDefinition[];
  logger: JobLogger;
}

/** Cron expressions are read in Vietnam's time, as people expect "7 giờ sáng". */
export const jobTimeZone = 'Asia/Ho_Chi_Minh';

/**
 * pg-boss over the app's own connection. PGlite is one session behind a one-connection pool,
 * so a second client would be a second database; pg-boss's `db` option takes any object with
 * `executeSql`. Its setup script runs several statements in one call, which works because a
 * query without parameters goes over the simple query protocol.
 */
export function sqlExecutorOver(db: Db): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows as Record<string, unknown>[] };
    },
  };
}

export interface JobRunner {
  readonly boss: PgBoss;
  /** Queues a job to run as soon as a worker is free. */
  runNow(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the app's database (its tables live in the schema "pgboss"), creates a
 * queue per job, makes the persisted schedules match `jobs` (so a job dropped from the list,
 * or mail when SMTP is no longer set, stops firing) and works the queues. Schedules live in the
 * database: after a restart they are there before this function writes them again.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const common = {
    schema: 'pgboss',
    // A cron tick becomes a job within seconds; workers look for work every 10 s, which is
    // plenty for daily reminders and per-minute mail and keeps an idle PGlite quiet.
    cronWorkerIntervalSeconds: 10,
  };
  const boss = options.databaseUrl
    ? new PgBoss({ ...common, connectionString: options.databaseUrl, max: 2, application_name: 'congtac-jobs' })
    : new PgBoss({ ...common, db: sqlExecutorOver(options.db) });
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();

  const wanted = new Map(options.jobs.filter((job) => job.cron).map((job) => [job.name, job.cron!]));
  for (const schedule of await boss.getSchedules()) {
    if (!wanted.has(schedule.name)) await boss.unschedule(schedule.name);
  }
  for (const job of options.jobs) {
    // "stately": at most one run waiting and one running, so ticks during a long run pile up as one.
    await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 2, retryDelay: 60, expireInSeconds: 30 * 60 });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: jobTimeZone });
    await boss.work(job.name, { pollingIntervalSeconds: 10 }, async () => {
      const started = Date.now();
      const result = await job.run();
      options.logger.info({ job: job.name, ms: Date.now() - started, result }, 'job done');
    });
  }

  return {
    boss,
    async runNow(name) {
      await boss.send(name, {});
    },
    // Graceful: a running job may finish (up to 10 s, within main.ts's 15 s shutdown) before the database closes under it.
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
