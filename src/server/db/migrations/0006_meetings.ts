import { type Kysely, sql } from 'kysely';

// Meetings, attendance, minutes, the thematic-meeting workflow and calendar feeds (issue 6).
// Privacy (DESIGN.md): these tables record activities — who was invited, who attended, what
// the unit concluded — never a person's opinions: minutes are unit-level text and no column
// holds what one member said or thought.
export async function up(db: Kysely<unknown>): Promise<void> {
  const kinds = sql.raw(`('regular_cell','thematic_cell','committee','study_conference','briefing_conference','speaker_conference','training','joint_activity')`);

  // The monthly cell meeting on a fixed day; its meetings are generated rows of `meetings`.
  await sql`
    CREATE TABLE meeting_series (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      kind text NOT NULL CHECK (kind IN ${kinds}),
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      rule jsonb NOT NULL,
      time_of_day text NOT NULL CHECK (time_of_day ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 1440),
      place text,
      online_link text,
      presiding_person_id uuid REFERENCES people(id) DEFERRABLE,
      minute_taker_person_id uuid REFERENCES people(id) DEFERRABLE,
      from_on date NOT NULL,
      until_on date NOT NULL,
      created_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT meeting_series_dates CHECK (from_on <= until_on)
    )`.execute(db);
  await sql`CREATE INDEX meeting_series_unit ON meeting_series (unit_id)`.execute(db);

  // A topic and its meeting point at each other; the topic table comes after, so the
  // meeting's foreign key is added below.
  await sql`
    CREATE TABLE meetings (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      kind text NOT NULL CHECK (kind IN ${kinds}),
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      place text,
      online_link text,
      presiding_person_id uuid REFERENCES people(id) DEFERRABLE,
      minute_taker_person_id uuid REFERENCES people(id) DEFERRABLE,
      status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','held','cancelled')),
      cancel_reason text,
      series_id uuid REFERENCES meeting_series(id) DEFERRABLE,
      series_occurrence_on date,
      agenda jsonb NOT NULL DEFAULT '[]',
      topic_id uuid,
      check_in_code text NOT NULL CHECK (check_in_code ~ '^[0-9]{6}$'),
      send_days_before integer NOT NULL DEFAULT 3 CHECK (send_days_before BETWEEN 0 AND 60),
      invited_count integer NOT NULL DEFAULT 0,
      attended_count integer NOT NULL DEFAULT 0,
      marked_count integer NOT NULL DEFAULT 0,
      created_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT meetings_times CHECK (starts_at < ends_at),
      CONSTRAINT meetings_series_occurrence CHECK ((series_id IS NULL) = (series_occurrence_on IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX meetings_unit_time ON meetings (unit_id, starts_at)`.execute(db);
  await sql`CREATE INDEX meetings_presiding_time ON meetings (presiding_person_id, starts_at) WHERE presiding_person_id IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX meetings_series_once ON meetings (series_id, series_occurrence_on) WHERE series_id IS NOT NULL`.execute(db);

  // Everyone invited: a person of the tree, or a named guest (đại biểu) who has no record.
  await sql`
    CREATE TABLE meeting_invitees (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      meeting_id uuid NOT NULL REFERENCES meetings(id) DEFERRABLE,
      person_id uuid REFERENCES people(id) DEFERRABLE,
      is_guest boolean NOT NULL DEFAULT false,
      guest_name text,
      guest_title text,
      guest_organization text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT meeting_invitees_who CHECK (person_id IS NOT NULL OR (is_guest AND length(btrim(guest_name)) > 0))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX meeting_invitees_once ON meeting_invitees (meeting_id, person_id) WHERE person_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX meeting_invitees_meeting ON meeting_invitees (meeting_id)`.execute(db);
  await sql`CREATE INDEX meeting_invitees_person ON meeting_invitees (person_id) WHERE person_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE attendance (
      invitee_id uuid PRIMARY KEY REFERENCES meeting_invitees(id) DEFERRABLE,
      meeting_id uuid NOT NULL REFERENCES meetings(id) DEFERRABLE,
      tenant_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('present','late','absent_excused','absent_unexcused')),
      reason text,
      checked_in_at timestamptz,
      marked_by uuid REFERENCES users(id) DEFERRABLE,
      marked_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT attendance_reason CHECK ((status = 'absent_excused') = (reason IS NOT NULL AND length(btrim(reason)) > 0))
    )`.execute(db);
  await sql`CREATE INDEX attendance_meeting ON attendance (meeting_id)`.execute(db);

  // One set of minutes per meeting: unit-level text, locked once approved.
  await sql`
    CREATE TABLE minutes (
      meeting_id uuid PRIMARY KEY REFERENCES meetings(id) DEFERRABLE,
      tenant_id uuid NOT NULL,
      body_html text NOT NULL DEFAULT '',
      conclusions text NOT NULL DEFAULT '',
      follow_ups jsonb NOT NULL DEFAULT '[]',
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','approved')),
      written_by uuid REFERENCES users(id) DEFERRABLE,
      approved_by uuid REFERENCES users(id) DEFERRABLE,
      approved_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT minutes_approval CHECK ((status = 'approved') = (approved_at IS NOT NULL))
    )`.execute(db);

  // The suggested topics of a higher unit's guidance for a year (09-HD/ĐUK, section 1).
  await sql`
    CREATE TABLE topic_catalogue_items (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
      section text NOT NULL CHECK (length(btrim(section)) > 0),
      position integer NOT NULL,
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      document_id uuid REFERENCES documents(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX topic_catalogue_unit_year ON topic_catalogue_items (unit_id, year, position)`.execute(db);

  await sql`
    CREATE TABLE thematic_topics (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
      quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
      title text NOT NULL CHECK (length(btrim(title)) > 0),
      catalogue_item_id uuid REFERENCES topic_catalogue_items(id) DEFERRABLE,
      state text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed','decided','drafting','submitted','returned','approved','sent','discussed','finalized','reported')),
      planned_on date,
      meeting_id uuid REFERENCES meetings(id) DEFERRABLE,
      evaluation text,
      conclusion text,
      sent_on date,
      sent_late boolean,
      reported_to_unit_id uuid REFERENCES org_units(id) DEFERRABLE,
      reported_at timestamptz,
      created_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT thematic_topics_planned_in_year CHECK (planned_on IS NULL OR extract(year FROM planned_on) = year)
    )`.execute(db);
  await sql`CREATE INDEX thematic_topics_unit_year ON thematic_topics (unit_id, year, quarter)`.execute(db);
  await sql`CREATE INDEX thematic_topics_reported ON thematic_topics (reported_to_unit_id, reported_at DESC) WHERE state = 'reported'`.execute(db);
  await sql`ALTER TABLE meetings ADD CONSTRAINT meetings_topic FOREIGN KEY (topic_id) REFERENCES thematic_topics(id) DEFERRABLE`.execute(db);

  await sql`
    CREATE TABLE topic_drafters (
      topic_id uuid NOT NULL REFERENCES thematic_topics(id) DEFERRABLE,
      person_id uuid NOT NULL REFERENCES people(id) DEFERRABLE,
      tenant_id uuid NOT NULL,
      PRIMARY KEY (topic_id, person_id)
    )`.execute(db);
  await sql`CREATE INDEX topic_drafters_person ON topic_drafters (person_id)`.execute(db);

  // Every version of the draft and the final paper; a returned version keeps its comment.
  await sql`
    CREATE TABLE topic_papers (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      topic_id uuid NOT NULL REFERENCES thematic_topics(id) DEFERRABLE,
      kind text NOT NULL CHECK (kind IN ('draft','final')),
      version integer NOT NULL CHECK (version > 0),
      body text NOT NULL DEFAULT '',
      review text NOT NULL DEFAULT 'pending' CHECK (review IN ('pending','returned','approved','none')),
      review_comment text,
      reviewed_by uuid REFERENCES users(id) DEFERRABLE,
      reviewed_at timestamptz,
      submitted_by uuid REFERENCES users(id) DEFERRABLE,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT topic_papers_version UNIQUE (topic_id, kind, version)
    )`.execute(db);

  // A paper may be an uploaded file instead of (or beside) its text: stored_files gains a
  // third possible owner.
  await sql`ALTER TABLE stored_files ADD COLUMN topic_paper_id uuid REFERENCES topic_papers(id) DEFERRABLE`.execute(db);
  await sql`ALTER TABLE stored_files DROP CONSTRAINT stored_files_one_owner`.execute(db);
  await sql`ALTER TABLE stored_files ADD CONSTRAINT stored_files_one_owner CHECK (num_nonnulls(document_id, progress_report_id, topic_paper_id) = 1)`.execute(db);
  await sql`CREATE INDEX stored_files_topic_paper ON stored_files (topic_paper_id) WHERE topic_paper_id IS NOT NULL`.execute(db);

  // The secret in a calendar subscription address: phones fetch the feed without a session.
  await sql`
    CREATE TABLE calendar_tokens (
      user_id uuid PRIMARY KEY REFERENCES users(id) DEFERRABLE,
      tenant_id uuid NOT NULL,
      token text NOT NULL UNIQUE CHECK (length(token) >= 32),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only');
}
