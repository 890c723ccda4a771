import { type Kysely, sql } from 'kysely';

// Report templates (issue 5). A template belongs to the unit that defines it and applies to
// that unit's subtree; its definitions are versions, each the parsed ReportTemplate JSON.
// A version is never changed once written (reports point at the version they were filled
// on), so a trigger refuses updates and deletes of version rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_templates (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      -- A ready template's code (opinion_summary); null for templates built in the UI.
      code text,
      name text NOT NULL,
      is_active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid REFERENCES users(id) DEFERRABLE
    )`.execute(db);
  await sql`CREATE INDEX report_templates_unit ON report_templates (unit_id)`.execute(db);
  await sql`CREATE UNIQUE INDEX report_templates_unit_code ON report_templates (unit_id, code) WHERE code IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE report_template_versions (
      id uuid PRIMARY KEY,
      template_id uuid NOT NULL REFERENCES report_templates(id) DEFERRABLE,
      version integer NOT NULL CHECK (version >= 1),
      definition jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid REFERENCES users(id) DEFERRABLE,
      CONSTRAINT report_template_versions_unique UNIQUE (template_id, version)
    )`.execute(db);
  await sql`
    CREATE FUNCTION report_template_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'report template versions are immutable';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER report_template_versions_immutable BEFORE UPDATE OR DELETE ON report_template_versions
      FOR EACH ROW EXECUTE FUNCTION report_template_versions_immutable()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE report_template_versions`.execute(db);
  await sql`DROP FUNCTION report_template_versions_immutable()`.execute(db);
  await sql`DROP TABLE report_templates`.execute(db);
}
