import { type Kysely, sql } from 'kysely';

// A kept roll-up summary no longer records the whole tree it was computed on (any change of any
// unit made every summary of the tenant stale, and a city's root was then read cold): a change
// of a unit drops the summaries of the subtrees around it, found by unit.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE report_rollup_summaries DROP COLUMN tree_changed_at`.execute(db);
  await sql`CREATE INDEX report_rollup_summaries_unit ON report_rollup_summaries (unit_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX report_rollup_summaries_unit`.execute(db);
  // Summaries are a cache: emptied, they are computed again on the next read.
  await sql`DELETE FROM report_rollup_summaries`.execute(db);
  await sql`ALTER TABLE report_rollup_summaries ADD COLUMN tree_changed_at timestamptz NOT NULL DEFAULT '-infinity'`.execute(db);
}
