import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('signs in with an HttpOnly cookie and returns the roles', async () => {
    const response = await t.anonymous.post('/api/v1/auth/login', { login: 'lanhdao', password: 'Congtac@2026' });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'congtac_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(response.json().grants.map((g: { role: string }) => g.role)).toEqual(['leader']);
  });

  it('refuses a wrong password with a Vietnamese problem, English on request', async () => {
    const vi = await t.anonymous.post('/api/v1/auth/login', { login: 'lanhdao', password: 'sai-mat-khau' });
    expect(vi.statusCode).toBe(401);
    expect(vi.headers['content-type']).toContain('application/problem+json');
    expect(vi.json().detail).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    const en = await t.anonymous.post('/api/v1/auth/login', { login: 'nobody', password: 'x' }, { 'accept-language': 'en' });
    expect(en.json().detail).toBe('Wrong login or password.');
  });

  it('locks an account after five failures in a row, even for the right password', async () => {
    for (let i = 0; i < 5; i++) await t.anonymous.post('/api/v1/auth/login', { login: 'kiemtra', password: 'wrong' }, { 'x-forwarded-for': `10.0.0.${i}` });
    const locked = await t.anonymous.post('/api/v1/auth/login', { login: 'kiemtra', password: 'Congtac@2026' }, { 'x-forwarded-for': '10.0.1.1' });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().detail).toMatch(/tạm khóa.*15 phút/);
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await t.anonymous.post('/api/v1/auth/login', { login: `ghost${i}`, password: 'x' }, { 'x-forwarded-for': '10.9.9.9' })).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('requires a session and a CSRF token for writes', async () => {
    expect((await t.anonymous.get('/api/v1/units/roots')).statusCode).toBe(401);
    const expired = await t.anonymous.get('/api/v1/units/roots', { cookie: 'congtac_session=not-a-session' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('session_expired');
    const admin = await t.signIn('quantri');
    const rootId = await t.unitId('DUK');
    const withoutToken = await t.app.inject({ method: 'POST', url: '/api/v1/units', headers: { cookie: admin.cookie }, payload: { parentId: rootId, kind: 'cell', name: 'X' } });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().code).toBe('csrf_invalid');
  });

  it('treats an expired session as signed out', async () => {
    const member = await t.signIn('dangvien');
    await t.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).execute();
    const response = await member.get('/api/v1/auth/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('session_expired');
  });

  it('signs out and changes the own password', async () => {
    const staff = await t.signIn('chuyenvien');
    const weak = await staff.post('/api/v1/auth/password', { currentPassword: 'Congtac@2026', newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect((await staff.post('/api/v1/auth/password', { currentPassword: 'Congtac@2026', newPassword: 'Mat-khau-moi-2026' })).statusCode).toBe(200);
    await expect(t.signIn('chuyenvien')).rejects.toThrow(/401/);
    const again = await t.signIn('chuyenvien', 'Mat-khau-moi-2026');
    expect((await again.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await again.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('answers health and readiness probes without a session', async () => {
    expect((await t.anonymous.get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.anonymous.get('/readyz')).json()).toEqual({ status: 'ready' });
    const docs = await t.anonymous.get('/api/docs/json');
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toContain('/api/v1/units/{id}/move');
  });
});
