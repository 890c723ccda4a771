import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childPath, pathLabel } from '../../../domain/org-path.ts';
import { parseTemplate } from '../../../domain/reports/template.ts';
import { newId } from '../../db/ids.ts';
import type { Db } from '../../db/connection.ts';
import { createTestApp, type TestApp } from '../../testing/harness.ts';
import { evaluateTarget, figuresOfTarget } from './evaluation.ts';
import type { TargetRow } from './queries.ts';

/**
 * Each metric on a small hand-made tree in a tenant of its own, with known answers:
 *
 *   R (committee)
 *   ├─ A (base committee): A1 cell (5 members), A2 cell (no members), A3 cell (deactivated)
 *   ├─ B (base committee without cells, 2 members: it meets as a cell)
 *   └─ C (base committee): M cell (4 members), moved from A to C in May
 */
let t: TestApp;
let db: Db;
const tenantId = newId();
const ids = { R: newId(), A: newId(), A1: newId(), A2: newId(), A3: newId(), B: newId(), C: newId(), M: newId() };
const paths: Record<keyof typeof ids, string> = {} as never;
const asOf = '2026-10-01';

async function unit(key: keyof typeof ids, parent: keyof typeof ids | null, kind: string, members: number, active = true) {
  paths[key] = childPath(parent ? paths[parent] : null, ids[key]);
  await sql`INSERT INTO org_units (id, tenant_id, parent_id, path, kind, name, code, search_name, is_active, direct_party_members)
    VALUES (${ids[key]}, ${tenantId}, ${parent ? ids[parent] : null}, ${paths[key]}::ltree, ${kind}, ${`Đơn vị ${key}`}, ${`T-${key}`}, ${key.toLowerCase()}, ${active}, ${members})`.execute(db);
}

async function meeting(key: keyof typeof ids, kind: string, day: string, status = 'held', invited = 0, attended = 0) {
  await sql`INSERT INTO meetings (id, tenant_id, unit_id, kind, title, starts_at, ends_at, status, check_in_code, invited_count, attended_count)
    VALUES (${newId()}, ${tenantId}, ${ids[key]}, ${kind}, 'Họp', ${`${day}T19:30:00+07:00`}::timestamptz, ${`${day}T21:00:00+07:00`}::timestamptz, ${status}, '123456', ${invited}, ${attended})`.execute(db);
}

function target(overrides: Partial<TargetRow>): TargetRow {
  return {
    id: newId(),
    tenant_id: tenantId,
    unit_id: ids.R,
    document_id: null,
    year: 2026,
    text: 'Chỉ tiêu',
    subject_kind: 'cell',
    subject_association_type: null,
    metric_key: 'thematic_meetings_per_cell',
    params: {},
    comparator: 'gte',
    value: 1,
    period_type: 'quarter',
    created_at: new Date(),
    updated_at: new Date(),
    unit_name: 'R',
    unit_path: paths.R,
    document_title: null,
    ...overrides,
  };
}

/** Every evaluation here is checked twice: unit by unit, and from units grouped by figure as the matrix reads them. */
async function at(node: keyof typeof ids, row: TargetRow, period: string, day = asOf) {
  const evaluation = await evaluateTarget(db, row, { path: paths[node], tenantId }, period, day);
  const grouped = await figuresOfTarget(db, row, { path: paths[node], tenantId }, period, day);
  expect(grouped.total).toEqual(evaluation.total);
  expect(grouped.rows).toEqual(evaluation.rows);
  expect(grouped.subjects.reduce((sum, subject) => sum + subject.units, 0)).toBe(evaluation.subjects.length);
  return evaluation;
}
const rowOf = (evaluation: Awaited<ReturnType<typeof at>>, key: keyof typeof ids) => evaluation.rows.get(pathLabel(ids[key]));

