import { type Kysely, sql } from 'kysely';

// A notification may link to any page of the app (a report to send, the reports received),
// not only to an assignment or a meeting.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE notifications ADD COLUMN link text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE notifications DROP COLUMN link`.execute(db);
}
