import path from 'node:path';
import { defaultReminderDaysBefore } from '../domain/reminders.ts';

/** Settings read from the environment; README.md lists each one. */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: string;
  publicUrl: string;
  sessionHours: number;
  seedDemo: boolean;
  /** Behind a load balancer: take the client address from X-Forwarded-For (rate limits). */
  trustProxy: boolean;
  /** Run the scheduled jobs (reminders, mail) in this process; JOBS=off turns them off. */
  jobs: boolean;
  /** Days before a due date on which the "due soon" reminder goes out. */
  reminderDaysBefore: number;
  /** smtp(s)://user:pass@host:port to send e-mail; without it e-mails wait in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const host = env.HOST ?? '0.0.0.0';
  const reminderDaysBefore = Number(env.REMINDER_DAYS_BEFORE ?? defaultReminderDaysBefore);
  if (!Number.isInteger(reminderDaysBefore) || reminderDaysBefore < 0 || reminderDaysBefore > 60) {
    throw new Error(`REMINDER_DAYS_BEFORE must be a whole number of days from 0 to 60, got "${env.REMINDER_DAYS_BEFORE}"`);
  }
  return {
    port,
    host,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    logLevel: env.LOG_LEVEL ?? 'info',
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    seedDemo: (env.SEED_DEMO ?? 'true') !== 'false',
    trustProxy: env.TRUST_PROXY === 'true',
    jobs: env.JOBS !== 'off',
    reminderDaysBefore,
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM?.trim() || 'Congtac <no-reply@congtac.local>',
  };
}
