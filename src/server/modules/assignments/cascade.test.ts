import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';
import { assignmentIds, draftPlan, issuedPlan, type Plan, report, signInCast } from './test-fixtures.ts';

let t: TestApp;
let staff: Client;
let leader: Client;
let secretary: Client;
let outsider: Client;
let higher: Plan;

beforeAll(async () => {
  t = await createTestApp();
  ({ staff, leader, secretary, outsider } = await signInCast(t));
  higher = await issuedPlan(t, staff, leader, {
    issuer: 'DUK',
    title: 'Kế hoạch thực hiện Nghị quyết Đại hội',
    tasks: [
      { code: 'II', title: 'Nhiệm vụ trọng tâm' },
      { code: 'II.1', parent: 'II', title: 'Học tập, quán triệt Nghị quyết', timeframe: { text: 'Quý II/2026', start: '2026-04-01', end: '2026-06-30' }, units: [['SGDDT', 'lead'], ['STP', 'partner']] },
      { code: 'II.2', parent: 'II', title: 'Sơ kết 6 tháng', units: [['STP', 'lead'], ['SGDDT-CB1', 'partner']] },
    ],
  });
});
afterAll(() => t.close());

const documentCount = async () => Number((await t.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('implementing a higher task', () => {
  let lowerId: string;
  let lowerTaskId: string;

  it('makes a draft plan of the unit, based on the higher plan, with one task implementing the higher task', async () => {
    const response = await staff.post(`/api/v1/tasks/${higher.tasks['II.1']}/implement`, { unitId: await t.unitId('SGDDT') });
    expect(response.statusCode, response.body).toBe(201);
    const doc = response.json();
    lowerId = doc.id;
    expect(doc).toMatchObject({
      status: 'draft',
      typeCode: 'KH',
      title: 'Kế hoạch thực hiện Kế hoạch thực hiện Nghị quyết Đại hội',
      rollupMethod: 'average',
      issuers: [{ name: 'Đảng ủy Sở Giáo dục và Đào tạo' }],
      taskCount: 1,
    });
    expect(doc.bases).toMatchObject([{ document: { id: higher.id, title: 'Kế hoạch thực hiện Nghị quyết Đại hội' } }]);
    const [task] = (await staff.get(`/api/v1/documents/${lowerId}/tasks`)).json();
    lowerTaskId = task.id;
    expect(task).toMatchObject({
      code: 'II.1',
      title: 'Học tập, quán triệt Nghị quyết',
      implementsTaskId: higher.tasks['II.1'],
      timeframe: { text: 'Quý II/2026', start: '2026-04-01', end: '2026-06-30' },
      units: [{ name: 'Đảng ủy Sở Giáo dục và Đào tạo', role: 'lead' }],
    });
    // The link is kept both ways: the higher plan lists the plan implementing it.
    const higherDoc = (await staff.get(`/api/v1/documents/${higher.id}`)).json();
    expect(higherDoc.implementedBy).toMatchObject([{ id: lowerId, status: 'draft', issuerName: 'Đảng ủy Sở Giáo dục và Đào tạo' }]);
  });

  it('lets a unit under an assigned unit implement too, and a cell secretary for the cell', async () => {
    const response = await secretary.post(`/api/v1/tasks/${higher.tasks['II.2']}/implement`, { unitId: await t.unitId('SGDDT-CB1'), title: 'Kế hoạch sơ kết của chi bộ' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ title: 'Kế hoạch sơ kết của chi bộ', issuers: [{ name: 'Chi bộ Văn phòng Sở' }] });
    const underStp = await staff.post(`/api/v1/tasks/${higher.tasks['II.1']}/implement`, { unitId: await t.unitId('STP-CB1') });
    expect(underStp.statusCode, underStp.body).toBe(201);
  });

  it('refuses a unit not assigned, a unit the actor may not draft for, and a draft higher plan, writing nothing', async () => {
    const before = await documentCount();
    const notAssigned = await staff.post(`/api/v1/tasks/${higher.tasks['II.1']}/implement`, { unitId: await t.unitId('SNV') });
    expect(notAssigned.statusCode).toBe(422);
    expect(notAssigned.json().detail).toBe('Đơn vị "Đảng ủy Sở Nội vụ" không được giao nhiệm vụ này (kể cả qua đơn vị cấp trên) nên không cụ thể hóa được.');
    const parentTask = await staff.post(`/api/v1/tasks/${higher.tasks.II}/implement`, { unitId: await t.unitId('SGDDT') });
    expect(parentTask.json().code).toBe('cascade_not_assigned');
    const foreign = await secretary.post(`/api/v1/tasks/${higher.tasks['II.2']}/implement`, { unitId: await t.unitId('SGDDT') });
    expect(foreign.statusCode).toBe(403);
    const draft = await draftPlan(t, staff, { issuer: 'DUK', title: 'Dự thảo kế hoạch', tasks: [{ code: '1', units: [['SGDDT', 'lead']] }] });
    const fromDraft = await staff.post(`/api/v1/tasks/${draft.tasks['1']}/implement`, { unitId: await t.unitId('SGDDT') });
    expect(fromDraft.statusCode).toBe(409);
    expect(fromDraft.json().detail).toBe('Văn bản chưa được ban hành.');
    expect(await documentCount()).toBe(before + 1);
  });

  it('links and unlinks a task of a draft plan, refusing the same plan and a task the plan was not given', async () => {
    const added = await staff.post(`/api/v1/documents/${lowerId}/tasks`, { code: 'III', title: 'Sơ kết tại đơn vị' });
    const taskId = added.json().id;
    const sameplan = await staff.post(`/api/v1/tasks/${taskId}/implements`, { taskId: lowerTaskId });
    expect(sameplan.statusCode).toBe(422);
    expect(sameplan.json().detail).toBe('Nhiệm vụ không thể cụ thể hóa một nhiệm vụ trong cùng kế hoạch.');
    // II.2 went to Sở Tư pháp and a cell; Sở Giáo dục và Đào tạo itself was not given it.
    const notGiven = await staff.post(`/api/v1/tasks/${taskId}/implements`, { taskId: higher.tasks['II.2'] });
    expect(notGiven.statusCode).toBe(422);
    expect(notGiven.json().code).toBe('cascade_not_assigned');
    const linked = await staff.post(`/api/v1/tasks/${taskId}/implements`, { taskId: higher.tasks['II.1'] });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ id: taskId, implementsTaskId: higher.tasks['II.1'] });
    const unlinked = await staff.post(`/api/v1/tasks/${taskId}/implements`, { taskId: null });
    expect(unlinked.json().implementsTaskId).toBeNull();
    const byOutsider = await outsider.post(`/api/v1/tasks/${taskId}/implements`, { taskId: higher.tasks['II.1'] });
    expect(byOutsider.statusCode).toBe(403);
    expect((await staff.get(`/api/v1/documents/${lowerId}/tasks`)).json()[1].implementsTaskId).toBeNull();
  });

  it('walks the cascade down with who has not acknowledged or reported, and up to the top', async () => {
    await staff.post(`/api/v1/documents/${lowerId}/tasks`, { code: 'II.1.a', parentId: lowerTaskId, title: 'Quán triệt tại chi bộ', units: [{ unitId: await t.unitId('SGDDT-CB1'), role: 'lead' }] });
    expect((await leader.post(`/api/v1/documents/${lowerId}/issue`, {})).statusCode).toBe(200);
    const stpOnHigher = (await assignmentIds(t, higher.tasks['II.1']!)).STP!;
    await report(outsider, stpOnHigher, 'done');
    const lowerTasks = (await staff.get(`/api/v1/documents/${lowerId}/tasks`)).json() as { id: string; code: string }[];
    const cellTask = lowerTasks.find((task) => task.code === 'II.1.a')!.id;
    const cellAssignment = (await assignmentIds(t, cellTask))['SGDDT-CB1']!;
    expect((await secretary.post(`/api/v1/assignments/${cellAssignment}/acknowledge`)).statusCode).toBe(200);

    const response = await staff.get(`/api/v1/tasks/${higher.tasks['II.1']}/cascade`);
    expect(response.statusCode, response.body).toBe(200);
    const cascade = response.json();
    expect(cascade.lineage.map((link: { code: string }) => link.code)).toEqual(['II', 'II.1']);
    const tree = cascade.tree;
    expect(tree).toMatchObject({ taskId: higher.tasks['II.1'], edge: 'root', issuerName: 'Đảng ủy Khối Dân - Chính - Đảng Thành phố' });
    expect(tree.assignments.map((a: { unitName: string; status: string }) => [a.unitName, a.status])).toEqual([
      ['Đảng ủy Sở Giáo dục và Đào tạo', 'not_started'],
      ['Đảng ủy Sở Tư pháp', 'done'],
    ]);
    const lower = tree.children.find((child: { documentId: string }) => child.documentId === lowerId);
    expect(lower).toMatchObject({ taskId: lowerTaskId, edge: 'implements', documentStatus: 'issued', issuerName: 'Đảng ủy Sở Giáo dục và Đào tạo' });
    expect(lower.children).toMatchObject([{ taskId: cellTask, edge: 'subtask', assignments: [{ unitName: 'Chi bộ Văn phòng Sở', status: 'not_started' }] }]);
    // The draft plan of the cell under Sở Tư pháp hangs there too, with nothing to report yet.
    expect(tree.children.filter((child: { documentStatus: string }) => child.documentStatus === 'draft')).toHaveLength(1);
    // II.1: Sở GD&ĐT 0 and Sở Tư pháp 100; below, Sở GD&ĐT's plan is 0: (0 + 100 + 0) / 3.
    expect(tree.figure).toEqual({ percent: 33.3, done: 1, total: 4 });

    const pending = (list: { unitName: string; taskCode: string }[]) => list.map((item) => `${item.taskCode} ${item.unitName}`);
    expect(pending(cascade.pending.notAcknowledged)).toEqual(['II.1 Đảng ủy Sở Giáo dục và Đào tạo', 'II.1 Đảng ủy Sở Giáo dục và Đào tạo']);
    expect(pending(cascade.pending.notReported)).toEqual(['II.1.a Chi bộ Văn phòng Sở', 'II.1 Đảng ủy Sở Giáo dục và Đào tạo', 'II.1 Đảng ủy Sở Giáo dục và Đào tạo']);

    const fromCell = (await secretary.get(`/api/v1/tasks/${cellTask}/cascade`)).json();
    expect(fromCell.lineage.map((link: { code: string; issuerName: string }) => `${link.code} ${link.issuerName}`)).toEqual([
      'II Đảng ủy Khối Dân - Chính - Đảng Thành phố',
      'II.1 Đảng ủy Khối Dân - Chính - Đảng Thành phố',
      'II.1 Đảng ủy Sở Giáo dục và Đào tạo',
      'II.1.a Đảng ủy Sở Giáo dục và Đào tạo',
    ]);
  });

  it('shows a reader the lower plans it may open and only counts the others', async () => {
    // Sở Tư pháp's staff open the draft of their own cell, not the plan of Sở Giáo dục và Đào tạo.
    const cascade = (await outsider.get(`/api/v1/tasks/${higher.tasks['II.1']}/cascade`)).json();
    expect(cascade.tree.children.map((child: { issuerName: string; documentStatus: string }) => [child.issuerName, child.documentStatus])).toEqual([['Chi bộ Văn phòng', 'draft']]);
    expect(cascade.tree.implementedByHidden).toBe(1);
    expect(cascade.tree.figure).toEqual({ percent: 33.3, done: 1, total: 4 });
    expect(cascade.pending.notReported.map((item: { unitName: string }) => item.unitName)).toEqual(['Đảng ủy Sở Giáo dục và Đào tạo']);
    expect((await secretary.get(`/api/v1/tasks/${higher.tasks['II.1']}/cascade`)).statusCode).toBe(200);
    const other = await issuedPlan(t, staff, leader, { issuer: 'DUK', title: 'Kế hoạch riêng', tasks: [{ code: '1', units: [['BTG-DUK', 'lead']] }] });
    expect((await secretary.get(`/api/v1/tasks/${other.tasks['1']}/cascade`)).statusCode).toBe(403);
  });

  it('refuses a link that would make a plan implement itself', async () => {
    // A correction of the higher plan may not implement the plan that implements the plan it corrects.
    const version = await staff.post(`/api/v1/documents/${higher.id}/versions`);
    expect(version.statusCode).toBe(201);
    const copied = (await staff.get(`/api/v1/documents/${version.json().id}/tasks`)).json() as { id: string; code: string }[];
    const before = (await t.db.selectFrom('tasks').select('implements_task_id').where('id', '=', copied[2]!.id).executeTakeFirstOrThrow()).implements_task_id;
    const loop = await staff.post(`/api/v1/tasks/${copied[2]!.id}/implements`, { taskId: lowerTaskId });
    expect(loop.statusCode).toBe(422);
    expect(loop.json().detail).toBe('Không thể liên kết: kế hoạch sẽ trở thành cụ thể hóa của chính nó (vòng lặp).');
    expect((await t.db.selectFrom('tasks').select('implements_task_id').where('id', '=', copied[2]!.id).executeTakeFirstOrThrow()).implements_task_id).toBe(before);
  });
});
