import { type Kysely, sql } from 'kysely';

// A roll-up reads one template's sent reports of one period: found by index, not by reading
// every report of every period.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX reports_template_period_state ON reports (template_id, period, state)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX reports_template_period_state`.execute(db);
}
