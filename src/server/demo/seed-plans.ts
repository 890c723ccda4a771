import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { vietnamToday, type ProgressStatus } from '../../domain/task-status.ts';
import { parsePlanText } from '../../importer/parse-plan.ts';
import { matchUnits } from '../../importer/unit-matching.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { newId } from '../db/ids.ts';
import { issueDocument } from '../modules/documents/issue-service.ts';
import { inScopes } from '../modules/units/queries.ts';
import { createPlanFromExtraction } from '../modules/plans/extraction-service.ts';
import { listTasks, updateTask } from '../modules/plans/task-service.ts';
import { seededRandom } from './names.ts';
import { shiftExtraction } from './shift-years.ts';

interface DemoPlan {
  fixture: string;
  /** The year the seed was written for; its dates move to the demo year. */
  writtenFor: number;
  issuers: string[];
  typeCode?: string;
  /** Day and month of issue in the demo year. */
  issuedOn: string;
  /** Tasks naming the cells as a group ("Cấp ủy các chi bộ") go to every cell under the issuer. */
  cellsForGroupNames?: boolean;
}

const demoPlans: DemoPlan[] = [
  { fixture: '001_16213e8047a7359c.txt', writtenFor: 2021, issuers: ['BTGTU'], issuedOn: '01-08' },
  { fixture: '004_3232c7ac935419e0.txt', writtenFor: 2021, issuers: ['DUK'], issuedOn: '01-15' },
  { fixture: '000_5b55f2280d02f04d.txt', writtenFor: 2018, issuers: ['DUK'], typeCode: 'HD', issuedOn: '01-20' },
  { fixture: '002_65f7188428fed69d.txt', writtenFor: 2018, issuers: ['DK', 'CCBK', 'CDVC'], issuedOn: '03-26' },
  { fixture: '003_2770ca0840fd47ad.txt', writtenFor: 2022, issuers: ['SGDDT'], issuedOn: '04-05', cellsForGroupNames: true },
];

const fixtureText = (name: string) => readFileSync(new URL(`../../importer/fixtures/${name}`, import.meta.url), 'utf8');

/** Seeding acts as the administrator, with the leader's right to issue added for the demo plans. */
export async function seedingActor(db: Db): Promise<Actor> {
  const admin = await db.selectFrom('users').select(['id', 'tenant_id', 'login', 'display_name']).where('login', '=', 'quantri').executeTakeFirstOrThrow();
  const root = await db.selectFrom('org_units').select(['id', 'path', 'name']).where('tenant_id', '=', admin.tenant_id).where('parent_id', 'is', null).executeTakeFirstOrThrow();
  const grant = (role: 'admin' | 'leader') => ({ id: newId(), role, unitId: root.id, unitPath: root.path, unitName: root.name });
  return { userId: admin.id, tenantId: admin.tenant_id, personId: null, displayName: admin.display_name, login: admin.login, grants: [grant('admin'), grant('leader')] };
}

async function unitsUnder(db: Db, codes: string[]) {
  const issuers = await db.selectFrom('org_units').select(['id', 'code', 'path']).where('code', 'in', codes).execute();
  const ordered = codes.map((code) => issuers.find((unit) => unit.code === code)!);
  const reach = await db
    .selectFrom('org_units as u')
    .select(['u.id', 'u.name', 'u.short_name', 'u.kind', 'u.path'])
    .where(inScopes(ordered.map((unit) => unit.path)))
    .where('u.is_active', '=', true)
    .execute();
  return { issuers: ordered, reach };
}

const isCellGroupName = (name: string) => /chi bộ/iu.test(name);

