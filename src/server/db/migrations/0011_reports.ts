import { type Kysely, sql } from 'kysely';

// Reports (issue 5): one row per template × reporting unit × period, created when the unit
// first opens it. It points at the template version it is filled on and stores the receiving
// unit and the deadline as they were resolved then, so a later change of the tree or of the
// template never rewrites what a unit owed. `report_events` is the report's visible history
// (the audit log keeps the full before/after); `report_notices` keeps each reminder from being
// sent twice; `report_reviews` holds the editable sơ kết / tổng kết drafts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reports (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      template_id uuid NOT NULL,
      version integer NOT NULL,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      receiver_unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      period text NOT NULL,
      deadline date NOT NULL,
      state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'returned', 'approved')),
      values jsonb NOT NULL DEFAULT '{}'::jsonb,
      prefilled text[] NOT NULL DEFAULT '{}',
      comment text,
      first_submitted_at timestamptz,
      submitted_at timestamptz,
      decided_at timestamptz,
      decided_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid REFERENCES users(id) DEFERRABLE,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id) DEFERRABLE,
      CONSTRAINT reports_version FOREIGN KEY (template_id, version) REFERENCES report_template_versions (template_id, version) DEFERRABLE,
      CONSTRAINT reports_once UNIQUE (template_id, period, unit_id),
      CONSTRAINT reports_submitted CHECK (state = 'draft' OR first_submitted_at IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX reports_unit ON reports (unit_id, template_id)`.execute(db);
  await sql`CREATE INDEX reports_receiver ON reports (receiver_unit_id, state)`.execute(db);

  await sql`
    CREATE TABLE report_events (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      report_id uuid NOT NULL REFERENCES reports(id) DEFERRABLE,
      action text NOT NULL,
      comment text,
      at timestamptz NOT NULL DEFAULT now(),
      by uuid REFERENCES users(id) DEFERRABLE
    )`.execute(db);
  await sql`CREATE INDEX report_events_report ON report_events (report_id, at)`.execute(db);

  await sql`ALTER TABLE stored_files ADD COLUMN report_id uuid REFERENCES reports(id) DEFERRABLE`.execute(db);
  await sql`ALTER TABLE stored_files DROP CONSTRAINT stored_files_one_owner`.execute(db);
  await sql`ALTER TABLE stored_files ADD CONSTRAINT stored_files_one_owner CHECK (num_nonnulls(document_id, progress_report_id, topic_paper_id, meeting_id, report_id) = 1)`.execute(db);
  await sql`CREATE INDEX stored_files_periodic_report ON stored_files (report_id) WHERE report_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE report_notices (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      template_id uuid NOT NULL REFERENCES report_templates(id) DEFERRABLE,
      -- The reporting unit for due_soon / overdue, the receiving unit for a summary.
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      period text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue', 'summary')),
      day date NOT NULL,
      recipients integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT report_notices_once UNIQUE (template_id, period, unit_id, kind)
    )`.execute(db);

  await sql`
    CREATE TABLE report_reviews (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      template_id uuid NOT NULL REFERENCES report_templates(id) DEFERRABLE,
      kind text NOT NULL CHECK (kind IN ('so_ket', 'tong_ket')),
      title text NOT NULL,
      from_period text NOT NULL,
      to_period text NOT NULL,
      sections jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid REFERENCES users(id) DEFERRABLE,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id) DEFERRABLE
    )`.execute(db);
  await sql`CREATE INDEX report_reviews_unit ON report_reviews (unit_id, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE report_reviews`.execute(db);
  await sql`DROP TABLE report_notices`.execute(db);
  await sql`DROP INDEX stored_files_periodic_report`.execute(db);
  await sql`ALTER TABLE stored_files DROP CONSTRAINT stored_files_one_owner`.execute(db);
  await sql`ALTER TABLE stored_files ADD CONSTRAINT stored_files_one_owner CHECK (num_nonnulls(document_id, progress_report_id, topic_paper_id, meeting_id) = 1)`.execute(db);
  await sql`ALTER TABLE stored_files DROP COLUMN report_id`.execute(db);
  await sql`DROP TABLE report_events`.execute(db);
  await sql`DROP TABLE reports`.execute(db);
}
