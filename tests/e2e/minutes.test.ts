import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToText } from '../../src/importer/docx.ts';
import { apiAs, type Harness, horizontalOverflow, phone, signIn, startHarness, unitIdByCode } from './harness.ts';

let harness: Harness;
const wide = { width: 1280, height: 900 };
/** SCREENSHOT_DIR=folder keeps full-page pictures of the minutes panel for a person to look at. */
const screenshots = process.env.SCREENSHOT_DIR;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function picture(page: Page, name: string) {
  if (!screenshots) return;
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** A meeting of the demo cell presided by its secretary, in a few minutes. */
async function cellMeeting(title: string) {
  const secretaryApi = await apiAs(harness.baseUrl, 'bithu');
  const me = await secretaryApi<{ personId: string }>('GET', '/auth/me');
  const cellId = await unitIdByCode(secretaryApi, 'SGDDT-CB1');
  const created = await secretaryApi<{ meeting: { id: string } }>('POST', '/meetings', {
    unitId: cellId,
    kind: 'regular_cell',
    title,
    startsAt: new Date(Date.now() + 10 * 60_000).toISOString(),
    place: 'Phòng họp tầng 3',
    presidingPersonId: me.personId,
  });
  return created.meeting.id;
}

async function openMinutes(page: Page, meetingId: string) {
  await page.goto(`${harness.baseUrl}/meetings/${meetingId}`);
  await page.getByRole('tab', { name: /Biên bản/ }).click();
}

describe('minutes in the browser', () => {
  it('writes minutes with a follow-up, approves them into a task, links the task and downloads the .docx', async () => {
    const title = 'Sinh hoạt chi bộ kiểm thử biên bản';
    const meetingId = await cellMeeting(title);
    const secretaryApi = await apiAs(harness.baseUrl, 'bithu');
    const member = await secretaryApi<{ id: string; fullName: string }>('GET', `/people/${(await (await apiAs(harness.baseUrl, 'dangvien'))<{ personId: string }>('GET', '/auth/me')).personId}`);
    const nextYear = new Date().getFullYear() + 1;

    const page = await harness.openBrowser(wide);
    await signIn(page, harness.baseUrl, 'bithu');
    await openMinutes(page, meetingId);
    await page.getByRole('textbox', { name: 'Nội dung biên bản' }).fill('Chi bộ đánh giá kết quả công tác tháng và thống nhất nhiệm vụ tháng tới.');
    await page.getByLabel('Kết luận').fill('Giao chi ủy hoàn thiện kế hoạch kiểm tra.');
    await page.getByRole('button', { name: 'Thêm việc' }).click();
    await page.getByLabel('Việc 1', { exact: true }).fill('Rà soát hồ sơ đảng viên của chi bộ');
    // The cell is preselected as the responsible unit; the person is one of its members.
    await page.getByRole('combobox', { name: 'Đơn vị thực hiện' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').getByText('Chi bộ Văn phòng Sở').waitFor();
    await page.getByLabel('Người phụ trách (không bắt buộc)').fill(member.fullName.split(' ').at(-1)!);
    await page.locator('.ant-select-dropdown:visible').getByText(member.fullName, { exact: true }).click();
    await page.getByLabel('Thời hạn').fill(`15/01/${nextYear}`);
    await page.getByLabel('Thời hạn').press('Enter');
    await page.getByRole('button', { name: 'Lưu biên bản' }).click();
    // Enter may already have submitted the form (the picker closed first), so one or two notices.
    await page.getByText('Đã lưu biên bản.').first().waitFor();
    await picture(page, 'minutes-form-1280');

    await page.getByRole('button', { name: 'Duyệt biên bản' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText(/1 việc cần thực hiện được ban hành thành Thông báo kết luận/).waitFor();
    await confirm.getByRole('button', { name: 'Duyệt biên bản' }).click();
    await page.getByText('Đã duyệt biên bản.').waitFor();

    // Approved: the follow-up shows its task, the unit's status and the notice that assigned it.
    const item = page.locator('.minutes-follow-ups li').filter({ hasText: 'Rà soát hồ sơ đảng viên của chi bộ' });
    await item.getByText(`Chi bộ Văn phòng Sở · ${member.fullName}`).waitFor();
    await item.locator('.ant-tag').filter({ hasText: 'Chưa thực hiện' }).waitFor();
    await item.getByText(`15/01/${nextYear}`).waitFor();
    await page.getByRole('link', { name: /^Số \d+-TB\/.+ · Kết luận cuộc họp Sinh hoạt chi bộ kiểm thử biên bản ngày/ }).waitFor();
    await picture(page, 'minutes-approved-1280');

    // The .docx comes down with the title and the follow-up in it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải biên bản (.docx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Biên bản Sinh hoạt chi bộ kiểm thử biên bản \d\d-\d\d-\d{4}\.docx$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-minutes-')), 'minutes.docx');
    await download.saveAs(file);
    const text = await docxToText(fs.readFileSync(file));
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain(title);
    expect(text).toContain('Rà soát hồ sơ đảng viên của chi bộ');
    expect(text).toContain('Giao chi ủy hoàn thiện kế hoạch kiểm tra.');

    // The task link opens the cell's task.
    await item.getByRole('link', { name: 'Nhiệm vụ II.1' }).click();
    await page.waitForURL(/\/tasks\/[0-9a-f-]+$/);
    await page.getByText('Rà soát hồ sơ đảng viên của chi bộ').first().waitFor();

    // On a phone the approved minutes fit the screen.
    const mobile = await harness.openBrowser(phone);
    await signIn(mobile, harness.baseUrl, 'bithu');
    await openMinutes(mobile, meetingId);
    await mobile.getByRole('link', { name: 'Nhiệm vụ II.1' }).waitFor();
    expect(await horizontalOverflow(mobile)).toBe(0);
    await picture(mobile, 'minutes-approved-390');
  }, 240_000);

  it('edits follow-ups on a phone and refuses a due date before the meeting', async () => {
    const meetingId = await cellMeeting('Sinh hoạt chi bộ trên điện thoại');
    const page = await harness.openBrowser(phone);
    await signIn(page, harness.baseUrl, 'bithu');
    await openMinutes(page, meetingId);
    await page.getByRole('textbox', { name: 'Nội dung biên bản' }).fill('Nội dung ngắn.');
    await page.getByRole('button', { name: 'Thêm việc' }).click();
    await page.getByLabel('Việc 1', { exact: true }).fill('Chuẩn bị hội nghị');
    await page.getByLabel('Thời hạn').fill('01/01/2020');
    await page.getByLabel('Thời hạn').press('Enter');
    await page.getByRole('button', { name: 'Lưu biên bản' }).click();
    await page.getByText(/Thời hạn không được trước ngày họp|Không được để trống/).first().waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await picture(page, 'minutes-form-390');
  }, 120_000);
});
