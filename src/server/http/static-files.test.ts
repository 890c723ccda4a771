import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { readConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import type { App } from './types.ts';
import { openTestDatabase } from '../testing/test-database.ts';

/** The web app's files as the build leaves them: hashed assets with their brotli and gzip copies. */
function builtWebApp() {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Congtac</title><div id="root"></div>');
  fs.writeFileSync(path.join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const stylesheet = `.ant-btn{color:var(--ant-color-primary)}\n`.repeat(200);
  fs.writeFileSync(path.join(webDir, 'assets', 'index-Ab12Cd34.css'), stylesheet);
  fs.writeFileSync(path.join(webDir, 'assets', 'index-Ab12Cd34.css.br'), brotliCompressSync(stylesheet));
  fs.writeFileSync(path.join(webDir, 'assets', 'index-Ab12Cd34.css.gz'), gzipSync(stylesheet));
  return { webDir, stylesheet };
}

describe('the web app’s files', () => {
  let handle: DatabaseHandle;
  let app: App;
  const { webDir, stylesheet } = builtWebApp();

  beforeAll(async () => {
    handle = await openTestDatabase({ pgliteDump: inject('pgliteDump'), serverUrl: inject('serverUrl') });
    app = await buildApp({ db: handle.db, config: { ...readConfig({}), dataDir: '', databaseUrl: null }, webDir });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    await handle.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('sends the brotli copy of an asset to a browser that accepts it, to be kept for good', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.css', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toMatch(/^text\/css/);
    expect(response.rawPayload.length).toBeLessThan(stylesheet.length / 10);
  });

  it('sends the gzip copy to a browser without brotli and the file itself to one that accepts neither', async () => {
    const gzip = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.css', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.css', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(stylesheet);
  });

  it('lets files without a hash in their name be kept an hour, and the page itself never without asking', async () => {
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    const page = await app.inject({ method: 'GET', url: '/compliance' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<div id="root">');
  });
});
