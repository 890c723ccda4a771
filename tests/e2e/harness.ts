/**
 * Browser tests run the real app in this process (fresh embedded database with the demo
 * data, in a temporary folder) and drive Debian's Chromium with playwright-core.
 * The SPA must be built first: `npm run build:web`.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildApp } from '../../src/server/app.ts';
import { readConfig } from '../../src/server/config.ts';
import { type Db, openDatabase } from '../../src/server/db/connection.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { seedDemoIfEmpty } from '../../src/server/demo/seed.ts';

export const demoPassword = 'Congtac@2026';
export const desktop = { width: 1366, height: 800 };
export const phone = { width: 390, height: 844 };

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Harness {
  baseUrl: string;
  /** The app's database, for setting a scene the clock cannot (e.g. a submission made in an earlier week). */
  db: Db;
  /** A new browser with its own fresh profile (so its own session), showing one page. */
  openBrowser(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const webDir = path.resolve('dist/web');
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('dist/web is missing: run `npm run build:web` before the browser tests.');
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-e2e-'));
  const config = { ...readConfig({}), dataDir: path.join(tempRoot, 'data'), port: 0, host: '127.0.0.1', databaseUrl: null };
  const database = await openDatabase(config);
  await migrateToLatest(database.db);
  await seedDemoIfEmpty(database.db);
  const app = await buildApp({ db: database.db, config, webDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const contexts: BrowserContext[] = [];

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db: database.db,
    async openBrowser(viewport = desktop) {
      // Playwright takes the profile folder here, not as --user-data-dir: a fresh one per browser.
      const context = await launchChromium(fs.mkdtempSync(path.join(tempRoot, 'chromium-')), viewport);
      contexts.push(context);
      context.setDefaultTimeout(15_000);
      return context.pages()[0] ?? context.newPage();
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await app.close();
      await database.close();
      fs.rmSync(tempRoot, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium (never a downloaded browser) on its own profile folder, in Vietnamese and Vietnam's time; a phone-size viewport is a touch phone. */
export function launchChromium(profile: string, viewport: { width: number; height: number } = desktop): Promise<BrowserContext> {
  const isPhone = viewport.width < 768;
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: chromiumArgs,
    viewport,
    isMobile: isPhone,
    hasTouch: isPhone,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
}

/** Signs in through the sign-in page and waits for the app to open. */
export async function signIn(page: Page, baseUrl: string, login: string, password = demoPassword): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('navigation', { name: 'Menu chính' }).or(page.getByRole('button', { name: 'Mở menu' })).first().waitFor();
}

/** How far the page scrolls sideways (0 when it fits the screen's width). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export type ApiCall = <T>(method: 'GET' | 'POST', path: string, body?: unknown) => Promise<T>;

/** The API as one account, for setting the scene (the browser part is what is tested). */
export async function apiAs(baseUrl: string, login: string, password = demoPassword): Promise<ApiCall> {
  const signedIn = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  if (signedIn.status !== 200) throw new Error(`sign-in of ${login} failed: ${signedIn.status}`);
  const cookie = signedIn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text);
  };
}

/** A unit's id from its code (as the demo data and import files name units). */
export async function unitIdByCode(call: ApiCall, code: string): Promise<string> {
  const units = await call<{ id: string; code: string }[]>('GET', `/units?search=${encodeURIComponent(code)}&limit=20`);
  const unit = units.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`No unit ${code}`);
  return unit.id;
}
