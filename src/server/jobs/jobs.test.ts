import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import nodemailer from 'nodemailer';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { databaseOverPglite, databaseOverServer, type DatabaseHandle } from '../db/connection.ts';
import { embeddedExtensions, openEmbedded } from '../db/embedded.ts';
import { newId } from '../db/ids.ts';
import { createServerTestDatabase, openTestDatabase, testDatabaseKind } from '../testing/test-database.ts';
import { createMailTransport, deliverQueuedMail, type MailTransport, maxMailAttempts } from './mail.ts';
import { jobTimeZone, startJobRunner, sqlExecutorOver } from './runner.ts';
import { complianceFiguresCron, jobNames, mailCron, platformJobs, reminderCron, rollupSummariesCron } from './schedules.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} } as never;
const config = { reminderDaysBefore: 3, publicUrl: 'http://localhost:3000', smtpUrl: 'smtp://127.0.0.1:2525', mailFrom: 'Congtac <no-reply@congtac.local>' };
const noRunNow = async () => {};

/** The database a runner would be given, and its address when it is a server. */
interface JobsDatabase {
  handle: DatabaseHandle;
  url: string | null;
  /** What a restarted process does: close the database and open it again. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * PostgreSQL: a copy of the template, reached by its address. PGlite: the template in a data
 * folder as `npm start` has it (with `persistent`), or an in-memory copy.
 */
async function openJobsDatabase(persistent: boolean): Promise<JobsDatabase> {
  if (testDatabaseKind() === 'postgres') {
    const created = await createServerTestDatabase(inject('serverUrl'));
    const database: JobsDatabase = {
      handle: databaseOverServer(created.url, 2),
      url: created.url,
      async restart() {
        await database.handle.close();
        database.handle = databaseOverServer(created.url, 2);
      },
      async close() {
        await database.handle.close();
        await created.drop();
      },
    };
    return database;
  }
  if (!persistent) {
    const handle = await openTestDatabase({ pgliteDump: inject('pgliteDump') });
    return { handle, url: null, restart: () => Promise.reject(new Error('an in-memory database does not survive a restart')), close: () => handle.close() };
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-jobs-'));
  const dataDir = path.join(folder, 'data');
  const copy = new PGlite(dataDir, { loadDataDir: new Blob([fs.readFileSync(inject('pgliteDump'))]), extensions: embeddedExtensions });
  await copy.waitReady;
  await copy.close();
  const open = async () => {
    const { pglite, release } = await openEmbedded(dataDir);
    return databaseOverPglite(pglite, release);
  };
  const database: JobsDatabase = {
    handle: await open(),
    url: null,
    async restart() {
      await database.handle.close();
      database.handle = await open();
    },
    async close() {
      await database.handle.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
  return database;
}

const runnerOn = (database: JobsDatabase, smtpUrl: string | null) =>
  startJobRunner({ db: database.handle.db, databaseUrl: database.url, jobs: platformJobs(database.handle.db, { ...config, smtpUrl }, noRunNow), logger: silent });

describe('the job runner', () => {
  it('keeps its schedules across a restart, and drops mail when SMTP is no longer set', async () => {
    const database = await openJobsDatabase(true);
    try {
      await (await runnerOn(database, config.smtpUrl)).stop();
      await database.restart();

      // A plain pg-boss that schedules nothing itself finds the schedules in the database.
      const options = { schema: 'pgboss', schedule: false, supervise: false };
      const boss = new PgBoss(database.url ? { ...options, connectionString: database.url } : { ...options, db: sqlExecutorOver(database.handle.db) });
      const bossErrors: string[] = [];
      boss.on('error', (error) => bossErrors.push(error.message));
      await boss.start();
      const schedules = (await boss.getSchedules()) as (PgBoss.Schedule & { timezone: string })[];
      expect(schedules.map((s) => [s.name, s.cron, s.timezone]).sort()).toEqual([
        [jobNames.complianceFigures, complianceFiguresCron, jobTimeZone],
        [jobNames.mail, mailCron, jobTimeZone],
        [jobNames.meetingReminders, reminderCron, jobTimeZone],
        [jobNames.reminders, reminderCron, jobTimeZone],
        [jobNames.reportReminders, reminderCron, jobTimeZone],
        [jobNames.rollupSummaries, rollupSummariesCron, jobTimeZone],
        [jobNames.targetAlerts, reminderCron, jobTimeZone],
      ]);
      await boss.stop({ graceful: false });
      expect(bossErrors).toEqual([]);

      const withoutSmtp = await runnerOn(database, null);
      expect((await withoutSmtp.boss.getSchedules()).map((s) => s.name).sort()).toEqual([jobNames.complianceFigures, jobNames.meetingReminders, jobNames.reminders, jobNames.reportReminders, jobNames.rollupSummaries, jobNames.targetAlerts]);
      await withoutSmtp.stop();
    } finally {
      await database.close();
    }
  });

  it('works a queued job on the app’s database', async () => {
    const database = await openJobsDatabase(false);
    try {
      let runs = 0;
      const runner = await startJobRunner({
        db: database.handle.db,
        databaseUrl: database.url,
        jobs: [{ name: 'probe', cron: null, run: async () => (runs += 1) }],
        logger: silent,
      });
      const id = await runner.boss.send('probe', {});
      expect(id).not.toBeNull();
      const deadline = Date.now() + 30_000;
      let state: string | undefined;
      while (Date.now() < deadline && state !== 'completed') {
        await new Promise((resolve) => setTimeout(resolve, 250));
        state = (await runner.boss.getJobById('probe', id!))?.state;
      }
      expect(state).toBe('completed');
      expect(runs).toBe(1);
      await runner.stop();
    } finally {
      await database.close();
    }
  });
});

describe('the mail sender', () => {
  let handle: DatabaseHandle;
  let tenantId: string;
  beforeAll(async () => {
    handle = await openTestDatabase({ pgliteDump: inject('pgliteDump'), serverUrl: inject('serverUrl') });
    tenantId = (await handle.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => handle.close());

  const queue = async (subject: string) => {
    const id = newId();
    await handle.db.insertInto('email_outbox').values({ id, tenant_id: tenantId, to_address: 'bithu@congtac.local', subject, body: `Nội dung: ${subject}` }).execute();
    return id;
  };
  const row = (id: string) => handle.db.selectFrom('email_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const from = 'Congtac <no-reply@congtac.local>';

  it('hands each queued message to nodemailer once', async () => {
    const id = await queue('Nhắc việc: “Tổng kết quý I” đến hạn');
    const json = nodemailer.createTransport({ jsonTransport: true });
    const delivered: { to: string; subject: string }[] = [];
    const transport: MailTransport = {
      async sendMail(message) {
        const info = await json.sendMail(message);
        const parsed = JSON.parse(info.message as unknown as string) as { to: { address: string }[]; subject: string };
        delivered.push({ to: parsed.to[0]!.address, subject: parsed.subject });
        return info;
      },
    };
    const first = await deliverQueuedMail(handle.db, transport, from);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(delivered).toContainEqual({ to: 'bithu@congtac.local', subject: 'Nhắc việc: “Tổng kết quý I” đến hạn' });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, claimed_at: null, last_error: null });
    expect((await row(id)).sent_at).not.toBeNull();
    const count = delivered.length;
    expect(await deliverQueuedMail(handle.db, transport, from)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(delivered).toHaveLength(count);
  });

  it('retries a refused message later and gives up after the last attempt', async () => {
    const id = await queue('Thư bị từ chối');
    const refusing: MailTransport = { sendMail: async () => Promise.reject(new Error('550 mailbox unavailable')) };
    let now = new Date('2030-01-01T00:00:00Z');
    expect((await deliverQueuedMail(handle.db, refusing, from, now)).retried).toBeGreaterThanOrEqual(1);
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, last_error: '550 mailbox unavailable', claimed_at: null });
    expect(waiting.next_attempt_at!.getTime()).toBe(now.getTime() + 5 * 60_000);
    // Not before its time.
    await deliverQueuedMail(handle.db, refusing, from, new Date(now.getTime() + 60_000));
    expect((await row(id)).attempts).toBe(1);
    for (let attempt = 2; attempt <= maxMailAttempts; attempt += 1) {
      now = new Date((await row(id)).next_attempt_at!.getTime());
      await deliverQueuedMail(handle.db, refusing, from, now);
    }
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: maxMailAttempts, next_attempt_at: null });
  });

  it('records an unreachable SMTP server as a failed attempt', async () => {
    const id = await queue('Máy chủ thư không chạy');
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    await deliverQueuedMail(handle.db, createMailTransport(`smtp://127.0.0.1:${closed}`), from, new Date('2031-01-01T00:00:00Z'));
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
  });

  it('never resends a message whose sender stopped mid-delivery', async () => {
    const id = await queue('Thư đang gửi dở');
    await handle.db.updateTable('email_outbox').set({ claimed_at: new Date('2032-01-01T00:00:00Z'), attempts: 1 }).where('id', '=', id).execute();
    const run = await deliverQueuedMail(handle.db, { sendMail: async () => ({}) }, from, new Date('2032-01-01T03:00:00Z'));
    expect(run.failed).toBeGreaterThanOrEqual(1);
    expect(await row(id)).toMatchObject({ status: 'failed', claimed_at: null, sent_at: null });
  });

  it('refuses an SMTP_URL that is not smtp', () => {
    expect(() => createMailTransport('http://mail.example')).toThrow(/smtp:\/\//);
  });
});