async function createDemoPlan(ctx: ServiceContext, plan: DemoPlan, year: number): Promise<string> {
  const shifted = shiftExtraction(parsePlanText(fixtureText(plan.fixture)), year - plan.writtenFor);
  const issuedOn = `${year}-${plan.issuedOn}`;
  const extraction = { ...shifted, document: { ...shifted.document, issuedOn } };
  const { issuers, reach } = await unitsUnder(ctx.db, plan.issuers);
  const names = [...new Set(extraction.tasks.flatMap((task) => [...task.lead, ...task.partners]))];
  const { matches } = matchUnits(names, reach.map((unit) => ({ id: unit.id, name: unit.name, shortName: unit.short_name })));
  const unitMapping = Object.fromEntries(matches.map((match) => [match.name, match.unitId]));
  const draft = await createPlanFromExtraction(ctx, { extraction, issuerUnitIds: issuers.map((unit) => unit.id), unitMapping, typeCode: plan.typeCode });
  if (plan.cellsForGroupNames) {
    const cells = reach.filter((unit) => unit.kind === 'cell');
    for (const task of await listTasks(ctx, draft.id)) {
      if (!task.unmatchedUnits.some(isCellGroupName)) continue;
      const named = task.units.map((unit) => ({ unitId: unit.unitId, role: unit.role }));
      const added = cells.filter((cell) => !named.some((unit) => unit.unitId === cell.id)).map((cell) => ({ unitId: cell.id, role: 'lead' as const }));
      await updateTask(ctx, task.id, { units: [...named, ...added] });
    }
  }
  await issueDocument(ctx, draft.id, { issuedOn });
  return draft.id;
}

type Outcome = { status: ProgressStatus; percent: number; note: string };

/**
 * Progress as units would have reported it by today: most past-due work done, some late,
 * current work under way or not yet acknowledged, so that the inbox, the board and the
 * overdue list show a realistic mix.
 */
async function simulateProgress(db: Db, documentIds: string[], today: string) {
  const random = seededRandom(59);
  const assignments = await db.selectFrom('assignments').select(['id', 'tenant_id', 'due_on', 'start_on']).where('document_id', 'in', documentIds).orderBy('id').execute();
  const reports = [];
  const acknowledgedIds: string[] = [];
  // Past-due work cycles through late-but-under-way, untouched and done, so the overdue list
  // is never empty however few dated tasks the seeds hold.
  const lateOutcomes: (Outcome | null)[] = [{ status: 'in_progress', percent: 40, note: 'Đang triển khai, chậm so với thời hạn.' }, null, { status: 'done', percent: 100, note: 'Đã hoàn thành theo kế hoạch.' }];
  let pastDueCount = 0;
  for (const assignment of assignments) {
    const roll = random();
    const pastDue = assignment.due_on !== null && assignment.due_on < today;
    const started = assignment.start_on === null || assignment.start_on <= today;
    let outcome: Outcome | null;
    if (pastDue) outcome = lateOutcomes[pastDueCount++ % lateOutcomes.length]!;
    else if (!started) outcome = null;
    else outcome = roll < 0.5 ? { status: 'in_progress', percent: 20 + Math.floor(random() * 7) * 10, note: 'Đang triển khai theo kế hoạch.' } : roll < 0.6 ? { status: 'done', percent: 100, note: 'Đã hoàn thành.' } : null;
    const acknowledged = outcome !== null || (!pastDue && roll < 0.9);
    if (acknowledged) acknowledgedIds.push(assignment.id);
    const reportedOn = pastDue ? assignment.due_on! : today;
    if (outcome) reports.push({ id: newId(), tenant_id: assignment.tenant_id, assignment_id: assignment.id, status: outcome.status, percent: outcome.percent, note: outcome.note, evidence_links: '[]', reported_on: reportedOn, reported_by: null });
  }
  for (let start = 0; start < reports.length; start += 500) await db.insertInto('progress_reports').values(reports.slice(start, start + 500)).execute();
  // Acknowledged on the day work starts; the state is the report's, as reporting would leave it.
  if (acknowledgedIds.length > 0) {
    await db
      .updateTable('assignments')
      .set({ acknowledged_at: sql`(coalesce(start_on, ${today}::date)::text || ' 09:00+07')::timestamptz` })
      .where('id', 'in', acknowledgedIds)
      .execute();
  }
  await db
    .updateTable('assignments as a')
    .from('progress_reports as r')
    .set({ status: sql.ref('r.status'), percent: sql.ref('r.percent'), last_reported_at: sql`(r.reported_on::text || ' 16:00+07')::timestamptz` })
    .whereRef('r.assignment_id', '=', 'a.id')
    .where('a.document_id', 'in', documentIds)
    .execute();
}

/** The five seed documents as issued plans of the demo tree, moved to the current year. */
export async function seedDemoPlans(db: Db, today = vietnamToday()): Promise<number> {
  const ctx: ServiceContext = { db, actor: await seedingActor(db) };
  const year = Number(today.slice(0, 4));
  const ids = [];
  for (const plan of demoPlans) ids.push(await createDemoPlan(ctx, plan, year));
  await simulateProgress(db, ids, today);
  return ids.length;
}
