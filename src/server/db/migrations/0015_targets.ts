import { type Kysely, sql } from 'kysely';

// Targets (chỉ tiêu, issue 7): a definition only — the figures are evaluated live from the
// meetings, reports and tasks the platform records, so nothing here can fall out of step with
// them. A target belongs to a unit (and, when a plan sets it, to that plan) and applies to the
// unit's subtree. `target_alerts` keeps each pace alert (a target a unit is behind on, for a
// judged period) from being sent twice, across restarts, like report_notices.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE targets (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      document_id uuid REFERENCES documents(id) DEFERRABLE,
      year integer NOT NULL CHECK (year BETWEEN 1 AND 9999),
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
      subject_kind text NOT NULL CHECK (subject_kind IN ('cell', 'base_committee', 'committee', 'association')),
      subject_association_type text CHECK (subject_association_type IN ('union', 'youth', 'veterans', 'women')),
      metric_key text NOT NULL,
      params jsonb NOT NULL DEFAULT '{}'::jsonb,
      comparator text NOT NULL CHECK (comparator IN ('gte', 'lte', 'eq')),
      value double precision NOT NULL,
      period_type text NOT NULL CHECK (period_type IN ('month', 'quarter', 'half', 'year')),
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid REFERENCES users(id) DEFERRABLE,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id) DEFERRABLE
    )`.execute(db);
  await sql`CREATE INDEX targets_unit_year ON targets (unit_id, year)`.execute(db);
  await sql`CREATE INDEX targets_document ON targets (document_id) WHERE document_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE target_alerts (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      target_id uuid NOT NULL REFERENCES targets(id) ON DELETE CASCADE DEFERRABLE,
      -- The unit that is behind; its parent hears of it too.
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      period text NOT NULL,
      status text NOT NULL CHECK (status IN ('amber', 'red')),
      day date NOT NULL,
      recipients integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT target_alerts_once UNIQUE (target_id, unit_id, period, status)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE target_alerts`.execute(db);
  await sql`DROP TABLE targets`.execute(db);
}
