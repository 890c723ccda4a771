import path from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, apiAs, type Harness, horizontalOverflow, phone, signIn, startHarness, unitIdByCode } from './harness.ts';

/** SCREENSHOT_DIR=folder keeps full-page pictures of the report pages for a person to look at. */
const screenshots = process.env.SCREENSHOT_DIR;
const wide = { width: 1280, height: 900 };
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

const picture = async (page: Page, name: string) => {
  if (screenshots) await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
};

/** The quarter before today's (Vietnam time): its deadline (the quarter's last day) has passed, so a submission today is late. */
function previousQuarter(now = new Date()) {
  const vietnam = new Date(now.getTime() + 7 * 3_600_000);
  const current = Math.floor(vietnam.getUTCMonth() / 3) + 1;
  const year = current === 1 ? vietnam.getUTCFullYear() - 1 : vietnam.getUTCFullYear();
  const quarter = current === 1 ? 4 : current - 1;
  const lastDay = new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
  return { year, period: `${year}-Q${quarter}`, label: `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${year}`, deadline: lastDay };
}

const templateName = 'Báo cáo kiểm thử sinh hoạt chi bộ hằng quý';

/** A quarterly template of the Đảng ủy Khối reported by two cells of the Sở Giáo dục và Đào tạo, due on the quarter's last day. */
async function quarterlyTemplate(staff: ApiCall, cells: string[], name = templateName) {
  const dukId = await unitIdByCode(staff, 'DUK');
  const template = await staff<{ id: string }>('POST', '/report-templates', {
    unitId: dukId,
    definition: {
      name,
      periodType: 'quarter',
      reporters: { by: 'units', unitIds: cells },
      recipient: { to: 'parent' },
      deadline: { rule: 'days_after_end', days: 0 },
      fields: [
        { key: 'so_dang_vien', label: 'Tổng số đảng viên', type: 'integer', required: true, min: 0, prefill: 'members', section: 'I. Tình hình sinh hoạt', aggregation: { method: 'sum' } },
        { key: 'luot_du', label: 'Lượt đảng viên dự sinh hoạt', type: 'integer', required: true, min: 0, help: 'Cộng số người dự của các buổi trong quý.', section: 'I. Tình hình sinh hoạt', aggregation: { method: 'sum' } },
        { key: 'ty_le_du', label: 'Tỷ lệ dự sinh hoạt', type: 'percent', section: 'I. Tình hình sinh hoạt', aggregation: { method: 'ratio', numerator: 'luot_du', denominator: 'so_dang_vien' } },
        { key: 'chuyen_de', label: 'Đã sinh hoạt chuyên đề trong quý', type: 'yes_no', required: true, section: 'II. Kết quả', aggregation: { method: 'count_yes' } },
        { key: 'ket_qua', label: 'Kết quả nổi bật', type: 'long_text', section: 'II. Kết quả' },
        {
          key: 'cac_buoi',
          label: 'Các buổi sinh hoạt',
          type: 'table',
          section: 'II. Kết quả',
          columns: [
            { key: 'noi_dung', label: 'Nội dung', type: 'short_text', required: true },
            { key: 'so_nguoi', label: 'Số người dự', type: 'integer', min: 0 },
          ],
        },
      ],
      rules: [{ left: 'luot_du', op: 'lte', right: 'so_dang_vien' }],
    },
  });
  return template.id;
}