beforeAll(async () => {
  t = await createTestApp();
  db = t.db;
  await sql`INSERT INTO tenants (id, name) VALUES (${tenantId}, 'Cây thử chỉ tiêu')`.execute(db);
  await unit('R', null, 'committee', 0);
  await unit('A', 'R', 'base_committee', 0);
  await unit('A1', 'A', 'cell', 5);
  await unit('A2', 'A', 'cell', 0);
  await unit('A3', 'A', 'cell', 3, false);
  await unit('B', 'R', 'base_committee', 2);
  await unit('C', 'R', 'base_committee', 0);
  await unit('M', 'C', 'cell', 4);

  for (const day of ['2026-02-10', '2026-05-12', '2026-08-20']) await meeting('A1', 'thematic_cell', day);
  await meeting('A3', 'thematic_cell', '2026-02-10');
  await meeting('B', 'thematic_cell', '2026-03-01');
  await meeting('B', 'thematic_cell', '2026-08-01', 'cancelled');
  await meeting('B', 'thematic_cell', '2026-09-01', 'scheduled');
  // M held its Q1 meeting while it was under A, and its Q3 one under C.
  await meeting('M', 'thematic_cell', '2026-03-15');
  await meeting('M', 'thematic_cell', '2026-09-29');
  for (let month = 7; month <= 9; month++) await meeting('A1', 'regular_cell', `2026-0${month}-05`, 'held', 5, 4);
  for (const month of [7, 9]) await meeting('B', 'regular_cell', `2026-0${month}-05`, 'held', 2, 1);
  await meeting('M', 'regular_cell', '2026-07-05', 'held', 4, 4);
});
afterAll(() => t.close());

