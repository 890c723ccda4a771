import { type Kysely, sql } from 'kysely';

// The figures of a matrix whose evaluation reads thousands of units (a city's root: 20,000
// cells, ten targets), kept a few minutes for whoever opens it next, and refreshed by a job.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE compliance_figures (
      target_id uuid NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,
      period text NOT NULL,
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      as_of date NOT NULL,
      total jsonb NOT NULL,
      rows jsonb NOT NULL,
      computed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (target_id, unit_id, period)
    )`.execute(db);
  await sql`CREATE INDEX compliance_figures_unit_period ON compliance_figures (unit_id, period)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE compliance_figures`.execute(db);
}