describe('periodic reports in the browser', () => {
  it('submits from two cells (one late), returns one for revision, approves, and rolls up 100 % complete and 50 % on time', async () => {
    const staff = await apiAs(harness.baseUrl, 'chuyenvien');
    const leader = await apiAs(harness.baseUrl, 'lanhdao');
    const cellOne = await unitIdByCode(staff, 'SGDDT-CB1');
    const cellTwo = await unitIdByCode(staff, 'SGDDT-CB2');
    const templateId = await quarterlyTemplate(staff, [cellOne, cellTwo]);
    const quarter = previousQuarter();

    // The second cell's report comes in over the API, on its deadline day (the clock cannot go back: the database can).
    const other = await staff<{ id: string }>('POST', '/reports', { templateId, unitId: cellTwo, period: quarter.period });
    await staff('POST', `/reports/${other.id}/submit`, { values: { so_dang_vien: 8, luot_du: 8, chuyen_de: true } });
    const onTime = `${quarter.deadline}T02:00:00Z`;
    await sql`UPDATE reports SET first_submitted_at = ${onTime}, submitted_at = ${onTime} WHERE id = ${other.id}`.execute(harness.db);

    // The cell secretary fills the first cell's report on a phone, today: late.
    const secretary = await harness.openBrowser(phone);
    await signIn(secretary, harness.baseUrl, 'bithu');
    await secretary.goto(`${harness.baseUrl}/reports?year=${quarter.year}`);
    await secretary.getByRole('button', { name: `Lập báo cáo: ${templateName} — ${quarter.label}` }).click();
    await secretary.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const reportId = secretary.url().split('/').at(-1)!;
    await secretary.getByText('Lấy từ dữ liệu hệ thống').waitFor();
    await secretary.getByLabel(/Tổng số đảng viên/).fill('12');
    await secretary.getByLabel('Lượt đảng viên dự sinh hoạt').fill('30');
    await secretary.getByRole('button', { name: 'Gửi báo cáo' }).click();
    // Refused with the reasons at the fields and in a list; the draft is kept.
    await secretary.getByText(/Chưa gửi được: còn 2 điểm cần sửa/).waitFor();
    await expect.poll(() => secretary.getByRole('alert').filter({ hasText: 'Còn 2 điểm cần sửa trước khi gửi báo cáo' }).count()).toBe(1);
    await secretary.locator('#report_luot_du_help, .ant-form-item-explain-error').filter({ hasText: 'phải ≤' }).first().waitFor();
    await secretary.getByLabel('Lượt đảng viên dự sinh hoạt').fill('10');
    await secretary.locator('#report_chuyen_de').getByText('Có', { exact: true }).click();
    await secretary.getByRole('button', { name: 'Thêm dòng' }).click();
    await secretary.getByLabel('Nội dung', { exact: true }).fill('Sinh hoạt chuyên đề học tập và làm theo tư tưởng Hồ Chí Minh');
    await secretary.getByText('Tự tính từ tử số và mẫu số: 83,3 %').waitFor();
    expect(await horizontalOverflow(secretary)).toBeLessThanOrEqual(0);
    await picture(secretary, 'report-form-390');
    await secretary.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await secretary.getByText('Đã gửi báo cáo.').waitFor();
    await secretary.getByText('Đã gửi, chờ duyệt').first().waitFor();

    // The Đảng ủy Khối's staff finds it among the received reports and returns it with a comment.
    const office = await harness.openBrowser(wide);
    await signIn(office, harness.baseUrl, 'chuyenvien');
    await office.goto(`${harness.baseUrl}/reports/received`);
    await office.getByRole('button', { name: `Xem báo cáo của Chi bộ Văn phòng Sở, ${quarter.label}` }).click();
    await office.getByRole('button', { name: 'Trả lại' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('Ý kiến gửi đơn vị báo cáo').fill('Đề nghị ghi rõ nội dung buổi sinh hoạt chuyên đề.');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await office.getByText('Đã trả lại báo cáo.').waitFor();

    // The secretary sees the comment, and sends the report again.
    await secretary.reload();
    await secretary.getByText('Đề nghị ghi rõ nội dung buổi sinh hoạt chuyên đề.').first().waitFor();
    await secretary.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await secretary.getByText('Đã gửi báo cáo.').waitFor();

    // The leader approves it in the browser (the other one over the API).
    const boss = await harness.openBrowser(wide);
    await signIn(boss, harness.baseUrl, 'lanhdao');
    await boss.goto(`${harness.baseUrl}/reports/${reportId}`);
    await boss.getByRole('button', { name: 'Duyệt' }).click();
    await boss.getByRole('dialog').getByRole('button', { name: 'Duyệt' }).click();
    await boss.getByText('Đã duyệt báo cáo.').waitFor();
    await boss.getByText('Đã duyệt (khóa)').first().waitFor();
    await leader('POST', `/reports/${other.id}/approve`, { acceptGap: false });

    // The roll-up of the Đảng ủy Khối: both in (100 %), one on time (50 %); drill down to the Sở's party committee and back.
    await boss.goto(`${harness.baseUrl}/reports/rollup?templateId=${templateId}&period=${quarter.period}&year=${quarter.year}`);
    const stat = (title: string) => boss.locator('.ant-statistic').filter({ hasText: title });
    await expect.poll(() => stat('Tỷ lệ nộp đủ').textContent()).toContain('100 %');
    await expect.poll(() => stat('Tỷ lệ đúng hạn').textContent()).toContain('50 %');
    await boss.getByRole('table', { name: /Đơn vị nộp muộn/ }).getByText('Chi bộ Văn phòng Sở').waitFor();
    await picture(boss, 'rollup-1280');
    await boss.getByRole('button', { name: /Xem tổng hợp của .*Sở Giáo dục/ }).click();
    await boss.getByRole('navigation').filter({ hasText: 'Đảng ủy Khối' }).getByRole('link').first().waitFor();
    await expect.poll(() => stat('Tỷ lệ đúng hạn').textContent()).toContain('50 %');
    await expect.poll(() => new URL(boss.url()).searchParams.get('unitId')).not.toBeNull();
    expect(await boss.getByRole('link', { name: /tải bảng tổng hợp/i }).getAttribute('href')).toContain('/api/v1/reports/rollup.xlsx?');
  });

  it('drafts a final review from a template’s periods, edits its sections and offers the .docx', async () => {
    const staff = await apiAs(harness.baseUrl, 'chuyenvien');
    const name = 'Báo cáo kiểm thử tổng kết công tác chi bộ';
    await quarterlyTemplate(staff, [await unitIdByCode(staff, 'SGDDT-CB1')], name);
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

    const page = await harness.openBrowser(wide);
    await signIn(page, harness.baseUrl, 'chuyenvien');
    await page.goto(`${harness.baseUrl}/reports/reviews`);
    await page.getByRole('button', { name: 'Tạo văn bản sơ kết, tổng kết' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Tổng kết', { exact: true }).click();
    // Typing filters the list to the option; the list must be gone before the next one opens.
    const choose = async (label: string, option: string) => {
      await dialog.getByLabel(label).fill(option);
      await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).click();
      await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    };
    await choose('Mẫu báo cáo', name);
    await choose('Từ kỳ', `Quý I/${year}`);
    await choose('Đến kỳ', `Quý I/${year}`);
    await dialog.getByRole('button', { name: 'Tạo bản dự thảo' }).click();
    await page.waitForURL(/\/reports\/reviews\/[0-9a-f-]{36}$/);

    await page.getByLabel('Tiêu đề', { exact: true }).fill('Báo cáo tổng kết công tác chi bộ quý I (kiểm thử)');
    await page.getByRole('button', { name: 'Thêm mục' }).click();
    await page.getByLabel('Tiêu đề mục').last().fill('Kiến nghị, đề xuất');
    await page.getByLabel('Nội dung').last().fill('Đề nghị Đảng ủy Khối tổ chức tập huấn nghiệp vụ báo cáo.');
    await page.getByRole('button', { name: 'Lưu văn bản' }).click();
    await page.getByText('Đã lưu văn bản.').waitFor();
    await page.getByRole('heading', { name: 'Báo cáo tổng kết công tác chi bộ quý I (kiểm thử)' }).waitFor();
    await expect.poll(() => page.getByLabel('Tiêu đề mục').last().inputValue()).toBe('Kiến nghị, đề xuất');
    expect(await page.getByRole('link', { name: /Tải văn bản/ }).getAttribute('href')).toMatch(/\/api\/v1\/reviews\/[0-9a-f-]{36}\/docx$/);

    await page.setViewportSize(phone);
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await picture(page, 'review-390');
  });
});
