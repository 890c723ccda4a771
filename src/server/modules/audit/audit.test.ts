import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('quantri');
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records who changed what, and admins filter it by unit, entity and action', async () => {
    const unit = (await admin.post('/api/v1/units', { parentId: await t.unitId('SYT'), kind: 'cell', name: 'Chi bộ Kiểm toán' })).json();
    await admin.patch(`/api/v1/units/${unit.id}`, { name: 'Chi bộ Kiểm toán nội bộ' });
    const byEntity = (await admin.get(`/api/v1/audit?entityId=${unit.id}`)).json();
    expect(byEntity.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(byEntity.items[0]).toMatchObject({ entityType: 'unit', actor: { login: 'quantri' }, before: { name: 'Chi bộ Kiểm toán' }, after: { name: 'Chi bộ Kiểm toán nội bộ' } });
    const byUnit = (await admin.get(`/api/v1/audit?unitId=${await t.unitId('SYT')}&action=create`)).json();
    expect(byUnit.items.some((e: { entityId: string }) => e.entityId === unit.id)).toBe(true);
    const otherUnit = (await admin.get(`/api/v1/audit?unitId=${await t.unitId('STP')}&entityType=unit`)).json();
    expect(otherUnit.items.some((e: { entityId: string }) => e.entityId === unit.id)).toBe(false);
  });

  it('pages with a cursor, newest first', async () => {
    const first = (await admin.get('/api/v1/audit?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await admin.get(`/api/v1/audit?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].occurredAt <= first.items[1].occurredAt).toBe(true);
    expect(second.items.map((e: { id: string }) => e.id)).not.toContain(first.items[1].id);
  });

  it('is for admins only', async () => {
    for (const login of ['lanhdao', 'chuyenvien', 'bithu', 'dangvien']) {
      expect((await (await t.signIn(login)).get('/api/v1/audit')).statusCode).toBe(403);
    }
  });
});
