import { type Kysely, sql } from 'kysely';

// Foreign keys are DEFERRABLE so that `congtac restore` can load tables in any order
// inside one transaction (SET CONSTRAINTS ALL DEFERRED).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS ltree`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await sql`
    CREATE TABLE tenants (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE org_units (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      parent_id uuid REFERENCES org_units(id) DEFERRABLE,
      path ltree NOT NULL,
      kind text NOT NULL CHECK (kind IN ('committee','base_committee','cell','department','association')),
      department_function text CHECK (department_function IN ('propaganda','organization','mass_mobilization','inspection','office')),
      association_type text CHECK (association_type IN ('union','youth','veterans','women')),
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      short_name text,
      code text NOT NULL,
      search_name text NOT NULL,
      led_by_id uuid REFERENCES org_units(id) DEFERRABLE,
      display_order integer NOT NULL DEFAULT 0,
      is_active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT org_units_code_unique UNIQUE (tenant_id, code),
      CONSTRAINT org_units_department_function CHECK ((kind = 'department') = (department_function IS NOT NULL)),
      CONSTRAINT org_units_association_type CHECK ((kind = 'association') = (association_type IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX org_units_path_gist ON org_units USING gist (path)`.execute(db);
  await sql`CREATE INDEX org_units_children ON org_units (parent_id, display_order, name)`.execute(db);
  await sql`CREATE INDEX org_units_search_trgm ON org_units USING gin (search_name gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE people (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      full_name text NOT NULL CHECK (length(btrim(full_name)) > 0),
      search_name text NOT NULL,
      gender text CHECK (gender IN ('male','female')),
      birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
      email text,
      phone text,
      party_status text NOT NULL DEFAULT 'none' CHECK (party_status IN ('full','probationary','none')),
      party_joined_on date,
      member_code text,
      is_active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT people_member_code_unique UNIQUE (tenant_id, member_code)
    )`.execute(db);
  await sql`CREATE INDEX people_search_trgm ON people USING gin (search_name gin_trgm_ops)`.execute(db);

  // unit_path copies the unit's path so that "members under X" is one index range scan;
  // moving a subtree rewrites both in the same transaction.
  await sql`
    CREATE TABLE memberships (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      person_id uuid NOT NULL REFERENCES people(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      unit_path ltree NOT NULL,
      is_party boolean NOT NULL,
      position text NOT NULL DEFAULT 'member' CHECK (position IN ('secretary','deputy_secretary','committee_member','member')),
      started_on date NOT NULL,
      ended_on date,
      end_reason text CHECK (end_reason IN ('transfer','left','unit_closed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT memberships_dates CHECK (ended_on IS NULL OR ended_on >= started_on)
    )`.execute(db);
  await sql`CREATE INDEX memberships_unit_path_gist ON memberships USING gist (unit_path) WHERE ended_on IS NULL`.execute(db);
  await sql`CREATE INDEX memberships_unit ON memberships (unit_id) WHERE ended_on IS NULL`.execute(db);
  await sql`CREATE INDEX memberships_person ON memberships (person_id)`.execute(db);
  await sql`CREATE UNIQUE INDEX memberships_one_active_per_unit ON memberships (person_id, unit_id) WHERE ended_on IS NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX memberships_one_active_party_unit ON memberships (person_id) WHERE ended_on IS NULL AND is_party`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      login text NOT NULL,
      display_name text NOT NULL,
      email text,
      person_id uuid REFERENCES people(id) DEFERRABLE,
      home_unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      password_hash text NOT NULL,
      must_change_password boolean NOT NULL DEFAULT false,
      is_active boolean NOT NULL DEFAULT true,
      failed_login_count integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      locale text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi','en')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT users_login_unique UNIQUE (login)
    )`.execute(db);

  await sql`
    CREATE TABLE role_grants (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      user_id uuid NOT NULL REFERENCES users(id) DEFERRABLE,
      unit_id uuid NOT NULL REFERENCES org_units(id) DEFERRABLE,
      role text NOT NULL CHECK (role IN ('admin','leader','staff','secretary','member','viewer')),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT role_grants_unique UNIQUE (user_id, unit_id, role)
    )`.execute(db);

  await sql`
    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) DEFERRABLE,
      user_id uuid NOT NULL REFERENCES users(id) DEFERRABLE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX sessions_user ON sessions (user_id)`.execute(db);

  await sql`
    CREATE TABLE audit_entries (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id uuid NOT NULL,
      unit_path ltree,
      before jsonb,
      after jsonb
    )`.execute(db);
  await sql`CREATE INDEX audit_entries_recent ON audit_entries (tenant_id, occurred_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX audit_entries_entity ON audit_entries (entity_type, entity_id)`.execute(db);
  await sql`CREATE INDEX audit_entries_unit_path ON audit_entries USING gist (unit_path)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only');
}
