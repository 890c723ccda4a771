import { sql } from 'kysely';
import { childPath } from '../../domain/org-path.ts';
import { foldVietnamese } from '../../domain/text.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Db } from '../db/connection.ts';
import { newId } from '../db/ids.ts';
import { demoPassword } from '../demo/seed.ts';
import { familyNames, femaleGiven, femaleMiddle, maleGiven, maleMiddle } from '../demo/names.ts';
import { recountMembers } from '../modules/units/service.ts';
import { vietnamToday } from '../../domain/task-status.ts';
import { generatePlans } from './generate-plans.ts';
import { generateMeetings } from './generate-meetings.ts';
import { openMigrated } from './open.ts';

export interface ScaleOptions {
  committees: number;
  basesPerCommittee: number;
  cellsPerBase: number;
  members: number;
}

export const citySize: ScaleOptions = { committees: 20, basesPerCommittee: 50, cellsPerBase: 20, members: 250_000 };

function numberFlag(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} cần một số nguyên dương`);
  return value;
}

/**
 * Generates a synthetic city in its own tenant, set-based in SQL so that 250,000 members
 * load in seconds: a root committee, district committees, base organizations, cells and
 * Party members, the plans cascading down it with their tasks and assignments (see
 * generate-plans.ts), plus the account `scale-admin` (admin at the root) for the benchmarks.
 */
export async function generateScale(
  db: Db,
  options: ScaleOptions,
): Promise<{ tenantId: string; rootId: string; units: number; members: number; login: string; plans: number; tasks: number; assignments: number }> {
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction().execute(async (tx) => {
    const tenantId = newId();
    const rootId = newId();
    const rootPath = childPath(null, rootId);
    const suffix = rootId.slice(-6);
    await tx.insertInto('tenants').values({ id: tenantId, name: `Thành phố mô phỏng ${suffix}` }).execute();
    await tx
      .insertInto('org_units')
      .values({ id: rootId, tenant_id: tenantId, parent_id: null, path: rootPath, kind: 'committee', name: `Thành ủy mô phỏng ${suffix}`, short_name: 'TUMP', code: `SC${suffix}`, search_name: foldVietnamese(`Thành ủy mô phỏng ${suffix}`), led_by_id: null, department_function: null, association_type: null })
      .execute();
    const insertLevel = (parentDepth: number, kind: string, perParent: number, namePrefix: string, codePrefix: string) => sql`
      INSERT INTO org_units (id, tenant_id, parent_id, path, kind, name, code, search_name, display_order)
      SELECT s.id, ${tenantId}, p.id, p.path || replace(s.id::text, '-', '')::ltree, ${kind},
             ${namePrefix} || ' ' || p.display_order || '.' || s.n,
             ${codePrefix} || '-' || p.display_order || '-' || s.n || '-' || left(replace(s.id::text, '-', ''), 8),
             ${foldVietnamese(namePrefix)} || ' ' || p.display_order || '.' || s.n,
             s.n
      FROM org_units p
      CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id, n FROM generate_series(1, ${perParent}) n WHERE p.id IS NOT NULL) s
      WHERE p.tenant_id = ${tenantId} AND nlevel(p.path) = ${parentDepth}`.execute(tx);
    await insertLevel(1, 'committee', options.committees, 'Quận ủy', `Q${suffix}`);
    await insertLevel(2, 'base_committee', options.basesPerCommittee, 'Đảng ủy cơ sở', `B${suffix}`);
    await insertLevel(3, 'cell', options.cellsPerBase, 'Chi bộ', `C${suffix}`);
    const cellCount = options.committees * options.basesPerCommittee * options.cellsPerBase;
    // Person n joins cell n mod cellCount: an equality join that PostgreSQL hashes.
    await sql`
      WITH cells AS (
        SELECT id, path, row_number() OVER (ORDER BY id) - 1 AS rn FROM org_units WHERE tenant_id = ${tenantId} AND kind = 'cell'
      ), people_rows AS (
        SELECT gen_random_uuid() AS id, n,
               (${familyNames}::text[])[1 + n % ${familyNames.length}] || ' ' ||
               CASE WHEN n % 2 = 0 THEN (${maleMiddle}::text[])[1 + (n / 7) % ${maleMiddle.length}] || ' ' || (${maleGiven}::text[])[1 + (n / 3) % ${maleGiven.length}]
                    ELSE (${femaleMiddle}::text[])[1 + (n / 7) % ${femaleMiddle.length}] || ' ' || (${femaleGiven}::text[])[1 + (n / 3) % ${femaleGiven.length}] END AS full_name
        FROM generate_series(0, ${options.members - 1}) n
      ), inserted_people AS (
        INSERT INTO people (id, tenant_id, full_name, search_name, gender, birth_year, party_status, member_code)
        SELECT id, ${tenantId}, full_name, '', CASE WHEN n % 2 = 0 THEN 'male' ELSE 'female' END, 1960 + n % 40,
               CASE WHEN n % 10 = 0 THEN 'probationary' ELSE 'full' END, ${`S${suffix}-`} || n
        FROM people_rows
        RETURNING id
      )
      INSERT INTO memberships (id, tenant_id, person_id, unit_id, unit_path, is_party, position, started_on)
      SELECT gen_random_uuid(), ${tenantId}, p.id, c.id, c.path, true,
             CASE WHEN p.n < ${cellCount} THEN 'secretary' ELSE 'member' END, DATE '2021-01-01'
      FROM people_rows p JOIN cells c ON c.rn = p.n % ${cellCount}`.execute(tx);
    await recountMembers(tx, tenantId);
    // search_name folds diacritics; the same folding as foldVietnamese, done by translate() in SQL.
    await sql`
      UPDATE people SET search_name = lower(translate(full_name,
        'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
        'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'))
      WHERE tenant_id = ${tenantId}`.execute(tx);
    const adminId = newId();
    const login = `scale-admin-${suffix}`;
    await tx
      .insertInto('users')
      .values({ id: adminId, tenant_id: tenantId, login, display_name: 'Quản trị dữ liệu quy mô', email: null, person_id: null, home_unit_id: rootId, password_hash: passwordHash })
      .execute();
    await tx.insertInto('role_grants').values({ id: newId(), tenant_id: tenantId, user_id: adminId, unit_id: rootId, role: 'admin' }).execute();
    const counts = await tx
      .selectFrom('org_units')
      .select((eb) => [eb.fn.countAll<number>().as('units')])
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    const plans = await generatePlans(tx, tenantId);
    await sql`ANALYZE`.execute(tx);
    return { tenantId, rootId, units: Number(counts.units), members: options.members, login, ...plans };
  });
}

export async function runGenerateScale(args: string[]): Promise<number> {
  const options: ScaleOptions = {
    committees: numberFlag(args, 'committees', citySize.committees),
    basesPerCommittee: numberFlag(args, 'bases-per-committee', citySize.basesPerCommittee),
    cellsPerBase: numberFlag(args, 'cells-per-base', citySize.cellsPerBase),
    members: numberFlag(args, 'members', citySize.members),
  };
  const handle = await openMigrated();
  try {
    const started = Date.now();
    const result = await generateScale(handle.db, options);
    process.stdout.write(
      `Đã sinh ${result.units} đơn vị, ${result.members} đảng viên, ${result.plans} kế hoạch với ${result.tasks} nhiệm vụ và ${result.assignments} lượt giao việc trong ${((Date.now() - started) / 1000).toFixed(1)} giây.\n` +
        `Đơn vị gốc: ${result.rootId}\nTài khoản: ${result.login} / ${demoPassword}\n`,
    );
    const meetings = await generateMeetings(handle.db, result.tenantId, Number(vietnamToday().slice(0, 4)));
    process.stdout.write(`Đã sinh ${meetings.meetings} cuộc họp với ${meetings.invitees} lượt mời; lịch của ${meetings.login}: /api/v1/calendar/${meetings.feedToken}.ics\n`);
    return 0;
  } finally {
    await handle.close();
  }
}
