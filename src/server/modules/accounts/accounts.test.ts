import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('quantri');
});
afterAll(() => t.close());

describe('accounts and roles', () => {
  it('creates an account with a one-time password and roles in several units', async () => {
    const created = await admin.post('/api/v1/accounts', {
      login: 'Bithu.STP',
      displayName: 'Bí thư Chi bộ Văn phòng',
      homeUnitId: await t.unitId('STP-CB1'),
      grants: [
        { unitId: await t.unitId('STP-CB1'), role: 'secretary' },
        { unitId: await t.unitId('CDCS-STP'), role: 'viewer' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const { account, temporaryPassword } = created.json();
    expect(account.login).toBe('bithu.stp');
    expect(account.mustChangePassword).toBe(true);
    expect(account.grants.map((g: { role: string }) => g.role).sort()).toEqual(['secretary', 'viewer']);
    const user = await t.signIn('bithu.stp', temporaryPassword);
    const me = (await user.get('/api/v1/auth/me')).json();
    expect(me.mustChangePassword).toBe(true);
    const roots = (await user.get('/api/v1/units/roots')).json();
    expect(roots.map((u: { code: string }) => u.code).sort()).toEqual(['CDCS-STP', 'STP-CB1']);
    const stored = await t.db.selectFrom('users').select('password_hash').where('login', '=', 'bithu.stp').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a taken login and a weak password', async () => {
    const taken = await admin.post('/api/v1/accounts', { login: 'lanhdao', displayName: 'X', homeUnitId: await t.unitId('DUK') });
    expect(taken.statusCode).toBe(409);
    const weak = await admin.post('/api/v1/accounts', { login: 'newuser', displayName: 'X', homeUnitId: await t.unitId('DUK'), password: '123' });
    expect(weak.statusCode).toBe(400);
  });

  it('grants and revokes roles, resets passwords and deactivates accounts', async () => {
    const list = (await admin.get('/api/v1/accounts?search=kiemtra')).json();
    const viewer = list[0];
    const granted = (await admin.post(`/api/v1/accounts/${viewer.id}/grants`, { unitId: await t.unitId('BTGTU'), role: 'staff' })).json();
    const grant = granted.grants.find((g: { role: string }) => g.role === 'staff');
    expect(grant.unitName).toBe('Ban Tuyên giáo Thành ủy');
    expect((await admin.delete(`/api/v1/grants/${grant.id}`)).json().grants).toHaveLength(1);

    const session = await t.signIn('kiemtra');
    const reset = (await admin.post(`/api/v1/accounts/${viewer.id}/reset-password`)).json();
    expect(reset.temporaryPassword).toHaveLength(12);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
    await expect(t.signIn('kiemtra')).rejects.toThrow();
    await t.signIn('kiemtra', reset.temporaryPassword);

    expect((await admin.post(`/api/v1/accounts/${viewer.id}/deactivate`)).json().isActive).toBe(false);
    await expect(t.signIn('kiemtra', reset.temporaryPassword)).rejects.toThrow();
    expect((await admin.post(`/api/v1/accounts/${viewer.id}/reactivate`)).json().isActive).toBe(true);
    const actions = await t.db.selectFrom('audit_entries').select('action').where('entity_id', '=', viewer.id).where('entity_type', '=', 'account').execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['reset_password', 'deactivate', 'reactivate']));
  });

  it('does not let an admin lock themselves out', async () => {
    const me = (await admin.get('/api/v1/auth/me')).json();
    expect((await admin.post(`/api/v1/accounts/${me.userId}/deactivate`)).statusCode).toBe(400);
  });
});
