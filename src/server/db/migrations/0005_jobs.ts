import { type Kysely, sql } from 'kysely';

// Scheduled jobs (issue 3): the mail sender's bookkeeping on the outbox and the indexes the
// bell and the reminder job read. The job queue itself (pg-boss) keeps its own schema
// "pgboss", which it creates and migrates when the job runner starts.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A message is claimed before it is handed to SMTP and the claim is never retried, so a
  // crash in between loses at most that message instead of sending it twice.
  await sql`
    ALTER TABLE email_outbox
      ADD COLUMN attempts integer NOT NULL DEFAULT 0,
      ADD COLUMN last_error text,
      ADD COLUMN next_attempt_at timestamptz,
      ADD COLUMN claimed_at timestamptz`.execute(db);
  await sql`CREATE INDEX email_outbox_queued ON email_outbox (created_at, id) WHERE status = 'queued'`.execute(db);
  await sql`CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only');
}