describe('thematic meetings per cell', () => {
  const thematic = target({});

  it('judges every quarter of the year: a cell that missed an ended quarter falls short', async () => {
    const year = await at('R', thematic, '2026');
    expect(year.total).toEqual({ value: 0.5, numerator: 1, denominator: 3, status: 'red' });
    expect(rowOf(year, 'A')).toMatchObject({ numerator: 1, denominator: 1, status: 'green' });
    expect(rowOf(year, 'B')).toMatchObject({ value: 0.3, numerator: 0, denominator: 1, status: 'red' });
    expect(year.subjects.map((subject) => subject.unitId).sort()).toEqual([ids.A1, ids.B, ids.M].sort());
  });

  it('leaves out cells with no members and deactivated cells, and counts a moved cell where it is now', async () => {
    const year = await at('R', thematic, '2026');
    expect(year.subjects.some((subject) => subject.unitId === ids.A2 || subject.unitId === ids.A3)).toBe(false);
    expect(rowOf(year, 'C')).toMatchObject({ value: 0.5, numerator: 0, denominator: 1, status: 'red' });
    const q1UnderA = await at('A', thematic, '2026-Q1');
    expect(q1UnderA.total).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('judges one quarter on its own, and the current quarter on pace', async () => {
    const q3 = await at('R', thematic, '2026-Q3');
    expect(q3.total).toEqual({ value: 0.7, numerator: 2, denominator: 3, status: 'red' });
    const earlyQ4 = await at('R', thematic, '2026-Q4', '2026-10-20');
    expect(earlyQ4.total).toMatchObject({ value: 0, numerator: 3, denominator: 3, status: 'green' });
    const lateQ4 = await at('R', thematic, '2026-Q4', '2026-12-10');
    expect(lateQ4.total).toMatchObject({ numerator: 0, denominator: 3, status: 'amber' });
    expect(lateQ4.subjects.every((subject) => subject.status === 'amber')).toBe(true);
  });

  it('projects a yearly target at the end of Q3: fewer meetings than quarters elapsed will miss it', async () => {
    const yearly = target({ value: 4, period_type: 'year' });
    const q3 = await at('R', yearly, '2026-Q3', '2026-12-01');
    const status = Object.fromEntries(q3.subjects.map((subject) => [subject.unitId, subject.status]));
    expect(status).toEqual({ [ids.A1]: 'amber', [ids.B]: 'red', [ids.M]: 'red' });
  });
});

describe('regular meetings and attendance', () => {
  it('counts regular meetings month by month', async () => {
    const monthly = target({ metric_key: 'regular_meetings_per_month', period_type: 'month' });
    const q3 = await at('R', monthly, '2026-Q3');
    expect(Object.fromEntries(q3.subjects.map((subject) => [subject.unitId, subject.value]))).toEqual({ [ids.A1]: 1, [ids.B]: 0.7, [ids.M]: 0.3 });
    expect(q3.total).toMatchObject({ numerator: 1, denominator: 3, status: 'red' });
  });

  it('rates attendance by summing people present and invited, and counts who was absent without naming anyone', async () => {
    const attendance = target({ metric_key: 'meeting_attendance_rate', params: { meetingKind: 'regular_cell' }, value: 80, period_type: 'quarter' });
    const q3 = await at('R', attendance, '2026-Q3');
    expect(q3.total).toEqual({ value: 78.3, numerator: 18, denominator: 23, status: 'amber' });
    expect(rowOf(q3, 'B')).toEqual({ value: 50, numerator: 2, denominator: 4, status: 'red' });
    expect(q3.countsPeople).toBe(true);
    expect(q3.subjects.reduce((sum, subject) => sum + subject.peopleShort, 0)).toBe(5);
    const none = await at('R', attendance, '2026-Q1');
    expect(none.total).toEqual({ value: null, numerator: 0, denominator: 0, status: 'none' });
  });
});

describe('tasks, plans and reports', () => {
  const documentId = newId();
  const taskId = newId();
  const templateId = newId();

  beforeAll(async () => {
    await sql`INSERT INTO documents (id, tenant_id, issuer_unit_id, kind, type_code, issuer_code, year, title, recipients, sections, targets, status, number, issued_on)
      VALUES (${documentId}, ${tenantId}, ${ids.R}, 'plan', 'KH', 'R', 2026, 'Kế hoạch thử', '[]', '[]', '[]', 'issued', 1, '2026-01-05')`.execute(db);
    await sql`INSERT INTO document_issuers (document_id, unit_id, tenant_id, position) VALUES (${documentId}, ${ids.R}, ${tenantId}, 0)`.execute(db);
    await sql`INSERT INTO tasks (id, tenant_id, document_id, position, code, title, peaks, targets, unmatched_units) VALUES (${taskId}, ${tenantId}, ${documentId}, 0, '1', 'Cụ thể hóa', '[]', '[]', '[]')`.execute(db);
    // A's work was reported done a day late, B's on its due day, C's is open; all due in Q3.
    const work = [
      ['A', 'done', '2026-08-31', '2026-09-01'],
      ['B', 'done', '2026-09-15', '2026-09-15'],
      ['C', 'in_progress', '2026-09-20', null],
    ] as const;
    for (const [key, status, due, reported] of work) {
      const assignmentId = newId();
      await sql`INSERT INTO assignments (id, tenant_id, document_id, task_id, unit_id, role, due_on, status) VALUES (${assignmentId}, ${tenantId}, ${documentId}, ${taskId}, ${ids[key]}, 'lead', ${due}, ${status})`.execute(db);
      if (reported) {
        await sql`INSERT INTO progress_reports (id, tenant_id, assignment_id, status, percent, evidence_links, reported_on) VALUES (${newId()}, ${tenantId}, ${assignmentId}, 'done', 100, '[]', ${reported})`.execute(db);
      }
    }
    // B issued its own plan implementing the task in August; C only drafted one.
    for (const [key, status] of [['B', 'issued'], ['C', 'draft']] as const) {
      const lower = newId();
      await sql`INSERT INTO documents (id, tenant_id, issuer_unit_id, kind, type_code, issuer_code, year, title, recipients, sections, targets, status, number, issued_on)
        VALUES (${lower}, ${tenantId}, ${ids[key]}, 'plan', 'KH', ${key}, 2026, 'Kế hoạch cụ thể hóa', '[]', '[]', '[]', ${status}, ${status === 'issued' ? 1 : null}, ${status === 'issued' ? '2026-08-10' : null})`.execute(db);
      await sql`INSERT INTO document_issuers (document_id, unit_id, tenant_id, position) VALUES (${lower}, ${ids[key]}, ${tenantId}, 0)`.execute(db);
      await sql`INSERT INTO tasks (id, tenant_id, document_id, position, code, title, peaks, targets, unmatched_units, implements_task_id) VALUES (${newId()}, ${tenantId}, ${lower}, 0, '1', 'Thực hiện', '[]', '[]', '[]', ${taskId})`.execute(db);
    }

    const parsed = parseTemplate({
      name: 'Báo cáo quý',
      periodType: 'quarter',
      reporters: { by: 'unit_kind', kinds: ['base_committee'] },
      recipient: { to: 'parent' },
      deadline: { rule: 'days_after_end', days: 5 },
      fields: [
        { key: 'studied', label: 'Tỷ lệ học tập nghị quyết', type: 'percent', aggregation: { method: 'average' } },
        { key: 'classes', label: 'Số lớp bồi dưỡng', type: 'integer', min: 0, aggregation: { method: 'sum' } },
      ],
    });
    if (!parsed.ok) throw new Error('template');
    await sql`INSERT INTO report_templates (id, tenant_id, unit_id, name) VALUES (${templateId}, ${tenantId}, ${ids.R}, 'Báo cáo quý')`.execute(db);
    await sql`INSERT INTO report_template_versions (id, template_id, version, definition) VALUES (${newId()}, ${templateId}, 1, ${JSON.stringify(parsed.template)})`.execute(db);
    // Q2 (deadline 5/7): A on time, B late, C never. Q3 (deadline 5/10): A returned after an on-time first send.
    const sent = [
      ['A', '2026-Q2', '2026-07-05', 'approved', { studied: 90, classes: 1 }],
      ['B', '2026-Q2', '2026-07-09', 'submitted', { studied: 60, classes: 0 }],
      ['A', '2026-Q3', '2026-10-03', 'returned', { studied: 70, classes: 2 }],
    ] as const;
    for (const [key, period, day, state, values] of sent) {
      await sql`INSERT INTO reports (id, tenant_id, template_id, version, unit_id, receiver_unit_id, period, deadline, state, values, first_submitted_at, submitted_at)
        VALUES (${newId()}, ${tenantId}, ${templateId}, 1, ${ids[key]}, ${ids.R}, ${period}, ${period === '2026-Q2' ? '2026-07-05' : '2026-10-05'}, ${state}, ${JSON.stringify(values)},
                ${`${day}T10:00:00+07:00`}::timestamptz, ${`${day}T10:00:00+07:00`}::timestamptz)`.execute(db);
    }
  });

  it('counts work done by its due day, at the leading unit, optionally under one task', async () => {
    const tasks = target({ metric_key: 'tasks_done_on_time_share', subject_kind: 'base_committee', value: 90, period_type: 'quarter' });
    const q3 = await at('R', tasks, '2026-Q3');
    expect(q3.total).toEqual({ value: 33.3, numerator: 1, denominator: 3, status: 'red' });
    expect(rowOf(q3, 'B')).toMatchObject({ value: 100, status: 'green' });
    const beforeDue = await at('R', tasks, '2026-Q3', '2026-09-10');
    expect(beforeDue.total).toMatchObject({ numerator: 0, denominator: 1 });
    const underTask = await at('R', { ...tasks, params: { taskId } }, '2026-Q3');
    expect(underTask.total).toMatchObject({ numerator: 1, denominator: 3 });
    const otherTask = await at('R', { ...tasks, params: { taskId: newId() } }, '2026-Q3');
    expect(otherTask.total).toMatchObject({ value: null, denominator: 0, status: 'none' });
  });

  it('counts the units given a task that issued their own plan for it (drafts do not count)', async () => {
    const plans = target({ metric_key: 'implementing_plan_share', subject_kind: 'base_committee', params: { taskId }, value: 100, period_type: 'year' });
    const year = await at('R', plans, '2026');
    expect(year.total).toEqual({ value: 33.3, numerator: 1, denominator: 3, status: 'red' });
    expect(rowOf(year, 'B')).toMatchObject({ value: 100, status: 'green' });
    const july = await at('R', plans, '2026-07');
    expect(july.total).toMatchObject({ numerator: 0, denominator: 3 });
  });

  it('counts reports sent by their deadline; a return does not make a report late and an unsent one not yet due does not count', async () => {
    const onTime = target({ metric_key: 'reports_on_time_share', subject_kind: 'base_committee', params: { templateId }, value: 100, period_type: 'quarter' });
    const q2 = await at('R', onTime, '2026-Q2', '2026-12-01');
    expect(q2.total).toEqual({ value: 33.3, numerator: 1, denominator: 3, status: 'red' });
    const q3BeforeDeadline = await at('R', onTime, '2026-Q3', '2026-10-04');
    expect(q3BeforeDeadline.total).toEqual({ value: 100, numerator: 1, denominator: 1, status: 'green' });
  });

  it('reads a number units reported: the average of sent reports, drafts and returned ones left out', async () => {
    const studied = target({ metric_key: 'report_field', subject_kind: 'base_committee', params: { templateId, field: 'studied' }, value: 80, period_type: 'quarter' });
    const q2 = await at('R', studied, '2026-Q2', '2026-12-01');
    expect(q2.total).toEqual({ value: 75, numerator: 1, denominator: 2, status: 'amber' });
    const q3 = await at('R', studied, '2026-Q3', '2026-12-01');
    expect(q3.total.status).toBe('none');
    const classes = target({ metric_key: 'report_field', subject_kind: 'base_committee', params: { templateId, field: 'classes' }, value: 1, period_type: 'quarter' });
    const half = await at('R', classes, '2026-H1', '2026-12-01');
    expect(Object.fromEntries(half.subjects.filter((s) => s.status !== 'none').map((s) => [s.unitId, s.value]))).toEqual({ [ids.A]: 1, [ids.B]: 0 });
  });
});
