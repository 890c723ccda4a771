import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, configureApiClient, queryString, setCsrfToken } from './client.ts';
import { ApiError } from './problem.ts';

describe('queryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(queryString({ search: 'công đoàn', unitId: undefined, partyStatus: '', limit: 20, includeInactive: false, x: null })).toBe(
      '?search=c%C3%B4ng+%C4%91o%C3%A0n&limit=20&includeInactive=false',
    );
    expect(queryString({})).toBe('');
  });
});

describe('api', () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubFetch(status: number, body: unknown) {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(body === undefined ? '' : JSON.stringify(body), { status });
    });
    return calls;
  }

  it('sends the CSRF token and the language on writes, and no content-type without a body', async () => {
    configureApiClient({ language: () => 'en', onUnauthorized: () => {} });
    setCsrfToken('token-1');
    const calls = stubFetch(200, { ok: true });
    await api.post('/units/u1/deactivate');
    await api.post('/units', { name: 'Chi bộ 1' });
    const [bare, withBody] = calls;
    expect(bare!.url).toBe('/api/v1/units/u1/deactivate');
    expect(bare!.init.headers).toEqual({ accept: 'application/json', 'accept-language': 'en', 'x-csrf-token': 'token-1' });
    expect(bare!.init.body).toBeUndefined();
    expect(withBody!.init.headers).toMatchObject({ 'content-type': 'application/json', 'x-csrf-token': 'token-1' });
    expect(withBody!.init.body).toBe('{"name":"Chi bộ 1"}');
  });

  it('sends no CSRF token on reads', async () => {
    setCsrfToken('token-1');
    const calls = stubFetch(200, []);
    await api.get('/units', { search: 'cong doan' });
    expect(calls[0]!.url).toBe('/api/v1/units?search=cong+doan');
    expect(calls[0]!.init.headers).not.toHaveProperty('x-csrf-token');
  });

  it('turns a problem into an ApiError and reports 401', async () => {
    const onUnauthorized = vi.fn();
    configureApiClient({ language: () => 'vi', onUnauthorized });
    stubFetch(401, { code: 'session_expired', title: 'Hết hạn', detail: 'Phiên làm việc đã hết hạn.', status: 401 });
    const error = await api.get('/auth/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).detail).toBe('Phiên làm việc đã hết hạn.');
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('reports a lost connection as status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await api.get('/units/roots').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
  });
});
