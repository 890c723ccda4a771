import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoMeetings } from '../../src/server/demo/seed-meetings.ts';
import { seedDemoPlans } from '../../src/server/demo/seed-plans.ts';
import { seedDemoReports } from '../../src/server/demo/seed-reports.ts';
import { seedDemoTargets } from '../../src/server/demo/seed-targets.ts';
import { KEEP_FROM_UNITS } from '../../src/server/modules/targets/kept-figures.ts';
import { addCells } from '../../src/server/testing/wide-tree.ts';
import { type Harness, horizontalOverflow, phone, signIn, startHarness } from './harness.ts';

/** SCREENSHOT_DIR=folder keeps full-page pictures of the pages for a person to look at. */
const screenshots = process.env.SCREENSHOT_DIR;
const wide = { width: 1366, height: 900 };
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  // The harness holds the demo tree and people; the matrix and the duties need the rest of the
  // demo, as `npm start` loads it: plans under way, meetings, reports and the bloc's targets.
  await seedDemoPlans(harness.db);
  await seedDemoMeetings(harness.db);
  await seedDemoReports(harness.db);
  await seedDemoTargets(harness.db);
});
afterAll(() => harness?.close());

const picture = async (page: Page, name: string) => {
  if (screenshots) await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
};

const base = 'Đảng ủy Sở Giáo dục và Đào tạo';
const cell = 'Chi bộ Văn phòng Sở';
const unitIdOf = (page: Page) => new URL(page.url()).searchParams.get('unitId');

