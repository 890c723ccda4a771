import { type Kysely, sql } from 'kysely';
import { newId } from '../ids.ts';

// Follow-up actions of minutes become tasks (issue 6): each action names its responsible unit
// (the meeting's unit or one under it), optionally a person of it, and a due date; approving
// the minutes issues the unit's conclusions notice (a TB plan) whose tasks the actions link to.
// The actions leave the minutes' JSON column for a table, so that units, people and tasks are
// real references. Privacy (DESIGN.md): an action is work given to a unit, never an opinion.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE minutes_follow_ups (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      meeting_id uuid NOT NULL REFERENCES minutes(meeting_id) DEFERRABLE,
      position integer NOT NULL CHECK (position >= 0),
      text text NOT NULL CHECK (length(btrim(text)) > 0),
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      person_id uuid REFERENCES people(id) DEFERRABLE,
      due_on date,
      task_id uuid REFERENCES tasks(id) DEFERRABLE,
      CONSTRAINT minutes_follow_ups_position UNIQUE (meeting_id, position) DEFERRABLE
    )`.execute(db);
  await sql`CREATE INDEX minutes_follow_ups_task ON minutes_follow_ups (task_id) WHERE task_id IS NOT NULL`.execute(db);
  await sql`ALTER TABLE minutes ADD COLUMN notice_document_id uuid REFERENCES documents(id) DEFERRABLE`.execute(db);

  // Actions written before: the meeting's unit is responsible; the free-text "responsible"
  // stays readable in the action's text; a missing due date must be given before approval.
  const old = await sql<{ tenant_id: string; meeting_id: string; unit_id: string; position: number; text: string; responsible: string | null; due_on: string | null }>`
    SELECT mi.tenant_id, mi.meeting_id, m.unit_id, (f.ordinality - 1)::int AS position,
           btrim(f.item->>'text') AS text, nullif(btrim(f.item->>'responsible'), '') AS responsible,
           CASE WHEN f.item->>'dueOn' ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN f.item->>'dueOn' END AS due_on
    FROM minutes mi
    JOIN meetings m ON m.id = mi.meeting_id
    CROSS JOIN LATERAL jsonb_array_elements(mi.follow_ups) WITH ORDINALITY AS f(item, ordinality)
    WHERE coalesce(btrim(f.item->>'text'), '') <> ''`.execute(db);
  for (const row of old.rows) {
    await sql`
      INSERT INTO minutes_follow_ups (id, tenant_id, meeting_id, position, text, unit_id, due_on)
      VALUES (${newId()}, ${row.tenant_id}, ${row.meeting_id}, ${row.position}, ${row.responsible ? `${row.text} (${row.responsible})` : row.text}, ${row.unit_id}, ${row.due_on}::date)`.execute(db);
  }
  await sql`ALTER TABLE minutes DROP COLUMN follow_ups`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only');
}
