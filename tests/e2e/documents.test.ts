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

/** Types into a unit picker and takes the first unit found with that name. */
async function pickUnit(page: Page, label: string, name: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label, { exact: true }).fill(name);
  await page.locator('.ant-select-dropdown:visible').getByText(name, { exact: true }).first().click();
}

const title = 'Kế hoạch tuyên truyền kỷ niệm ngày thành lập Đảng (kiểm thử)';

describe('documents and plans in the browser', () => {
  it('lets staff draft a plan with two tasks and a leader issue it; the issued plan is read-only', async () => {
    const staff = await harness.openBrowser();
    await signIn(staff, harness.baseUrl, 'chuyenvien');
    await staff.getByRole('navigation', { name: 'Menu chính' }).getByText('Văn bản, kế hoạch').click();
    await staff.getByRole('heading', { name: 'Văn bản, kế hoạch', level: 1 }).waitFor();

    // A new draft of the working unit, offered the next free number of its register.
    await staff.getByRole('button', { name: 'Tạo văn bản' }).click();
    const form = staff.getByRole('dialog', { name: 'Tạo văn bản (dự thảo)' });
    const offered = form.getByText(/^Số và ký hiệu: Số \d+-KH\/ĐUK \(số tiếp theo còn trống\)$/);
    await offered.waitFor();
    const numberLine = /Số \d+-KH\/ĐUK/.exec((await offered.textContent())!)![0];
    const number = Number(/Số (\d+)-/.exec(numberLine)![1]);
    expect(await form.getByLabel('Số', { exact: true }).inputValue()).toBe(String(number));
    await form.getByLabel('Trích yếu').fill(title);
    await form.getByLabel('Cách tổng hợp tiến độ').click();
    await staff.getByTitle('Tỷ lệ số việc hoàn thành').click();
    await form.getByRole('button', { name: 'Lưu' }).click();
    await staff.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(staff.url()).toMatch(/\/documents\/[0-9a-f-]{36}$/);
    const documentUrl = staff.url();
    await staff.getByText(numberLine, { exact: true }).waitFor();
    await staff.getByText('Dự thảo', { exact: true }).waitFor();

    // Task 1: a lead and a partner, quarterly.
    await staff.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    let taskForm = staff.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
    expect(await taskForm.getByLabel('Mã nhiệm vụ').inputValue()).toBe('1');
    await taskForm.getByLabel('Tên nhiệm vụ').fill('Tổ chức tuyên truyền trên các phương tiện thông tin');
    await pickUnit(staff, 'Đơn vị chủ trì', 'Ban Tuyên giáo Đảng ủy Khối');
    await taskForm.getByRole('button', { name: 'Thêm đơn vị phối hợp' }).click();
    await pickUnit(staff, 'Đơn vị phối hợp thứ 1', 'Đảng ủy Sở Giáo dục và Đào tạo');
    await taskForm.getByLabel('Thời gian (như ghi trong văn bản)').fill('Cả năm 2026');
    await taskForm.getByLabel('Lặp lại').click();
    await staff.getByTitle('hàng quý').click();
    await taskForm.getByRole('button', { name: 'Lưu' }).click();
    const tree = staff.getByRole('list', { name: 'Nhiệm vụ' });
    await tree.getByText('Tổ chức tuyên truyền trên các phương tiện thông tin').waitFor();

    // Task 1.a under it, with the code offered one level down.
    await staff.getByRole('button', { name: 'Thêm nhiệm vụ con của 1' }).click();
    taskForm = staff.getByRole('dialog', { name: 'Thêm nhiệm vụ con của 1' });
    expect(await taskForm.getByLabel('Mã nhiệm vụ').inputValue()).toBe('1.a');
    await taskForm.getByLabel('Tên nhiệm vụ').fill('Tổ chức hội nghị báo cáo viên');
    await pickUnit(staff, 'Đơn vị chủ trì', 'Đảng ủy Sở Giáo dục và Đào tạo');
    await taskForm.getByRole('button', { name: 'Thêm đơn vị phối hợp' }).click();
    await pickUnit(staff, 'Đơn vị phối hợp thứ 1', 'Ban Tuyên giáo Đảng ủy Khối');
    await taskForm.getByRole('button', { name: 'Lưu' }).click();
    await tree.getByText('Tổ chức hội nghị báo cáo viên').waitFor();

    const first = tree.getByRole('listitem').filter({ hasText: 'Tổ chức tuyên truyền trên các phương tiện thông tin' }).first();
    await first.getByText('Cả năm 2026 · hàng quý').waitFor();
    // The sub-task is nested inside its parent's item, with its own lead and partner.
    const nested = first.getByRole('listitem').filter({ hasText: 'Tổ chức hội nghị báo cáo viên' });
    await nested.getByText('Chủ trì:').waitFor();
    await nested.getByText('Phối hợp:').waitFor();
    expect(await staff.getByRole('heading', { name: 'Nhiệm vụ (2)' }).count()).toBe(1);
    // Staff draft; only a leader issues.
    expect(await staff.getByRole('button', { name: 'Ban hành' }).count()).toBe(0);

    // The leader issues it: the dialog shows the number and the date it will carry.
    const leader = await harness.openBrowser();
    await signIn(leader, harness.baseUrl, 'lanhdao');
    await leader.goto(documentUrl);
    await leader.getByRole('button', { name: 'Ban hành' }).click();
    const issue = leader.getByRole('dialog', { name: 'Ban hành văn bản' });
    await issue.getByText(new RegExp(`^Sẽ ban hành: ${numberLine}, ngày \\d{2}/\\d{2}/\\d{4}\\.$`)).waitFor();
    await issue.getByRole('button', { name: 'Ban hành' }).click();
    await leader.getByText('Đã ban hành', { exact: true }).waitFor();
    await leader.getByText('Kế hoạch đã ban hành: danh sách nhiệm vụ chỉ để xem.').waitFor();
    await leader.getByRole('list', { name: 'Nhiệm vụ' }).getByText('Tổ chức hội nghị báo cáo viên').waitFor();
    expect(await leader.getByRole('button', { name: /^(Sửa|Xóa) nhiệm vụ / }).count()).toBe(0);
    expect(await leader.getByRole('button', { name: 'Thêm nhiệm vụ' }).count()).toBe(0);
    await leader.getByRole('link', { name: 'Tiến độ', exact: true }).waitFor();
    const word = leader.getByRole('link', { name: /Tải bản Word/ });
    const download = await leader.request.get(new URL((await word.getAttribute('href'))!, leader.url()).toString());
    expect(download.headers()['content-type']).toContain('wordprocessingml');

    // Staff now see it issued, read-only, with a correction as the only way to change it.
    await staff.reload();
    await staff.getByText('Đã ban hành', { exact: true }).waitFor();
    await staff.getByRole('button', { name: 'Tạo phiên bản đính chính' }).waitFor();
    expect(await staff.getByRole('button', { name: 'Thêm nhiệm vụ' }).count()).toBe(0);
    expect(await staff.getByRole('button', { name: 'Sửa' }).count()).toBe(0);

    // The registry lists it with its number, issuer, date, status and task count.
    await staff.getByRole('link', { name: 'Danh sách văn bản' }).click();
    await staff.getByPlaceholder('Tìm theo trích yếu').fill('kỷ niệm ngày thành lập');
    const row = staff.getByRole('row', { name: new RegExp(numberLine) });
    await row.getByText('Đã ban hành').waitFor();
    expect(await row.getByRole('cell').last().textContent()).toBe('2');
  });

  it('shows the registry as cards and the plan without sideways scrolling on a 390 px phone', async () => {
    const page = await harness.openBrowser(phone);
    await signIn(page, harness.baseUrl, 'chuyenvien');
    await page.goto(`${harness.baseUrl}/documents`);
    await page.getByRole('heading', { name: 'Văn bản, kế hoạch', level: 1 }).waitFor();
    await page.getByPlaceholder('Tìm theo trích yếu').fill('kỷ niệm ngày thành lập');
    const card = page.getByRole('listitem').filter({ hasText: title });
    await card.waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await card.getByRole('button', { name: `Xem văn bản: ${title}` }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Nhiệm vụ' }).getByText('Tổ chức hội nghị báo cáo viên').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
