import { sql } from 'kysely';
import { childPath } from '../../domain/org-path.ts';
import type { MembershipPosition, PartyStatus } from '../../domain/people.ts';
import type { Role } from '../../domain/roles.ts';
import { foldVietnamese } from '../../domain/text.ts';
import { isPartyKind } from '../../domain/unit-kinds.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Tx } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { newId } from '../db/ids.ts';
import type { NewOrgUnit } from '../db/schema.ts';
import { recordChange } from '../modules/audit/service.ts';
import { recountMembers } from '../modules/units/service.ts';
import { type DemoUnit, demoTree } from './demo-tree.ts';
import { seededRandom, vietnameseName } from './names.ts';

export const demoPassword = 'Congtac@2026';

export interface DemoAccount {
  login: string;
  role: Role;
  unitName: string;
}

interface PlacedUnit extends NewOrgUnit {
  key: string;
  ledByKey?: string;
}

function placeUnits(root: DemoUnit, tenantId: string): PlacedUnit[] {
  const placed: PlacedUnit[] = [];
  const visit = (unit: DemoUnit, parent: PlacedUnit | null, order: number) => {
    const id = newId();
    const row: PlacedUnit = {
      key: unit.key,
      ledByKey: unit.ledBy,
      id,
      tenant_id: tenantId,
      parent_id: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
      kind: unit.kind,
      department_function: unit.departmentFunction ?? null,
      association_type: unit.associationType ?? null,
      name: unit.name,
      short_name: unit.shortName ?? null,
      code: unit.code,
      search_name: foldVietnamese([unit.name, unit.shortName ?? '', unit.code].join(' ')),
      led_by_id: null,
      display_order: order,
    };
    placed.push(row);
    unit.children?.forEach((child, index) => visit(child, row, index));
  };
  visit(root, null, 0);
  const byKey = new Map(placed.map((unit) => [unit.key, unit]));
  for (const unit of placed) if (unit.ledByKey) unit.led_by_id = byKey.get(unit.ledByKey)!.id;
  return placed;
}

async function insertInBatches<T extends object>(tx: Tx, table: 'org_units' | 'people' | 'memberships', rows: T[]) {
  for (let start = 0; start < rows.length; start += 500) {
    await tx.insertInto(table).values(rows.slice(start, start + 500) as never).execute();
  }
}

/**
 * Loads the demo organization on an empty database: the city committee, the bloc committee
 * with its departments and associations, 20 base organizations with their cells and members,
 * and one account per role. Returns null when the database already holds data.
 */
