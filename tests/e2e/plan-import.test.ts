import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, horizontalOverflow, phone, signIn, startHarness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const seed003 = readFileSync(path.resolve('src/importer/fixtures/003_2770ca0840fd47ad.txt'));
const title = 'Đổi mới công tác tư tưởng trong tình hình mới';
const screenshots = process.env.SCREENSHOT_DIR;

/** Opens the import page from the menu (or the phone menu) and reads seed 003 as a .txt file. */
async function readSeed003(page: Page, isPhone = false): Promise<void> {
  if (isPhone) await page.getByRole('button', { name: 'Mở menu' }).click();
  await page.getByRole('navigation', { name: 'Menu chính' }).getByText('Nhập kế hoạch từ tệp').click();
  await page.getByRole('heading', { name: 'Nhập kế hoạch từ tệp', level: 1 }).waitFor();
  await page.locator('input[type=file]').setInputFiles({ name: 'ke-hoach-30.txt', mimeType: 'text/plain', buffer: seed003 });
  await page.getByText('Đã chọn: ke-hoach-30.txt').waitFor();
  await page.getByRole('button', { name: 'Đọc tệp' }).click();
  // Reading and laying out the whole plan is the slowest step on a busy machine.
  await page.getByRole('heading', { name: 'Nhiệm vụ (24)' }).waitFor({ timeout: 30_000 });
}

/** Types into a unit picker and takes the unit of that name. */
async function pickUnit(page: Page, label: string, name: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(name);
  await page.locator('.ant-select-dropdown:visible').getByText(name, { exact: true }).first().click();
}

describe('importing a plan from a file in the browser', () => {
  it('reads seed 003, flags its unmatched units, traces fields to the text, maps a unit and saves a draft plan', async () => {
    const page = await harness.openBrowser();
    await signIn(page, harness.baseUrl, 'chuyenvien');
    await readSeed003(page);

    // What was read: the header and the task tree, with the source text beside it.
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(title);
    expect(await page.getByLabel('Số', { exact: true }).inputValue()).toBe('30');
    expect(await page.getByLabel('Tên nhiệm vụ II.1', { exact: true }).inputValue()).toMatch(/^Đổi mới mạnh mẽ, sâu sắc và vững chắc nội dung/);
    expect(await page.getByLabel('Mã nhiệm vụ II.1.2', { exact: true }).inputValue()).toBe('II.1.2');
    await page.getByRole('region', { name: 'Văn bản gốc' }).getByText('Số 30-KH/ĐUK').waitFor();

    // A unit name the org tree does not know is flagged, not dropped.
    const implementation = page.getByRole('article', { name: 'Nhiệm vụ III.1' });
    await implementation.getByText('“Cấp ủy các chi bộ”').waitFor();
    await implementation.getByText('Chưa khớp đơn vị').waitFor();
    await page.getByText('Còn 4 tên đơn vị chưa khớp với đơn vị nào').waitFor();

    // A field shows the lines it was read from.
    await page.getByLabel('Tên nhiệm vụ II.6', { exact: true }).click();
    const highlighted = page.locator('.plan-source-line.is-highlighted');
    await highlighted.first().waitFor();
    expect(await highlighted.allTextContents()).toEqual([expect.stringContaining('6. Tăng cường công tác kiểm tra, giám sát việc triển khai')]);
    await page.getByLabel('Trích yếu').click();
    expect(await highlighted.allTextContents()).toEqual([expect.stringContaining(title)]);
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'plan-import-desktop.png') });

    // The plan is the Đảng ủy Sở's; its cells' committees are one of its cells here.
    await pickUnit(page, 'Đơn vị ban hành thứ 1', 'Đảng ủy Sở Giáo dục và Đào tạo');
    await pickUnit(page, 'Đơn vị cho “Cấp ủy các chi bộ” (nhiệm vụ III.1)', 'Chi bộ Phòng Giáo dục Trung học');
    await page.getByText('Còn 3 tên đơn vị chưa khớp với đơn vị nào').waitFor();
    expect(await implementation.getByText('Chưa khớp đơn vị').count()).toBe(0);
    if (screenshots) {
      await page.getByRole('article', { name: 'Nhiệm vụ II.1.2' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshots, 'plan-import-desktop-tasks.png') });
    }
    // The title was corrected by the reviewer.
    await page.getByLabel('Tên nhiệm vụ III.1', { exact: true }).fill('Cấp ủy các chi bộ quán triệt, triển khai Kế hoạch này');

    await page.getByRole('button', { name: 'Lưu thành dự thảo kế hoạch' }).click();
    await page.getByText(`Đã lưu dự thảo "${title}".`).waitFor();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const documentId = /\/documents\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

    // What was saved, read through the API with the browser's own session.
    type SavedTask = { code: string; title: string; units: { name: string; role: string }[]; unmatchedUnits: string[] };
    const tasks = await page.evaluate(async (id) => (await fetch(`/api/v1/documents/${id}/tasks`)).json() as Promise<SavedTask[]>, documentId);
    expect(tasks).toHaveLength(24);
    const last = tasks.find((task) => task.code === 'III.1')!;
    expect(last).toMatchObject({ title: 'Cấp ủy các chi bộ quán triệt, triển khai Kế hoạch này', units: [{ name: 'Chi bộ Phòng Giáo dục Trung học', role: 'lead' }], unmatchedUnits: [] });
    expect(tasks.find((task) => task.code === 'II.1.2')!.unmatchedUnits).toEqual(['Bí thư cấp ủy']);
  });

  it('shows the source and the structure as two tabs on a phone', async () => {
    const page = await harness.openBrowser(phone);
    await signIn(page, harness.baseUrl, 'chuyenvien');
    await readSeed003(page, true);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByLabel('Tên nhiệm vụ II.6', { exact: true }).click();
    const excerpt = page.getByRole('note');
    await excerpt.getByText(/6\. Tăng cường công tác kiểm tra/).waitFor();
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'plan-import-phone-structure.png') });
    await excerpt.getByRole('button', { name: 'Xem trong văn bản gốc' }).click();
    const highlighted = page.locator('.plan-source-line.is-highlighted');
    await highlighted.first().waitFor({ state: 'visible' });
    expect(await highlighted.first().textContent()).toContain('6. Tăng cường công tác kiểm tra');
    expect(await horizontalOverflow(page)).toBe(0);
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'plan-import-phone-source.png') });
    await page.getByRole('tab', { name: 'Nội dung đã đọc' }).click();
    await page.getByRole('button', { name: 'Lưu thành dự thảo kế hoạch' }).waitFor();
  });
});
