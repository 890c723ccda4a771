import { type Kysely, sql } from 'kysely';

// Meeting invitations and reminders in the app and by e-mail, and a meeting's documents
// (issue 6). Notifications and e-mails stay the platform's one path (the bell, the outbox and
// its mail job): they gain a link to the meeting they are about.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE notifications ADD COLUMN meeting_id uuid REFERENCES meetings(id) DEFERRABLE`.execute(db);
  await sql`ALTER TABLE email_outbox ADD COLUMN meeting_id uuid REFERENCES meetings(id) DEFERRABLE`.execute(db);

  // One row per notice ever sent about a meeting (a series' notice is kept on its first
  // occurrence). Reminders carry the day they are about — the meeting's day, or the last day
  // to send a thematic paper — and the unique key makes a repeated job run a no-op, so nobody
  // is reminded twice; a meeting moved to another day is reminded again for its new day.
  await sql`
    CREATE TABLE meeting_notices (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      meeting_id uuid NOT NULL REFERENCES meetings(id) DEFERRABLE,
      series_id uuid REFERENCES meeting_series(id) DEFERRABLE,
      kind text NOT NULL CHECK (kind IN ('invitation','invited','series','changed','cancelled','day_before','paper_due')),
      about_on date,
      day date NOT NULL,
      recipients integer NOT NULL DEFAULT 0,
      sent_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT meeting_notices_reminder_day CHECK ((kind IN ('day_before','paper_due')) = (about_on IS NOT NULL)),
      CONSTRAINT meeting_notices_once UNIQUE (meeting_id, kind, about_on)
    )`.execute(db);
  // The reminder job looks at scheduled meetings of the next days across the deployment.
  await sql`CREATE INDEX meetings_upcoming ON meetings (starts_at) WHERE status = 'scheduled'`.execute(db);

  // A meeting's documents: uploaded files (owned by the meeting in stored_files) and links to
  // documents of the registry, e.g. the resolution a study conference is about.
  await sql`ALTER TABLE stored_files ADD COLUMN meeting_id uuid REFERENCES meetings(id) DEFERRABLE`.execute(db);
  await sql`ALTER TABLE stored_files DROP CONSTRAINT stored_files_one_owner`.execute(db);
  await sql`ALTER TABLE stored_files ADD CONSTRAINT stored_files_one_owner CHECK (num_nonnulls(document_id, progress_report_id, topic_paper_id, meeting_id) = 1)`.execute(db);
  await sql`
    CREATE TABLE meeting_documents (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      meeting_id uuid NOT NULL REFERENCES meetings(id) DEFERRABLE,
      file_id uuid UNIQUE REFERENCES stored_files(id) DEFERRABLE,
      document_id uuid REFERENCES documents(id) DEFERRABLE,
      added_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT meeting_documents_file_or_link CHECK (num_nonnulls(file_id, document_id) = 1),
      CONSTRAINT meeting_documents_link_once UNIQUE (meeting_id, document_id)
    )`.execute(db);
  await sql`CREATE INDEX meeting_documents_meeting ON meeting_documents (meeting_id, created_at)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only');
}
