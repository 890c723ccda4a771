import { type Kysely, sql } from 'kysely';

// Active member counts kept on each unit (updated with every membership change), so that
// "members under X" sums one row per unit instead of scanning every membership.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE org_units ADD COLUMN direct_party_members integer NOT NULL DEFAULT 0`.execute(db);
  await sql`ALTER TABLE org_units ADD COLUMN direct_association_members integer NOT NULL DEFAULT 0`.execute(db);
  await sql`
    UPDATE org_units u SET
      direct_party_members = c.party,
      direct_association_members = c.association
    FROM (
      SELECT unit_id, count(*) FILTER (WHERE is_party) AS party, count(*) FILTER (WHERE NOT is_party) AS association
      FROM memberships WHERE ended_on IS NULL GROUP BY unit_id
    ) c
    WHERE c.unit_id = u.id`.execute(db);

  // Each person carries the paths of their active memberships, so "people under X matching
  // a name" filters one table: people.unit_paths <@ X uses a GiST index or a cheap row check.
  // A statement-level trigger keeps it right for single writes and bulk loads alike.
  await sql`ALTER TABLE people ADD COLUMN unit_paths ltree[] NOT NULL DEFAULT '{}'`.execute(db);
  await sql`CREATE INDEX people_unit_paths_gist ON people USING gist (unit_paths)`.execute(db);
  await sql`
    CREATE FUNCTION refresh_person_unit_paths() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE people p SET unit_paths = coalesce(
        (SELECT array_agg(m.unit_path ORDER BY m.unit_path) FROM memberships m WHERE m.person_id = p.id AND m.ended_on IS NULL),
        '{}')
      WHERE p.id IN (SELECT DISTINCT person_id FROM changed_memberships);
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER memberships_refresh_paths_on_insert AFTER INSERT ON memberships
    REFERENCING NEW TABLE AS changed_memberships FOR EACH STATEMENT EXECUTE FUNCTION refresh_person_unit_paths()`.execute(db);
  await sql`
    CREATE TRIGGER memberships_refresh_paths_on_update AFTER UPDATE ON memberships
    REFERENCING NEW TABLE AS changed_memberships FOR EACH STATEMENT EXECUTE FUNCTION refresh_person_unit_paths()`.execute(db);
  await sql`UPDATE memberships SET unit_path = unit_path`.execute(db);
  // Name order within a tenant; also serves "name starts with" searches as an index range.
  await sql`CREATE INDEX people_name_order ON people (tenant_id, (search_name COLLATE "C"), id)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only');
}