export async function seedDemoIfEmpty(db: Db): Promise<{ accounts: DemoAccount[]; password: string } | null> {
  const existing = await db.selectFrom('tenants').select('id').executeTakeFirst();
  if (existing) return null;
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction().execute(async (tx) => {
    await sql`LOCK TABLE tenants IN EXCLUSIVE MODE`.execute(tx);
    if (await tx.selectFrom('tenants').select('id').executeTakeFirst()) return null;
    const tenantId = newId();
    await tx.insertInto('tenants').values({ id: tenantId, name: 'Thành phố Hồ Chí Minh' }).execute();
    const units = placeUnits(demoTree(), tenantId);
    await insertInBatches(tx, 'org_units', units.map(({ key: _key, ledByKey: _ledBy, ...row }) => row));
    const byKey = new Map(units.map((unit) => [unit.key, unit]));

    const random = seededRandom(2026);
    const people: Record<string, unknown>[] = [];
    const memberships: Record<string, unknown>[] = [];
    const roster = new Map<string, { personId: string; position: MembershipPosition }[]>();
    let memberNumber = 0;
    const join = (personId: string, unit: PlacedUnit, position: MembershipPosition, startedOn: string) => {
      memberships.push({ id: newId(), tenant_id: tenantId, person_id: personId, unit_id: unit.id, unit_path: unit.path, is_party: isPartyKind(unit.kind), position, started_on: startedOn });
      roster.set(unit.key, [...(roster.get(unit.key) ?? []), { personId, position }]);
    };
    const partyHomes = units.filter((unit) => unit.kind === 'cell' || (unit.kind === 'base_committee' && !units.some((u) => u.parent_id === unit.id)));
    for (const home of partyHomes) {
      const size = home.kind === 'cell' ? 5 + Math.floor(random() * 11) : 12 + Math.floor(random() * 15);
      const baseKey = home.kind === 'cell' ? units.find((u) => u.id === home.parent_id)!.key : home.key;
      for (let i = 0; i < size; i++) {
        const { fullName, gender } = vietnameseName(random);
        const birthYear = 1965 + Math.floor(random() * 36);
        const partyStatus: PartyStatus = random() < 0.1 ? 'probationary' : 'full';
        const joinedYear = partyStatus === 'probationary' ? 2026 : Math.min(2025, birthYear + 22 + Math.floor(random() * 15));
        const personId = newId();
        memberNumber++;
        people.push({
          id: personId,
          tenant_id: tenantId,
          full_name: fullName,
          search_name: foldVietnamese(fullName),
          gender,
          birth_year: birthYear,
          email: null,
          phone: null,
          party_status: partyStatus,
          party_joined_on: `${joinedYear}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
          member_code: `DV${String(memberNumber).padStart(5, '0')}`,
        });
        const position: MembershipPosition = i === 0 ? 'secretary' : i === 1 ? 'deputy_secretary' : i === 2 && size > 9 ? 'committee_member' : 'member';
        join(personId, home, position, '2021-01-01');
        const union = byKey.get(`CDCS-${baseKey}`);
        if (union && random() < 0.8) join(personId, union, 'member', '2021-01-01');
        const youth = byKey.get(`DTN-${baseKey}`);
        if (youth && birthYear >= 1991) join(personId, youth, 'member', '2021-01-01');
        const veterans = byKey.get(`CCB-${baseKey}`);
        if (veterans && birthYear <= 1975 && gender === 'male' && random() < 0.5) join(personId, veterans, 'member', '2021-01-01');
      }
    }
    await insertInBatches(tx, 'people', people);
    await insertInBatches(tx, 'memberships', memberships);
    await recountMembers(tx, tenantId);

    const cell = byKey.get('SGDDT-CB1')!;
    const cellRoster = roster.get('SGDDT-CB1')!;
    const accountSpecs: { login: string; displayName: string; role: Role; unit: string; home: string; personId: string | null }[] = [
      { login: 'quantri', displayName: 'Quản trị hệ thống', role: 'admin', unit: 'TU', home: 'TU', personId: null },
      { login: 'lanhdao', displayName: 'Phó Bí thư Đảng ủy Khối', role: 'leader', unit: 'DUK', home: 'DUK', personId: null },
      { login: 'chuyenvien', displayName: 'Chuyên viên Ban Tuyên giáo', role: 'staff', unit: 'DUK', home: 'BTG-DUK', personId: null },
      { login: 'bithu', displayName: 'Bí thư Chi bộ Văn phòng Sở', role: 'secretary', unit: cell.key, home: cell.key, personId: cellRoster[0]!.personId },
      { login: 'dangvien', displayName: 'Đảng viên Chi bộ Văn phòng Sở', role: 'member', unit: cell.key, home: cell.key, personId: cellRoster[3]!.personId },
      { login: 'kiemtra', displayName: 'Ủy ban Kiểm tra Đảng ủy Khối', role: 'viewer', unit: 'DUK', home: 'UBKT-DUK', personId: null },
    ];
    for (const spec of accountSpecs) {
      const userId = newId();
      await tx
        .insertInto('users')
        .values({ id: userId, tenant_id: tenantId, login: spec.login, display_name: spec.displayName, email: `${spec.login}@congtac.local`, person_id: spec.personId, home_unit_id: byKey.get(spec.home)!.id, password_hash: passwordHash })
        .execute();
      await tx.insertInto('role_grants').values({ id: newId(), tenant_id: tenantId, user_id: userId, unit_id: byKey.get(spec.unit)!.id, role: spec.role }).execute();
    }
    await recordChange(tx, { tenantId, userId: null }, {
      action: 'seed_demo',
      entityType: 'tenant',
      entityId: tenantId,
      unitPath: byKey.get('TU')!.path,
      before: null,
      after: { units: units.length, people: people.length, memberships: memberships.length, accounts: accountSpecs.length },
    });
    return {
      password: demoPassword,
      accounts: accountSpecs.map((spec) => ({ login: spec.login, role: spec.role, unitName: byKey.get(spec.unit)!.name })),
    };
  });
}
