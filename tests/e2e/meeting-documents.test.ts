import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, apiAs, desktop, type Harness, horizontalOverflow, phone, signIn, startHarness, unitIdByCode } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** SCREENSHOTS=folder keeps pictures of a part of a page (or the screen) for a person to look at, once the toasts are gone. */
async function picture(target: Page | Locator, name: string) {
  if (!process.env.SCREENSHOTS) return;
  const page = 'page' in target ? target.page() : target;
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  if ('page' in target) await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(500); // drawers and scrolling settle
  await (process.env.SCREENSHOTS_SCREEN ? page : target).screenshot({ path: `${process.env.SCREENSHOTS}/${name}.png` });
}

/** An issued plan of the bloc committee that gives the cell a task: the cell may read and link it. */
async function issuedPlan(cellId: string, title: string): Promise<void> {
  const staff: ApiCall = await apiAs(harness.baseUrl, 'chuyenvien');
  const duk = await unitIdByCode(staff, 'DUK');
  const plan = await staff<{ id: string }>('POST', '/documents', { issuerUnitIds: [duk], typeCode: 'KH', title });
  await staff('POST', `/documents/${plan.id}/tasks`, { code: '1', title: 'Tổ chức học tập, quán triệt nghị quyết', units: [{ unitId: cellId, role: 'lead' }] });
  await (await apiAs(harness.baseUrl, 'lanhdao'))('POST', `/documents/${plan.id}/issue`, {});
}

describe('a meeting’s invitation and documents in the browser', () => {
  it('lets the organizer attach documents, and the member open the invitation from the bell and download them', async () => {
    const secretaryApi = await apiAs(harness.baseUrl, 'bithu');
    const cellId = await unitIdByCode(secretaryApi, 'SGDDT-CB1');
    const planTitle = 'Kế hoạch học tập, quán triệt Nghị quyết Đại hội Đảng bộ Khối';
    await issuedPlan(cellId, planTitle);
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(12, 30, 0, 0); // 19:30 in Vietnam
    const title = 'Hội nghị học tập Nghị quyết Đại hội';
    const { meeting } = await secretaryApi<{ meeting: { id: string } }>('POST', '/meetings', { unitId: cellId, kind: 'regular_cell', title, startsAt: startsAt.toISOString(), place: 'Hội trường tầng 2' });

    // The organizer uploads the report outline and links the plan from the registry.
    const secretary = await harness.openBrowser(desktop);
    await signIn(secretary, harness.baseUrl, 'bithu');
    await secretary.goto(`${harness.baseUrl}/meetings/${meeting.id}`);
    const section = secretary.getByRole('region', { name: 'Tài liệu' });
    await section.getByText('Chưa có tài liệu nào.').waitFor();
    await section.locator('input[type=file]').setInputFiles({ name: 'Đề cương báo cáo.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 Đề cương báo cáo đề dẫn') });
    await secretary.getByText('Đã tải lên “Đề cương báo cáo.pdf”.').waitFor();
    // A renamed file is refused with the server's reason.
    await section.locator('input[type=file]').setInputFiles({ name: 'chuong-trinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ không phải PDF') });
    await secretary.getByText(/^Chỉ nhận tệp \.pdf, \.docx/).waitFor();
    await section.getByRole('button', { name: 'Liên kết văn bản' }).click();
    // The organizer's controls fit a phone's width too.
    await secretary.setViewportSize(phone);
    // The layout follows the new width after a render or two.
    await expect.poll(() => horizontalOverflow(secretary)).toBe(0);
    await picture(section, 'meeting-documents-organizer-390');
    await secretary.setViewportSize(desktop);
    await section.getByLabel('Văn bản đã ban hành trong sổ văn bản').fill('quán triệt Nghị quyết');
    await secretary.locator('.ant-select-dropdown:visible').getByText(new RegExp(planTitle)).click();
    await section.getByRole('button', { name: 'Liên kết', exact: true }).click();
    await secretary.getByText('Đã liên kết văn bản.').waitFor();
    const linked = secretary.getByRole('region', { name: 'Tài liệu (2)' });
    await linked.getByRole('link', { name: new RegExp(planTitle) }).waitFor();
    await secretary.setViewportSize({ width: 1280, height: 800 });
    await picture(linked, 'meeting-documents-1280');

    // The member, on a phone, finds the invitation under the bell and opens the meeting.
    const member = await harness.openBrowser(phone);
    await signIn(member, harness.baseUrl, 'dangvien');
    await member.getByRole('button', { name: /^Thông báo: \d+ chưa đọc$/ }).click();
    const panel = member.getByRole('dialog', { name: 'Thông báo' });
    const invitation = panel.getByRole('button', { name: new RegExp(`Thư mời: ${title} — 19:30 ngày \\d\\d/\\d\\d/\\d{4} tại Hội trường tầng 2`) });
    await invitation.waitFor();
    expect(await horizontalOverflow(member)).toBe(0);
    await picture(member, 'bell-390');
    await invitation.click();
    await member.waitForURL(new RegExp(`/meetings/${meeting.id}$`));
    await member.getByRole('heading', { name: title, level: 1 }).waitFor();
    const documents = member.getByRole('region', { name: 'Tài liệu (2)' });
    await documents.getByText(planTitle, { exact: false }).waitFor();
    // Members read and download; they do not manage.
    expect(await documents.getByRole('button', { name: 'Tải tệp lên' }).count()).toBe(0);
    expect(await documents.getByRole('button', { name: /^Gỡ/ }).count()).toBe(0);
    expect(await horizontalOverflow(member)).toBe(0);
    await documents.scrollIntoViewIfNeeded();
    await picture(member, 'meeting-documents-390');
    await picture(documents, 'meeting-documents-section-390');
    const download = member.waitForEvent('download');
    await documents.getByRole('link', { name: 'Tải xuống Đề cương báo cáo.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('Đề cương báo cáo.pdf');

    // On a desktop the bell opens a panel under the header.
    const desk = await harness.openBrowser({ width: 1280, height: 800 });
    await signIn(desk, harness.baseUrl, 'dangvien');
    await desk.getByRole('button', { name: /^Thông báo/ }).click();
    await desk.getByRole('region', { name: 'Thông báo' }).getByText(`Thư mời: ${title}`, { exact: false }).waitFor();
    await picture(desk, 'bell-1280');

    // The organizer removes the file; the link stays.
    await secretary.getByRole('button', { name: 'Gỡ “Đề cương báo cáo.pdf”' }).click();
    await secretary.getByRole('dialog').getByRole('button', { name: 'Gỡ tài liệu' }).click();
    await secretary.getByText('Đã gỡ tài liệu.').waitFor();
    await secretary.getByRole('region', { name: 'Tài liệu (1)' }).waitFor();
  }, 180_000);
});
