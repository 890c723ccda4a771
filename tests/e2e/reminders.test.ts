import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, vietnamToday } from '../../src/domain/task-status.ts';
import { apiAs, type Harness, horizontalOverflow, phone, signIn, startHarness, unitIdByCode } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const taskTitle = 'Nộp báo cáo sơ kết công tác tuyên truyền';

describe('đôn đốc in the browser', () => {
  it('lets ĐUK staff remind a cell of an overdue task in one click, and the secretary find it under the bell', async () => {
    // The scene: a ĐUK plan whose task for the cell of `bithu` fell due a week ago.
    const today = vietnamToday();
    const staffApi = await apiAs(harness.baseUrl, 'chuyenvien');
    const leaderApi = await apiAs(harness.baseUrl, 'lanhdao');
    const plan = await staffApi<{ id: string }>('POST', '/documents', {
      issuerUnitIds: [await unitIdByCode(staffApi, 'DUK')],
      typeCode: 'KH',
      title: 'Kế hoạch kiểm thử đôn đốc',
      year: Number(today.slice(0, 4)),
    });
    const dueOn = addDays(today, -7);
    await staffApi('POST', `/documents/${plan.id}/tasks`, {
      code: '1',
      title: taskTitle,
      timeframe: { text: 'chậm nhất một tuần trước', start: addDays(dueOn, -30), deadline: dueOn },
      units: [{ unitId: await unitIdByCode(staffApi, 'SGDDT-CB1'), role: 'lead' }],
    });
    await leaderApi('POST', `/documents/${plan.id}/issue`, { issuedOn: addDays(dueOn, -30) });

    // Staff of ĐUK (their working unit) open "Đôn đốc" and remind the cell.
    const staff = await harness.openBrowser();
    await signIn(staff, harness.baseUrl, 'chuyenvien');
    await staff.getByRole('navigation', { name: 'Menu chính' }).getByText('Đôn đốc').click();
    await staff.getByRole('heading', { name: 'Đôn đốc thực hiện nhiệm vụ' }).waitFor();
    const row = staff.getByRole('row', { name: new RegExp(taskTitle) });
    await row.getByText('Chi bộ Văn phòng Sở').waitFor();
    await row.getByText('Chưa nhắc').waitFor();
    await row.getByRole('button', { name: `Nhắc Chi bộ Văn phòng Sở thực hiện nhiệm vụ 1 ${taskTitle}` }).click();
    await staff.getByText('Đã nhắc Chi bộ Văn phòng Sở: 1 người nhận được thông báo.').waitFor();
    // Once a day: the button now only says so.
    expect(await row.getByRole('button', { name: 'Đã nhắc hôm nay' }).isDisabled()).toBe(true);
    expect(await row.getByText('Chưa nhắc').count()).toBe(0);

    // The cell secretary, on a phone, sees the bell's count and opens the task from it.
    const secretary = await harness.openBrowser(phone);
    await signIn(secretary, harness.baseUrl, 'bithu');
    const bell = secretary.getByRole('button', { name: 'Thông báo: 1 chưa đọc' });
    await bell.click();
    const panel = secretary.getByRole('dialog', { name: 'Thông báo' });
    await panel.getByText(`Đôn đốc: “${taskTitle}”`).waitFor();
    await panel.getByText(/Chuyên viên Ban Tuyên giáo \(.*\) đôn đốc thực hiện nhiệm vụ/).waitFor();
    expect(await horizontalOverflow(secretary)).toBe(0);
    await panel.getByRole('button', { name: new RegExp(`Chưa đọc: Đôn đốc: “${taskTitle}”`) }).click();
    await secretary.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    await secretary.getByRole('button', { name: 'Thông báo' }).waitFor();

    // The administrator reads the e-mail that went to the outbox (no SMTP server here).
    const admin = await harness.openBrowser();
    await signIn(admin, harness.baseUrl, 'quantri');
    await admin.getByRole('navigation', { name: 'Menu chính' }).getByText('Hộp thư đi').click();
    const mail = admin.getByRole('row', { name: new RegExp(`bithu@congtac.local.*Đôn đốc: “${taskTitle}”.*Chờ gửi`) });
    await mail.getByRole('button', { name: 'Mở rộng dòng' }).click();
    await admin.getByText('Kính gửi Bí thư Chi bộ Văn phòng Sở,', { exact: false }).waitFor();
  });

  it('shows the đôn đốc list as cards without sideways scrolling on a phone', async () => {
    const page = await harness.openBrowser(phone);
    await signIn(page, harness.baseUrl, 'lanhdao');
    await page.goto(`${harness.baseUrl}/reminders`);
    await page.getByRole('heading', { name: 'Đôn đốc thực hiện nhiệm vụ' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: taskTitle });
    await card.getByText('Đã nhắc hôm nay').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
