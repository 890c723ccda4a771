import nodemailer from 'nodemailer';
import type { Db } from '../db/connection.ts';
import { claimQueued, failAbandonedClaims, markAttemptFailed, markSent } from '../modules/reminders/outbox.ts';

/** What the sender needs of a nodemailer transport (tests pass nodemailer's JSON transport). */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/** An SMTP transport from SMTP_URL ("smtp://user:pass@host:587", "smtps://…:465"). */
export function createMailTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}"`);
  // Short timeouts: a dead server must not hold a batch for the default ten minutes.
  return nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
}

/** A message is tried this many times, waiting 5, 10, 20 and 40 minutes between tries. */
export const maxMailAttempts = 5;
const retryDelayMs = (attempt: number) => 5 * 60_000 * 2 ** (attempt - 1);
/** A claim older than this belongs to a process that stopped while sending. */
const abandonedAfterMs = 2 * 3600_000;
const batchSize = 20;

export interface MailRun {
  sent: number;
  retried: number;
  failed: number;
}

/** Hands queued outbox messages to SMTP, one claimed batch per call. */
export async function deliverQueuedMail(db: Db, transport: MailTransport, from: string, now: Date = new Date()): Promise<MailRun> {
  const run: MailRun = { sent: 0, retried: 0, failed: 0 };
  run.failed += await failAbandonedClaims(db, new Date(now.getTime() - abandonedAfterMs));
  for (const message of await claimQueued(db, now, batchSize)) {
    try {
      await transport.sendMail({ from, to: message.to_address, subject: message.subject, text: message.body });
      await markSent(db, message.id, new Date());
      run.sent += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retryAt = message.attempts < maxMailAttempts ? new Date(now.getTime() + retryDelayMs(message.attempts)) : null;
      await markAttemptFailed(db, message.id, reason, retryAt);
      if (retryAt) run.retried += 1;
      else run.failed += 1;
    }
  }
  return run;
}
