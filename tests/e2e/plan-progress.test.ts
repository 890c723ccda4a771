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

const planTitle = 'Kế hoạch kiểm thử theo dõi tiến độ';

describe('carrying out a plan in the browser', () => {
  it('lets a cell acknowledge and report on a phone, and the issuer see the roll-up and the overdue unit on the board', async () => {
    // The plan: one task for the cell of `bithu`, due within the week; one for another cell, already overdue.
    const today = vietnamToday();
    const staff = await apiAs(harness.baseUrl, 'chuyenvien');
    const leader = await apiAs(harness.baseUrl, 'lanhdao');
    const plan = await staff<{ id: string }>('POST', '/documents', { issuerUnitIds: [await unitIdByCode(staff, 'DUK')], typeCode: 'KH', title: planTitle, year: Number(today.slice(0, 4)), rollupMethod: 'average' });
    await staff('POST', `/documents/${plan.id}/tasks`, {
      code: 'II.1',
      title: 'Tổ chức sinh hoạt chuyên đề về tuyên truyền',
      timeframe: { text: 'Trong tháng', start: addDays(today, -10), deadline: addDays(today, 5) },
      units: [{ unitId: await unitIdByCode(staff, 'SGDDT-CB1'), role: 'lead' }],
    });
    await staff('POST', `/documents/${plan.id}/tasks`, {
      code: 'II.2',
      title: 'Rà soát quy chế làm việc',
      timeframe: { text: 'Đã hết hạn', start: addDays(today, -40), deadline: addDays(today, -10) },
      units: [{ unitId: await unitIdByCode(staff, 'SGDDT-CB2'), role: 'lead' }],
    });
    await leader('POST', `/documents/${plan.id}/issue`, {});

    // The cell secretary lands on the unit's tasks; the new task is due soon.
    const cell = await harness.openBrowser(phone);
    await signIn(cell, harness.baseUrl, 'bithu');
    await cell.getByRole('heading', { name: 'Nhiệm vụ của đơn vị', level: 1 }).waitFor();
    const card = cell.getByRole('listitem').filter({ hasText: 'Tổ chức sinh hoạt chuyên đề về tuyên truyền' });
    await card.getByText('Sắp đến hạn').waitFor();
    await card.getByText('Chưa thực hiện').waitFor();
    expect(await horizontalOverflow(cell)).toBe(0);

    await cell.getByRole('button', { name: 'Tiếp nhận nhiệm vụ II.1 Chi bộ Văn phòng Sở' }).click();
    await cell.getByText('Đã tiếp nhận nhiệm vụ.').waitFor();
    await cell.getByRole('button', { name: 'Tiếp nhận nhiệm vụ II.1 Chi bộ Văn phòng Sở' }).waitFor({ state: 'detached' });

    // The form keeps status and percent consistent: "Hoàn thành" is 100 %, back under way is below it.
    await cell.getByRole('button', { name: 'Báo cáo tiến độ nhiệm vụ II.1 Chi bộ Văn phòng Sở' }).click();
    const dialog = cell.getByRole('dialog', { name: 'Báo cáo tiến độ nhiệm vụ II.1' });
    const percent = dialog.getByRole('spinbutton', { name: 'Tỷ lệ hoàn thành' });
    await dialog.getByText('Hoàn thành', { exact: true }).click();
    expect(await percent.inputValue()).toBe('100');
    await dialog.getByText('Đang thực hiện', { exact: true }).click();
    expect(Number(await percent.inputValue())).toBeLessThan(100);
    await percent.fill('50');
    await dialog.getByLabel('Kết quả thực hiện').fill('Đã xây dựng đề cương, phân công người chuẩn bị chuyên đề.');
    await dialog.getByLabel('Đường dẫn minh chứng (mỗi dòng một đường dẫn)').fill('https://tuyengiao.vn/de-cuong');
    expect(await horizontalOverflow(cell)).toBe(0);
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await cell.getByText('Đã gửi báo cáo tiến độ.').waitFor();
    await card.getByText('Đang thực hiện').waitFor();
    await card.getByText('50%').waitFor();

    // The task's page keeps the report in its history.
    await card.getByRole('link', { name: /Tổ chức sinh hoạt chuyên đề/ }).click();
    await cell.getByText('Lịch sử báo cáo tiến độ').waitFor();
    await cell.getByText('Đã xây dựng đề cương, phân công người chuẩn bị chuyên đề.').waitFor();
    await cell.getByRole('link', { name: /tuyengiao\.vn\/de-cuong/ }).waitFor();
    expect(await horizontalOverflow(cell)).toBe(0);

    // The cell turns the task into its own draft plan, which cites the higher plan.
    await cell.getByRole('button', { name: 'Cụ thể hóa thành kế hoạch' }).click();
    await cell.getByRole('dialog').getByRole('button', { name: 'Cụ thể hóa thành kế hoạch' }).click();
    await cell.getByText('Đã tạo dự thảo kế hoạch.').waitFor();
    await cell.waitForURL(/\/documents\/[0-9a-f-]+$/);
    await cell.getByRole('heading', { name: `Kế hoạch thực hiện ${planTitle}`, level: 1 }).waitFor();

    // The issuer's board: the plan's figure by its method, the cell's status, the overdue unit.
    const issuer = await harness.openBrowser();
    await signIn(issuer, harness.baseUrl, 'chuyenvien');
    await issuer.goto(`${harness.baseUrl}/documents/${plan.id}/board`);
    await issuer.getByRole('heading', { name: 'Theo dõi thực hiện kế hoạch', level: 1 }).waitFor();
    const figure = issuer.getByRole('region', { name: 'Kết quả thực hiện toàn kế hoạch' });
    await figure.getByText('25%', { exact: true }).waitFor();
    await figure.getByText('Cách tính: Trung bình cộng').waitFor();
    const first = issuer.getByRole('row', { name: /II\.1 Tổ chức sinh hoạt/ });
    await first.getByText('Chi bộ Văn phòng Sở (Chủ trì)').waitFor();
    await first.getByText('Đang thực hiện 50%').waitFor();
    await first.getByText(/^50% · 0\/1 việc hoàn thành/).waitFor();
    await first.getByText('Cụ thể hóa bởi').waitFor();
    const second = issuer.getByRole('row', { name: /II\.2 Rà soát quy chế/ });
    await second.getByText('Chi bộ Phòng Giáo dục Trung học (Chủ trì)').waitFor();
    await second.getByText('Quá hạn').waitFor();
    await second.getByText('Chưa tiếp nhận').waitFor();

    // The task table exports to Excel.
    const download = issuer.waitForEvent('download');
    await issuer.getByRole('button', { name: 'Xuất Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/^Nhiệm vụ Số \d+-KH-ĐUK\.xlsx$/);

    // Filtering by "Quá hạn" leaves the overdue task only.
    await issuer.getByRole('combobox', { name: 'Trạng thái' }).click();
    const overdueOption = issuer.getByTitle('Quá hạn', { exact: true });
    await overdueOption.waitFor();
    await overdueOption.click();
    await issuer.getByRole('row', { name: /II\.1 Tổ chức sinh hoạt/ }).waitFor({ state: 'detached' });
    expect(await issuer.getByRole('row', { name: /II\.2 Rà soát quy chế/ }).count()).toBe(1);

    // The cascade of the overdue task names the unit that has neither acknowledged nor reported.
    await second.getByRole('link', { name: 'Cây cụ thể hóa nhiệm vụ II.2' }).click();
    await issuer.getByRole('heading', { name: 'Cây cụ thể hóa nhiệm vụ', level: 1 }).waitFor();
    await issuer.getByText('Chưa tiếp nhận (1)').waitFor();
    await issuer.getByText('Chưa báo cáo (1)').waitFor();
  });
});
