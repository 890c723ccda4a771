import { type Kysely, sql } from 'kysely';

// The targets' meeting metrics read held meetings index-only (0016), which reads the table only
// for pages not marked all-visible, and only a vacuum marks them. By default a table that is only
// inserted into is vacuumed after 20 % new rows (64,000 of a city's year of meetings: the
// current quarter's, the very ones a matrix reads). Measured at a city's root: a yearly target
// 117 → 60 ms, the matrix 375 → 230 ms once its meetings were all-visible. After 1 % instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE meetings SET (autovacuum_vacuum_insert_scale_factor = 0.01)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE meetings RESET (autovacuum_vacuum_insert_scale_factor)`.execute(db);
}
