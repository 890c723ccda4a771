import { inject } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { readConfig } from '../config.ts';
import type { Db } from '../db/connection.ts';
import { demoPassword } from '../demo/seed.ts';
import type { App } from '../http/types.ts';
import { openTestDatabase } from './test-database.ts';

export interface TestApp {
  app: App;
  db: Db;
  close(): Promise<void>;
  /** Signs in a demo (or any) account and returns a client carrying its cookie and CSRF token. */
  signIn(login: string, password?: string): Promise<Client>;
  anonymous: Client;
  unitId(code: string): Promise<string>;
}

type Body = Record<string, unknown> | unknown[] | undefined;

export interface Client {
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: Body, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: Body): Promise<LightMyRequestResponse>;
  put(url: string, body?: Body): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  upload(url: string, filename: string, content: Buffer | string, fields?: Record<string, string>): Promise<LightMyRequestResponse>;
  csrfToken: string;
  cookie: string;
}

function client(app: App, cookie: string, csrfToken: string): Client {
  const headers = (extra: Record<string, string> = {}) => ({ ...(cookie ? { cookie } : {}), ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}), ...extra });
  return {
    cookie,
    csrfToken,
    get: (url, extra) => app.inject({ method: 'GET', url, headers: headers(extra) }),
    post: (url, body, extra) => app.inject({ method: 'POST', url, headers: headers(extra), ...(body === undefined ? {} : { payload: body as object }) }),
    patch: (url, body) => app.inject({ method: 'PATCH', url, headers: headers(), payload: body as object }),
    put: (url, body) => app.inject({ method: 'PUT', url, headers: headers(), payload: body as object }),
    delete: (url) => app.inject({ method: 'DELETE', url, headers: headers() }),
    upload(url, filename, content, fields = {}) {
      const boundary = `----congtac${Date.now()}`;
      const parts = [
        ...Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        Buffer.isBuffer(content) ? content : Buffer.from(content),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ];
      return app.inject({ method: 'POST', url, headers: headers({ 'content-type': `multipart/form-data; boundary=${boundary}` }), payload: Buffer.concat(parts) });
    },
  };
}

/** The app over a fresh copy of the demo database (PGlite or PostgreSQL per TEST_DB). */
export async function createTestApp(): Promise<TestApp> {
  const handle = await openTestDatabase({ pgliteDump: inject('pgliteDump'), serverUrl: inject('serverUrl') });
  const config = { ...readConfig({}), dataDir: '', databaseUrl: null, trustProxy: true };
  const app = await buildApp({ db: handle.db, config, webDir: '/nonexistent' });
  await app.ready();
  return {
    app,
    db: handle.db,
    anonymous: client(app, '', ''),
    async close() {
      await app.close();
      await handle.close();
    },
    async signIn(login, password = demoPassword) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password } });
      if (response.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${response.statusCode} ${response.body}`);
      const setCookie = response.cookies.find((c) => c.name === 'congtac_session');
      return client(app, `congtac_session=${setCookie!.value}`, response.json().csrfToken);
    },
    async unitId(code) {
      const row = await handle.db.selectFrom('org_units').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      return row.id;
    },
  };
}
