import { type Kysely, sql } from 'kysely';

// A roll-up of a city's root would read every report under it; instead each subtree's summary
// (figures' partials, timeliness counts, first missing and late units) is kept once computed and
// dropped when a report under it changes, so the root merges its children's summaries. Rows
// are a cache: deleting them all is always safe. Reports changed in the last minutes are found
// by (template, period, updated_at), so a summary computed while they changed is not kept; a
// summary also records the tree as it was (the latest change of any unit), since a unit moved,
// renamed or deactivated changes who owes what.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_rollup_summaries (
      template_id uuid NOT NULL,
      period text NOT NULL,
      unit_id uuid NOT NULL,
      tenant_id uuid NOT NULL,
      version integer NOT NULL,
      summary jsonb NOT NULL,
      tree_changed_at timestamptz NOT NULL,
      computed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (template_id, period, unit_id)
    )`.execute(db);
  await sql`CREATE INDEX report_rollup_summaries_tenant ON report_rollup_summaries (tenant_id)`.execute(db);
  await sql`CREATE INDEX reports_template_period_changed ON reports (template_id, period, updated_at)`.execute(db);
  await sql`CREATE INDEX org_units_tenant_changed ON org_units (tenant_id, updated_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX org_units_tenant_changed`.execute(db);
  await sql`DROP INDEX reports_template_period_changed`.execute(db);
  await sql`DROP TABLE report_rollup_summaries`.execute(db);
}
