import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, type Harness, horizontalOverflow, phone, signIn, startHarness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Picks an option of the antd select labelled `label` inside `scope`. */
async function choose(scope: Locator, label: string, option: string) {
  const select = scope.getByLabel(label, { exact: true });
  await select.click();
  // The select's own dropdown (another one may still be closing): it holds the listbox the input controls.
  const id = await select.getAttribute('id');
  await scope.page().locator(`.ant-select-dropdown:has([id="${id}_list"]) .ant-select-item-option[title="${option}"]`).click();
}

const field = (drawer: Locator, index: number) => drawer.locator('.template-field').nth(index);

describe('the report template builder in the browser', () => {
  it('builds a quarterly template with a ratio and a rule, shows the server’s errors, and fits a phone', async () => {
    const page = await harness.openBrowser(desktop);
    await signIn(page, harness.baseUrl, 'chuyenvien');
    await page.goto(`${harness.baseUrl}/reports/templates`);
    await page.getByRole('heading', { level: 1, name: 'Mẫu báo cáo' }).waitFor();

    await page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click();
    const drawer = page.getByRole('dialog', { name: 'Tạo mẫu báo cáo' });
    await drawer.getByLabel('Tên mẫu báo cáo').fill('Báo cáo sinh hoạt chi bộ hằng quý');
    await drawer.getByText('Hằng quý', { exact: true }).waitFor();

    // The first field is there; its key follows the label, folded.
    await field(drawer, 0).getByLabel('Tên hiển thị').fill('Số đảng viên');
    await expect.poll(() => field(drawer, 0).getByLabel('Mã trường').inputValue()).toBe('so_dang_vien');
    await drawer.getByRole('button', { name: 'Thêm trường' }).click();
    await field(drawer, 1).getByLabel('Tên hiển thị').fill('Số đảng viên tham dự');
    await expect.poll(() => field(drawer, 1).getByLabel('Mã trường').inputValue()).toBe('so_dang_vien_tham_du');
    await drawer.getByRole('button', { name: 'Thêm trường' }).click();
    const ratio = field(drawer, 2);
    await choose(ratio, 'Kiểu dữ liệu', 'Tỷ lệ (%)');
    await ratio.getByLabel('Tên hiển thị').fill('Tỷ lệ đảng viên tham dự');
    await choose(ratio, 'Cách tổng hợp', 'Tỷ lệ giữa hai tổng (%)');
    await choose(ratio, 'Tử số', 'Số đảng viên tham dự');
    await choose(ratio, 'Mẫu số', 'Số đảng viên');

    await drawer.getByRole('button', { name: 'Thêm ràng buộc' }).click();
    const rule = drawer.getByRole('region', { name: 'Ràng buộc 1' });
    await choose(rule, 'Trường thứ nhất', 'Số đảng viên tham dự');
    await choose(rule, 'Trường thứ hai', 'Số đảng viên');

    await drawer.getByRole('button', { name: 'Xem trước' }).click();
    await drawer.getByText('Tổng hợp: Số đảng viên tham dự ÷ Số đảng viên × 100').waitFor();

    await drawer.getByRole('button', { name: 'Lưu mẫu báo cáo' }).click();
    await page.getByText('Đã tạo mẫu báo cáo.').waitFor();
    await drawer.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'Báo cáo sinh hoạt chi bộ hằng quý' });
    await row.getByText('Phiên bản 1').waitFor();
    await row.getByRole('cell', { name: 'Hằng quý', exact: true }).waitFor();

    // Editing saves a new version.
    await row.getByRole('button', { name: 'Sửa mẫu Báo cáo sinh hoạt chi bộ hằng quý' }).click();
    const editor = page.getByRole('dialog', { name: 'Sửa mẫu báo cáo' });
    await expect.poll(() => field(editor, 2).getByLabel('Tên hiển thị').inputValue()).toBe('Tỷ lệ đảng viên tham dự');
    await field(editor, 0).getByLabel('Đơn vị tính').fill('người');
    await editor.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await page.getByText('Đã lưu phiên bản 2.').waitFor();
    await row.getByText('Phiên bản 2').waitFor();

    // A definition the server refuses: its Vietnamese reason shows beside the field and in the list.
    await page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click();
    await drawer.getByLabel('Tên mẫu báo cáo').fill('Mẫu có lỗi');
    await field(drawer, 0).getByLabel('Tên hiển thị').fill('Số chi bộ');
    await field(drawer, 0).getByLabel('Giá trị nhỏ nhất').fill('10');
    await field(drawer, 0).getByLabel('Giá trị lớn nhất').fill('5');
    await drawer.getByRole('button', { name: 'Lưu mẫu báo cáo' }).click();
    const reason = '"Số chi bộ": giá trị nhỏ nhất (10) lớn hơn giá trị lớn nhất (5).';
    await drawer.getByRole('alert').filter({ hasText: 'Mẫu báo cáo chưa hợp lệ. Cần sửa:' }).getByText(`Trường 1: ${reason}`).waitFor();
    await field(drawer, 0).locator('.ant-form-item-explain-error').getByText(reason).waitFor();

    // The builder and the list fit a phone's width.
    await page.setViewportSize(phone);
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
    await drawer.getByRole('button', { name: 'Hủy' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
    // The phone's card line (the "Đã lưu phiên bản 2." message may still be showing).
    await page.getByText('Hằng quý · Phiên bản 2', { exact: true }).waitFor();
  });
});
