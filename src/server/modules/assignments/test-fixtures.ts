import { expect } from 'vitest';
import type { RollupMethod } from '../../../domain/rollup.ts';
import type { Client, TestApp } from '../../testing/harness.ts';

/** A task of a plan written for a test: units by code, parent by code. */
export interface TaskSpec {
  code: string;
  parent?: string;
  title?: string;
  weight?: number;
  timeframe?: Record<string, unknown>;
  units?: [unitCode: string, role: 'lead' | 'partner'][];
}

export interface PlanSpec {
  issuer: string;
  title: string;
  rollupMethod?: RollupMethod;
  tasks: TaskSpec[];
}

export interface Plan {
  id: string;
  tasks: Record<string, string>;
}

/** Drafts a plan with its tasks as `author`; returns its id and its task ids by code. */
export async function draftPlan(t: TestApp, author: Client, spec: PlanSpec): Promise<Plan> {
  const created = await author.post('/api/v1/documents', { issuerUnitIds: [await t.unitId(spec.issuer)], typeCode: 'KH', title: spec.title, rollupMethod: spec.rollupMethod ?? 'average' });
  expect(created.statusCode, created.body).toBe(201);
  const plan: Plan = { id: created.json().id, tasks: {} };
  for (const task of spec.tasks) {
    const units = [];
    for (const [code, role] of task.units ?? []) units.push({ unitId: await t.unitId(code), role });
    const response = await author.post(`/api/v1/documents/${plan.id}/tasks`, {
      code: task.code,
      title: task.title ?? `Nhiệm vụ ${task.code}`,
      parentId: task.parent ? plan.tasks[task.parent] : undefined,
      weight: task.weight,
      timeframe: task.timeframe,
      units,
    });
    expect(response.statusCode, response.body).toBe(201);
    plan.tasks[task.code] = response.json().id;
  }
  return plan;
}

/** Drafts the plan as `author` and issues it as `issuer` (a leader). */
export async function issuedPlan(t: TestApp, author: Client, issuer: Client, spec: PlanSpec): Promise<Plan> {
  const plan = await draftPlan(t, author, spec);
  const issued = await issuer.post(`/api/v1/documents/${plan.id}/issue`, {});
  expect(issued.statusCode, issued.body).toBe(200);
  return plan;
}

/** The ids of a plan's assignments for one task, keyed by unit code (one-off tasks). */
export async function assignmentIds(t: TestApp, taskId: string): Promise<Record<string, string>> {
  const rows = await t.db
    .selectFrom('assignments as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'u.code'])
    .where('a.task_id', '=', taskId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.code, row.id]));
}

export async function report(client: Client, assignmentId: string, status: string, percent?: number) {
  const response = await client.post(`/api/v1/assignments/${assignmentId}/progress`, { status, ...(percent === undefined ? {} : { percent }) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** The demo accounts the tests act as, plus `outsider`: staff of Sở Tư pháp, a subtree the cell and Sở GD&ĐT are not in. */
export async function signInCast(t: TestApp) {
  const admin = await t.signIn('quantri');
  const stp = await t.unitId('STP');
  const created = await admin.post('/api/v1/accounts', { login: 'staff.stp', displayName: 'Chuyên viên Sở Tư pháp', homeUnitId: stp, password: 'Mat-khau-2026', grants: [{ unitId: stp, role: 'staff' }] });
  expect(created.statusCode, created.body).toBe(201);
  return {
    staff: await t.signIn('chuyenvien'),
    leader: await t.signIn('lanhdao'),
    secretary: await t.signIn('bithu'),
    member: await t.signIn('dangvien'),
    outsider: await t.signIn('staff.stp', 'Mat-khau-2026'),
  };
}
