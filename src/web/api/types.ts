/** Shapes of the /api/v1 responses (see the zod views in src/server/modules/<area>/routes.ts). */
import type { MembershipPosition } from '../../domain/people.ts';
import type { Role } from '../../domain/roles.ts';
import type { AssociationType, DepartmentFunction, UnitKind } from '../../domain/unit-kinds.ts';
import type { PersonView as Person } from '../../server/modules/people/service.ts';
import type { UnitView as Unit } from '../../server/modules/units/service.ts';

// The views the server builds, shared by type only (erased from the bundle).
export type { MembershipView as Membership, PersonView as Person } from '../../server/modules/people/service.ts';
export type { UnitView as Unit } from '../../server/modules/units/service.ts';

export interface Grant {
  id: string;
  role: Role;
  unitId: string;
  unitName: string;
}

export interface Me {
  userId: string;
  personId: string | null;
  login: string;
  displayName: string;
  locale: 'vi' | 'en';
  mustChangePassword: boolean;
  csrfToken: string;
  grants: Grant[];
}

export interface UnitDetail extends Unit {
  ancestors: { id: string; name: string; shortName: string | null; readable: boolean }[];
  memberCounts: { party: number; association: number };
}

export interface UnitInput {
  parentId: string;
  kind: UnitKind;
  name: string;
  shortName?: string | null;
  code?: string | null;
  departmentFunction?: DepartmentFunction | null;
  associationType?: AssociationType | null;
  ledById?: string | null;
  displayOrder?: number;
}

export type UnitPatch = Partial<Omit<UnitInput, 'parentId' | 'kind'>>;

export type PersonFields = Partial<Omit<Person, 'id' | 'isActive' | 'memberships'>>;

export interface PersonInput extends PersonFields {
  fullName: string;
  unitId: string;
  position?: MembershipPosition;
  startedOn?: string;
}

export interface PeoplePage {
  items: Person[];
  hasMore: boolean;
}

export interface ImportRow {
  line: number;
  values: Record<string, string>;
  errors: { field: string | null; problem: string; message: string }[];
}

export interface ImportPreview {
  columns: string[];
  missingColumns: string[];
  total: number;
  valid: number;
  rows: ImportRow[];
}

export type ImportMode = 'all_or_nothing' | 'valid_only';

export interface ImportResult {
  created: number;
  skipped: number;
  skippedRows: ImportRow[];
}

export interface Account {
  id: string;
  login: string;
  displayName: string;
  email: string | null;
  personId: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  homeUnit: { id: string; name: string };
  grants: Grant[];
}

export interface AccountInput {
  login: string;
  displayName: string;
  email?: string | null;
  homeUnitId: string;
  password?: string;
  grants?: { unitId: string; role: Role }[];
}

export interface WithTemporaryPassword {
  account: Account;
  temporaryPassword: string | null;
}

export interface AuditEntry {
  id: string;
  occurredAt: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string; login: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export interface AuditFilter {
  unitId?: string;
  entityType?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
}
