import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('quantri');
});
afterAll(() => t.close());

const auditCount = async (entityId: string) =>
  Number((await t.db.selectFrom('audit_entries').select((eb) => eb.fn.countAll().as('n')).where('entity_id', '=', entityId).executeTakeFirstOrThrow()).n);

describe('org tree', () => {
  it('browses lazily from the roots', async () => {
    const roots = (await admin.get('/api/v1/units/roots')).json();
    expect(roots.map((u: { code: string }) => u.code)).toEqual(['TU']);
    const children = (await admin.get(`/api/v1/units/${roots[0].id}/children`)).json();
    expect(children.map((u: { code: string }) => u.code)).toEqual(['BTGTU', 'DUK']);
    expect(children[1].hasChildren).toBe(true);
  });

  it('finds units without diacritics', async () => {
    const found = (await admin.get('/api/v1/units?search=cong%20doan%20vien%20chuc')).json();
    expect(found[0].name).toBe('Công đoàn Viên chức Thành phố');
    const byShortName = (await admin.get(`/api/v1/units?search=${encodeURIComponent('ĐUK')}`)).json();
    expect(byShortName[0].code).toBe('DUK');
    const cells = (await admin.get('/api/v1/units?kind=cell&limit=200')).json();
    expect(cells.length).toBeGreaterThan(40);
  });

  it('shows a unit with its ancestors, led_by and member counts', async () => {
    const detail = (await admin.get(`/api/v1/units/${await t.unitId('CDCS-SGDDT')}`)).json();
    expect(detail.ancestors.map((a: { name: string }) => a.name)).toEqual(['Thành ủy Thành phố Hồ Chí Minh', 'Đảng ủy Khối Dân - Chính - Đảng Thành phố', 'Công đoàn Viên chức Thành phố']);
    expect(detail.ledBy.name).toBe('Đảng ủy Sở Giáo dục và Đào tạo');
    expect(detail.memberCounts.association).toBeGreaterThan(0);
    const duk = (await admin.get(`/api/v1/units/${await t.unitId('DUK')}`)).json();
    expect(duk.memberCounts.party).toBeGreaterThan(200);
  });

  it('creates, renames and audits a unit', async () => {
    const parentId = await t.unitId('STP');
    const created = await admin.post('/api/v1/units', { parentId, kind: 'cell', name: 'Chi bộ Phòng Bổ trợ tư pháp' });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit.code).toBe('CBPBTTP');
    const renamed = await admin.patch(`/api/v1/units/${unit.id}`, { name: 'Chi bộ Phòng Bổ trợ tư pháp và Công chứng', shortName: 'CB BTTP' });
    expect(renamed.json().name).toBe('Chi bộ Phòng Bổ trợ tư pháp và Công chứng');
    const audit = await t.db.selectFrom('audit_entries').selectAll().where('entity_id', '=', unit.id).orderBy('occurred_at').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]!.before).toEqual({ name: 'Chi bộ Phòng Bổ trợ tư pháp', short_name: null });
    expect(audit[1]!.after).toEqual({ name: 'Chi bộ Phòng Bổ trợ tư pháp và Công chứng', short_name: 'CB BTTP' });
  });

  it('refuses duplicate codes, bad placements and missing kind attributes, changing nothing', async () => {
    const parentId = await t.unitId('STP');
    const duplicate = await admin.post('/api/v1/units', { parentId, kind: 'cell', name: 'Chi bộ mới', code: 'DUK' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().detail).toBe('Mã đơn vị "DUK" đã được dùng cho đơn vị khác.');
    const cellUnderCell = await admin.post('/api/v1/units', { parentId: await t.unitId('STP-CB1'), kind: 'cell', name: 'Chi bộ con' });
    expect(cellUnderCell.statusCode).toBe(400);
    expect(cellUnderCell.json().detail).toMatch(/Chi bộ phải trực thuộc/);
    const association = await admin.post('/api/v1/units', { parentId, kind: 'association', name: 'Đoàn thể' });
    expect(association.json().detail).toMatch(/Đoàn thể cần có loại/);
    const unknownParent = await admin.post('/api/v1/units', { parentId: '01900000-0000-7000-8000-000000000000', kind: 'cell', name: 'X' });
    expect(unknownParent.statusCode).toBe(404);
    const children = (await admin.get(`/api/v1/units/${parentId}/children`)).json();
    expect(children.map((u: { name: string }) => u.name)).not.toContain('Chi bộ mới');
  });

  it('moves a subtree with its memberships and refuses a cycle', async () => {
    const base = await t.unitId('STTTT');
    const cell = await t.unitId('STTTT-CB2');
    const newParent = await t.unitId('SXD');
    const membersBefore = (await admin.get(`/api/v1/units/${await t.unitId('SXD')}`)).json().memberCounts.party;
    const cellMembers = (await admin.get(`/api/v1/units/${cell}`)).json().memberCounts.party;
    const moved = await admin.post(`/api/v1/units/${cell}/move`, { newParentId: newParent });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(newParent);
    expect((await admin.get(`/api/v1/units/${newParent}`)).json().memberCounts.party).toBe(membersBefore + cellMembers);
    const cycle = await admin.post(`/api/v1/units/${await t.unitId('DUK')}/move`, { newParentId: base });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().detail).toBe('Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó.');
    expect((await admin.get(`/api/v1/units/${base}`)).json().ancestors.map((a: { name: string }) => a.name)).toContain('Đảng ủy Khối Dân - Chính - Đảng Thành phố');
  });

  it('deactivates only units without active sub-units or members, and never deletes', async () => {
    const withChildren = await admin.post(`/api/v1/units/${await t.unitId('SNV')}/deactivate`);
    expect(withChildren.statusCode).toBe(409);
    const withMembers = await admin.post(`/api/v1/units/${await t.unitId('SNV-CB1')}/deactivate`);
    expect(withMembers.statusCode).toBe(409);
    expect(withMembers.json().detail).toMatch(/người đang sinh hoạt/);
    const empty = (await admin.post('/api/v1/units', { parentId: await t.unitId('SNV'), kind: 'cell', name: 'Chi bộ tạm' })).json();
    const deactivated = await admin.post(`/api/v1/units/${empty.id}/deactivate`);
    expect(deactivated.json().isActive).toBe(false);
    expect((await admin.get(`/api/v1/units/${await t.unitId('SNV')}/children`)).json().map((u: { id: string }) => u.id)).not.toContain(empty.id);
    expect((await admin.get(`/api/v1/units/${await t.unitId('SNV')}/children?includeInactive=true`)).json().map((u: { id: string }) => u.id)).toContain(empty.id);
    expect((await admin.post(`/api/v1/units/${empty.id}/reactivate`)).json().isActive).toBe(true);
    expect(await auditCount(empty.id)).toBe(3);
  });

  it('links an association branch to a Party unit only', async () => {
    const branch = await t.unitId('DTN-STP');
    const bad = await admin.patch(`/api/v1/units/${branch}`, { ledById: await t.unitId('CDVC') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/phải là một tổ chức Đảng/);
    const good = await admin.patch(`/api/v1/units/${branch}`, { ledById: await t.unitId('STP') });
    expect(good.json().ledBy.name).toBe('Đảng ủy Sở Tư pháp');
  });
});