describe('targets and the compliance matrix in the browser', () => {
  it('opens on the bloc committee’s matrix, drills down to a base organization and a cell and back, shows a figure’s records and exports the matrix', async () => {
    const page = await harness.openBrowser(wide);
    await signIn(page, harness.baseUrl, 'lanhdao');
    // The index is the committee's home screen: its compliance matrix.
    await page.goto(`${harness.baseUrl}/`);
    await page.waitForURL(/\/compliance/);
    await page.getByRole('heading', { name: 'Theo dõi thực hiện chỉ tiêu' }).waitFor();
    const table = page.getByRole('table', { name: /Bảng theo dõi chỉ tiêu của Đảng ủy Khối/ });
    await table.waitFor();
    await table.getByRole('button', { name: /Xem số liệu$/ }).first().waitFor();
    // Every figure says its status in words, not only by colour.
    expect(await table.getByRole('button', { name: /, (Đạt|Cần cố gắng|Chưa đạt|Chưa có số liệu)\. Xem số liệu$/ }).count()).toBeGreaterThan(0);
    await picture(page, 'compliance-bloc');

    // Sorting by a target marks its column.
    const firstTarget = table.getByRole('columnheader').nth(1);
    await firstTarget.getByRole('button').click();
    await expect.poll(() => firstTarget.getAttribute('aria-sort')).toBe('ascending');

    // Drill down: the base organization, then one of its cells.
    await page.getByRole('button', { name: `Mở bảng theo dõi của ${base}` }).click();
    await page.getByRole('table', { name: new RegExp(`Bảng theo dõi chỉ tiêu của ${base}`) }).waitFor();
    const baseId = unitIdOf(page);
    expect(baseId).toBeTruthy();
    await page.getByRole('button', { name: `Mở bảng theo dõi của ${cell}` }).click();
    await page.getByRole('table', { name: new RegExp(`Bảng theo dõi chỉ tiêu của ${cell}`) }).waitFor();
    await picture(page, 'compliance-cell');
    // And back with the browser's own button, step by step.
    await page.goBack();
    await page.getByRole('table', { name: new RegExp(`Bảng theo dõi chỉ tiêu của ${base}`) }).waitFor();
    expect(unitIdOf(page)).toBe(baseId);
    await page.goBack();
    await table.waitFor();
    expect(unitIdOf(page)).toBeNull();

    // The records behind the bloc's first figure: the units falling short, the trend.
    await table.getByRole('row').nth(1).getByRole('button', { name: /Xem số liệu$/ }).first().click();
    const drawer = page.getByRole('dialog', { name: 'Số liệu chỉ tiêu' });
    await drawer.waitFor();
    await drawer.getByRole('heading', { name: /Đơn vị chưa đạt \(\d+\)/ }).waitFor();
    await drawer.getByRole('heading', { name: 'Diễn biến qua các kỳ' }).waitFor();
    await picture(page, 'compliance-figure');
    await page.goBack();
    await drawer.waitFor({ state: 'hidden' });

    // The matrix as .xlsx: a real workbook (a zip package), not an error page.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-xlsx-')), 'matrix.xlsx');
    await (await download).saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });

    // The targets behind the columns, which a leader may change.
    await page.goto(`${harness.baseUrl}/targets`);
    const targets = page.getByRole('table', { name: 'Chỉ tiêu' });
    await targets.getByRole('button', { name: /^Sửa chỉ tiêu: / }).first().waitFor();
    expect(await targets.getByRole('row').count()).toBeGreaterThan(1);
  });

  it('stays usable on a 390 px phone: the unit column stays, the table scrolls in its box, the page never sideways', async () => {
    const page = await harness.openBrowser(phone);
    await signIn(page, harness.baseUrl, 'lanhdao');
    await page.goto(`${harness.baseUrl}/compliance`);
    await page.getByRole('button', { name: `Mở bảng theo dõi của ${base}` }).waitFor();
    await page.getByRole('button', { name: /Xem số liệu$/ }).first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await picture(page, 'compliance-390');
    await page.getByRole('button', { name: /Xem số liệu$/ }).first().click();
    await page.getByRole('dialog', { name: 'Số liệu chỉ tiêu' }).getByRole('heading', { name: 'Diễn biến qua các kỳ' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await picture(page, 'compliance-figure-390');
  });

  it('opens a cell secretary on the cell’s duties of the month, each one a link to its page', async () => {
    const page = await harness.openBrowser(phone);
    await signIn(page, harness.baseUrl, 'bithu');
    await page.goto(`${harness.baseUrl}/`);
    await page.waitForURL(/\/home/);
    await page.getByRole('heading', { name: 'Việc của chi bộ' }).waitFor();
    for (const heading of ['Cuộc họp sắp tới', 'Chờ bạn duyệt', 'Báo cáo phải gửi', 'Nhiệm vụ đến hạn', 'Chỉ tiêu cần chú ý']) {
      await page.getByRole('heading', { name: new RegExp(heading) }).waitFor();
    }
    // bithu still owes last quarter's report (README): it is listed, and opens the page to fill it.
    const report = page.locator('#main .duty-list a[href^="/reports"]').first();
    await report.waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await picture(page, 'home-390');
    await report.click();
    await page.waitForURL(/\/reports/);
    await page.getByRole('heading', { name: 'Việc của chi bộ' }).waitFor({ state: 'detached' });
  });

  it('shows a wide matrix’s kept figures with the time they were computed, and computes them again on request', async () => {
    // Thousands of cells under a base organization: the bloc's figures are kept, not read live every time.
    const sgddt = await harness.db.selectFrom('org_units').select('id').where('code', '=', 'SGDDT').executeTakeFirstOrThrow();
    await addCells(harness.db, sgddt.id, KEEP_FROM_UNITS);
    const page = await harness.openBrowser(wide);
    await signIn(page, harness.baseUrl, 'lanhdao');
    const table = page.getByRole('table', { name: /Bảng theo dõi chỉ tiêu của Đảng ủy Khối/ });
    const computedAt = page.getByText(/\(tính lúc \d{2}:\d{2}\)/);
    const recompute = page.getByRole('button', { name: 'Tính lại' });
    // The first opening computes them (and keeps them); the next one shows them, saying when they were computed.
    await page.goto(`${harness.baseUrl}/compliance`);
    await table.getByRole('button', { name: /Xem số liệu$/ }).first().waitFor();
    expect(await computedAt.count()).toBe(0);
    await page.reload();
    await computedAt.waitFor();
    await picture(page, 'compliance-kept');
    await recompute.click();
    await computedAt.waitFor({ state: 'detached' });
    expect(await recompute.count()).toBe(0);
  });
});
