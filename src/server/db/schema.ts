import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../../domain/roles.ts';

export type { Role };

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** ISO date "YYYY-MM-DD" (DATE columns are read as strings, see connection.ts). */
type IsoDate = string;

import type { AssociationType, DepartmentFunction, UnitKind } from '../../domain/unit-kinds.ts';
import type { MembershipEndReason, MembershipPosition, PartyStatus } from '../../domain/people.ts';

export type { AssociationType, DepartmentFunction, MembershipEndReason, MembershipPosition, PartyStatus, UnitKind };

export interface TenantsTable {
  id: string;
  name: string;
  created_at: CreatedAt;
}

export interface OrgUnitsTable {
  id: string;
  tenant_id: string;
  parent_id: string | null;
  path: string;
  kind: UnitKind;
  department_function: DepartmentFunction | null;
  association_type: AssociationType | null;
  name: string;
  short_name: string | null;
  code: string;
  search_name: string;
  led_by_id: string | null;
  display_order: Generated<number>;
  is_active: Generated<boolean>;
  direct_party_members: Generated<number>;
  direct_association_members: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PeopleTable {
  id: string;
  tenant_id: string;
  full_name: string;
  search_name: string;
  gender: 'male' | 'female' | null;
  birth_year: number | null;
  email: string | null;
  phone: string | null;
  party_status: Generated<PartyStatus>;
  party_joined_on: IsoDate | null;
  member_code: string | null;
  unit_paths: Generated<string[]>;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  id: string;
  tenant_id: string;
  person_id: string;
  unit_id: string;
  unit_path: string;
  is_party: boolean;
  position: Generated<MembershipPosition>;
  started_on: IsoDate;
  ended_on: IsoDate | null;
  end_reason: MembershipEndReason | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  login: string;
  display_name: string;
  email: string | null;
  person_id: string | null;
  home_unit_id: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  is_active: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  locale: Generated<'vi' | 'en'>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RoleGrantsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  unit_id: string;
  role: Role;
  created_at: CreatedAt;
}

export interface SessionsTable {
  token_hash: string;
  tenant_id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface AuditEntriesTable {
  id: string;
  tenant_id: string;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  unit_path: string | null;
  before: unknown;
  after: unknown;
}

export interface Database {
  tenants: TenantsTable;
  org_units: OrgUnitsTable;
  people: PeopleTable;
  memberships: MembershipsTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  audit_entries: AuditEntriesTable;
}

export type OrgUnit = Selectable<OrgUnitsTable>;
export type NewOrgUnit = Insertable<OrgUnitsTable>;
export type OrgUnitUpdate = Updateable<OrgUnitsTable>;
export type Person = Selectable<PeopleTable>;
export type Membership = Selectable<MembershipsTable>;
export type User = Selectable<UsersTable>;
export type RoleGrant = Selectable<RoleGrantsTable>;
export type AuditEntry = Selectable<AuditEntriesTable>;
