import { type Kysely, sql } from 'kysely';

// Documents, plans, tasks, assignments, progress, reminders (issue 3). Unit paths are not
// copied into these tables: a unit move rewrites org_units only, so scope filters join it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE documents (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      issuer_unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      kind text NOT NULL CHECK (kind IN ('plan','guidance','program','other')),
      type_code text NOT NULL CHECK (length(btrim(type_code)) > 0),
      issuer_code text NOT NULL CHECK (length(btrim(issuer_code)) > 0),
      notation text NOT NULL DEFAULT 'party' CHECK (notation IN ('party','state')),
      number integer CHECK (number > 0),
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      issued_on date,
      place text,
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      recipients jsonb NOT NULL DEFAULT '[]',
      signature jsonb,
      sections jsonb NOT NULL DEFAULT '[]',
      targets jsonb NOT NULL DEFAULT '[]',
      rollup_method text NOT NULL DEFAULT 'average' CHECK (rollup_method IN ('average','weighted','count_done')),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','issued','superseded')),
      version integer NOT NULL DEFAULT 1,
      previous_version_id uuid REFERENCES documents(id) DEFERRABLE,
      created_by uuid REFERENCES users(id) DEFERRABLE,
      issued_by uuid REFERENCES users(id) DEFERRABLE,
      issued_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT documents_issued_numbered CHECK (status = 'draft' OR (number IS NOT NULL AND issued_on IS NOT NULL))
    )`.execute(db);
  // One issued document per number in a register (issuer, type, year); drafts and superseded
  // versions may share it, so that a correction keeps the number of what it replaces.
  await sql`CREATE UNIQUE INDEX documents_register ON documents (tenant_id, issuer_unit_id, type_code, year, number) WHERE status = 'issued'`.execute(db);
  await sql`CREATE INDEX documents_by_issuer ON documents (issuer_unit_id, year DESC, created_at DESC)`.execute(db);
  await sql`CREATE UNIQUE INDEX documents_one_successor ON documents (previous_version_id) WHERE previous_version_id IS NOT NULL`.execute(db);

  // Every issuing unit of a document (a joint plan has several); position 0 is issuer_unit_id.
  await sql`
    CREATE TABLE document_issuers (
      document_id uuid NOT NULL REFERENCES documents(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      tenant_id uuid NOT NULL,
      position integer NOT NULL,
      PRIMARY KEY (document_id, unit_id)
    )`.execute(db);
  await sql`CREATE INDEX document_issuers_unit ON document_issuers (unit_id)`.execute(db);

  await sql`
    CREATE TABLE document_bases (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      document_id uuid NOT NULL REFERENCES documents(id) DEFERRABLE,
      position integer NOT NULL,
      basis_document_id uuid REFERENCES documents(id) DEFERRABLE,
      number text,
      type_code text,
      issuer_code text,
      issued_on date,
      citation text,
      CONSTRAINT document_bases_something CHECK (basis_document_id IS NOT NULL OR number IS NOT NULL OR citation IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX document_bases_document ON document_bases (document_id, position)`.execute(db);
  await sql`CREATE INDEX document_bases_basis ON document_bases (basis_document_id) WHERE basis_document_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE tasks (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      document_id uuid NOT NULL REFERENCES documents(id) DEFERRABLE,
      parent_id uuid REFERENCES tasks(id) DEFERRABLE,
      position integer NOT NULL,
      code text NOT NULL,
      section_code text,
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      description text NOT NULL DEFAULT '',
      start_on date,
      end_on date,
      deadline date,
      peaks jsonb NOT NULL DEFAULT '[]',
      recurrence text CHECK (recurrence IN ('monthly','quarterly','half_yearly','yearly')),
      timeframe_text text,
      responsible_person_id uuid REFERENCES people(id) DEFERRABLE,
      targets jsonb NOT NULL DEFAULT '[]',
      unmatched_units jsonb NOT NULL DEFAULT '[]',
      weight numeric NOT NULL DEFAULT 1 CHECK (weight > 0),
      implements_task_id uuid REFERENCES tasks(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT tasks_code_unique UNIQUE (document_id, code),
      CONSTRAINT tasks_dates CHECK (start_on IS NULL OR end_on IS NULL OR start_on <= end_on),
      CONSTRAINT tasks_deadline CHECK (start_on IS NULL OR deadline IS NULL OR start_on <= deadline)
    )`.execute(db);
  await sql`CREATE INDEX tasks_document ON tasks (document_id, position)`.execute(db);
  await sql`CREATE INDEX tasks_parent ON tasks (parent_id) WHERE parent_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX tasks_implements ON tasks (implements_task_id) WHERE implements_task_id IS NOT NULL`.execute(db);

  // The units named on a task while the plan is drafted; issuing turns them into assignments.
  await sql`
    CREATE TABLE task_units (
      task_id uuid NOT NULL REFERENCES tasks(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      tenant_id uuid NOT NULL,
      role text NOT NULL CHECK (role IN ('lead','partner')),
      PRIMARY KEY (task_id, unit_id)
    )`.execute(db);
  await sql`CREATE INDEX task_units_unit ON task_units (unit_id)`.execute(db);

  await sql`
    CREATE TABLE assignments (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      document_id uuid NOT NULL REFERENCES documents(id) DEFERRABLE,
      task_id uuid NOT NULL REFERENCES tasks(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      role text NOT NULL CHECK (role IN ('lead','partner')),
      period text,
      start_on date,
      due_on date,
      status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started','in_progress','done','blocked')),
      percent integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
      acknowledged_at timestamptz,
      acknowledged_by uuid REFERENCES users(id) DEFERRABLE,
      last_reported_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX assignments_one_per_period ON assignments (task_id, unit_id, coalesce(period, ''))`.execute(db);
  await sql`CREATE INDEX assignments_inbox ON assignments (unit_id, due_on, id)`.execute(db);
  await sql`CREATE INDEX assignments_document ON assignments (document_id)`.execute(db);
  await sql`CREATE INDEX assignments_open_due ON assignments (due_on) WHERE status <> 'done'`.execute(db);

  await sql`
    CREATE TABLE progress_reports (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      assignment_id uuid NOT NULL REFERENCES assignments(id) DEFERRABLE,
      status text NOT NULL CHECK (status IN ('not_started','in_progress','done','blocked')),
      percent integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
      note text NOT NULL DEFAULT '',
      evidence_links jsonb NOT NULL DEFAULT '[]',
      reported_on date NOT NULL,
      reported_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX progress_reports_assignment ON progress_reports (assignment_id, created_at DESC)`.execute(db);

  // Uploaded files (a document's original, a report's evidence), kept in the database so a
  // backup holds everything; the size limit keeps rows reasonable.
  await sql`
    CREATE TABLE stored_files (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      document_id uuid REFERENCES documents(id) DEFERRABLE,
      progress_report_id uuid REFERENCES progress_reports(id) DEFERRABLE,
      filename text NOT NULL,
      content_type text NOT NULL,
      size_bytes integer NOT NULL,
      sha256 text NOT NULL,
      content bytea NOT NULL,
      uploaded_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT stored_files_one_owner CHECK (num_nonnulls(document_id, progress_report_id) = 1)
    )`.execute(db);
  await sql`CREATE INDEX stored_files_document ON stored_files (document_id) WHERE document_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX stored_files_report ON stored_files (progress_report_id) WHERE progress_report_id IS NOT NULL`.execute(db);

  // One row per reminder ever sent: the unique key makes a repeated job run or a second
  // click on the same day a no-op, so nobody is reminded twice.
  await sql`
    CREATE TABLE reminders (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      assignment_id uuid NOT NULL REFERENCES assignments(id) DEFERRABLE,
      kind text NOT NULL CHECK (kind IN ('due_soon','overdue','manual')),
      day date NOT NULL,
      sent_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT reminders_once UNIQUE (assignment_id, kind, day)
    )`.execute(db);

  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      user_id uuid NOT NULL REFERENCES users(id) DEFERRABLE,
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      assignment_id uuid REFERENCES assignments(id) DEFERRABLE,
      reminder_id uuid REFERENCES reminders(id) DEFERRABLE,
      read_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX notifications_mine ON notifications (user_id, created_at DESC, id DESC)`.execute(db);

  await sql`
    CREATE TABLE email_outbox (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      to_address text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      reminder_id uuid REFERENCES reminders(id) DEFERRABLE,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','sent','failed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX email_outbox_recent ON email_outbox (tenant_id, created_at DESC, id DESC)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only');
}
