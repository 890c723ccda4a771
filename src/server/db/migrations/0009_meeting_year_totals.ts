import { type Kysely, sql } from 'kysely';

// The compliance view of the root reads a year of meetings of 20,000 cells (≈ 320,000 rows);
// aggregated per unit and year it reads 20,000. The totals follow the meetings through
// statement triggers, so every path that writes meetings (the app, the demo, the generators)
// keeps them exact. A unit-year is recomputed from its meetings rather than adjusted, because
// the months held are a bit set that a cancellation cannot subtract from.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE meeting_year_totals (
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      year integer NOT NULL,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      -- Bit m−1: a regular cell meeting was held in month m (Vietnam time); bit q−1: a thematic one in quarter q.
      regular_months integer NOT NULL,
      thematic_quarters integer NOT NULL,
      invited integer NOT NULL,
      attended integer NOT NULL,
      PRIMARY KEY (unit_id, year)
    )`.execute(db);
  await sql`CREATE INDEX meeting_year_totals_tenant_year ON meeting_year_totals (tenant_id, year)`.execute(db);

  // Recomputes the given unit-years. The row lock taken first serializes concurrent writers of
  // one unit-year, and the recount that follows then sees what the first one committed.
  await sql`
    CREATE FUNCTION refresh_meeting_year_totals(unit_ids uuid[], years integer[], tenant_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO meeting_year_totals (unit_id, year, tenant_id, regular_months, thematic_quarters, invited, attended)
        SELECT t.unit_id, t.year, t.tenant_id, 0, 0, 0, 0 FROM unnest(unit_ids, years, tenant_ids) AS t(unit_id, year, tenant_id)
        ON CONFLICT (unit_id, year) DO NOTHING;
      PERFORM 1 FROM meeting_year_totals y JOIN unnest(unit_ids, years) AS t(unit_id, year) USING (unit_id, year)
        ORDER BY y.unit_id, y.year FOR UPDATE OF y;
      UPDATE meeting_year_totals y SET
          regular_months = coalesce(h.regular_months, 0), thematic_quarters = coalesce(h.thematic_quarters, 0),
          invited = coalesce(h.invited, 0), attended = coalesce(h.attended, 0)
        FROM unnest(unit_ids, years) AS t(unit_id, year)
        CROSS JOIN LATERAL (
          SELECT bit_or(1 << (extract(month FROM m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - 1)) FILTER (WHERE m.kind = 'regular_cell') AS regular_months,
                 bit_or(1 << (extract(quarter FROM m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - 1)) FILTER (WHERE m.kind = 'thematic_cell') AS thematic_quarters,
                 sum(m.invited_count)::int AS invited, sum(m.attended_count)::int AS attended
          FROM meetings m
          WHERE m.unit_id = t.unit_id AND m.status = 'held'
            AND m.starts_at >= make_timestamptz(t.year, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')
            AND m.starts_at < make_timestamptz(t.year + 1, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')
        ) h
        WHERE y.unit_id = t.unit_id AND y.year = t.year;
    END $$`.execute(db);

  // Transition tables exist only for their own event, so each branch names the ones it has.
  const touchedBy = (tables: string[]) =>
    sql.raw(`SELECT array_agg(unit_id), array_agg(year), array_agg(tenant_id) INTO unit_ids, years, tenant_ids
      FROM (${tables.map((table) => `SELECT DISTINCT unit_id, tenant_id, extract(year FROM starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year FROM ${table}`).join(' UNION ')}) touched`);
  await sql`
    CREATE FUNCTION meetings_refresh_year_totals() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE unit_ids uuid[]; years integer[]; tenant_ids uuid[];
    BEGIN
      IF TG_OP = 'INSERT' THEN ${touchedBy(['new_meetings'])};
      ELSIF TG_OP = 'DELETE' THEN ${touchedBy(['old_meetings'])};
      ELSE ${touchedBy(['new_meetings', 'old_meetings'])};
      END IF;
      IF unit_ids IS NOT NULL THEN PERFORM refresh_meeting_year_totals(unit_ids, years, tenant_ids); END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER meetings_year_totals_insert AFTER INSERT ON meetings REFERENCING NEW TABLE AS new_meetings
      FOR EACH STATEMENT EXECUTE FUNCTION meetings_refresh_year_totals()`.execute(db);
  await sql`
    CREATE TRIGGER meetings_year_totals_update AFTER UPDATE ON meetings REFERENCING OLD TABLE AS old_meetings NEW TABLE AS new_meetings
      FOR EACH STATEMENT EXECUTE FUNCTION meetings_refresh_year_totals()`.execute(db);
  await sql`
    CREATE TRIGGER meetings_year_totals_delete AFTER DELETE ON meetings REFERENCING OLD TABLE AS old_meetings
      FOR EACH STATEMENT EXECUTE FUNCTION meetings_refresh_year_totals()`.execute(db);

  await sql`
    SELECT refresh_meeting_year_totals(array_agg(unit_id), array_agg(year), array_agg(tenant_id))
    FROM (SELECT DISTINCT unit_id, tenant_id, extract(year FROM starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year FROM meetings) touched
    HAVING count(*) > 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE meeting_year_totals`.execute(db);
  await sql`DROP FUNCTION meetings_refresh_year_totals() CASCADE`.execute(db);
  await sql`DROP FUNCTION refresh_meeting_year_totals(uuid[], integer[], uuid[])`.execute(db);
}
