import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../src/domain/task-status.ts';
import { type ApiCall, apiAs, desktop, type Harness, horizontalOverflow, phone, signIn, startHarness, unitIdByCode } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The person behind a demo account, as the pickers show them. */
async function personOf(login: string, reader: ApiCall): Promise<{ id: string; fullName: string }> {
  const me = await (await apiAs(harness.baseUrl, login))<{ personId: string }>('GET', '/auth/me');
  return reader<{ id: string; fullName: string }>('GET', `/people/${me.personId}`);
}

/** Presses a workflow button of the topic page and confirms its dialog after `fill`. */
async function step(page: Page, button: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: button });
  await fill(dialog);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  // Should the dialog stay open, say what it shows (a refusal, a field error).
  await dialog.waitFor({ state: 'detached' }).catch(async (error: Error) => {
    throw new Error(`"${button}" stayed open showing: ${await dialog.innerText().catch(() => '?')}`, { cause: error });
  });
}

const stateTag = (page: Page, state: string) => page.locator('.ant-tag').filter({ hasText: state }).first().waitFor();

describe('meetings in the browser', () => {
  it('carries a thematic topic of a cell from its choice to the higher committee’s inbox', async () => {
    const today = vietnamToday();
    const year = Number(today.slice(0, 4));
    const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
    const secretaryApi = await apiAs(harness.baseUrl, 'bithu');
    const drafterApi = await apiAs(harness.baseUrl, 'dangvien');
    const drafter = await personOf('dangvien', secretaryApi);
    const title = 'Giải pháp phát huy vai trò gương mẫu của đảng viên trong thực hiện nhiệm vụ chuyên môn';

    // The secretary chooses the quarter's topic in the cell's own words.
    const secretary = await harness.openBrowser(desktop);
    await signIn(secretary, harness.baseUrl, 'bithu');
    await secretary.goto(`${harness.baseUrl}/meetings/topics`);
    await secretary.getByRole('heading', { name: 'Sinh hoạt chuyên đề', level: 1 }).waitFor();
    await secretary.getByText(`Quý 1, 2, 3, 4 năm ${year} chưa có chuyên đề.`).waitFor();
    await secretary.getByRole('button', { name: 'Chọn chuyên đề' }).click();
    const propose = secretary.getByRole('dialog', { name: `Chọn chuyên đề sinh hoạt năm ${year}` });
    // One row per quarter still without a topic: keep only the current quarter's.
    for (const other of [4, 3, 2, 1].filter((q) => q !== quarter)) await propose.getByRole('button', { name: `Bỏ chuyên đề ${other}` }).click();
    await propose.getByLabel('Chi bộ tự đặt').check();
    await propose.getByLabel('Tên chuyên đề').fill(title);
    await propose.getByRole('button', { name: 'Chọn chuyên đề' }).click();
    await propose.waitFor({ state: 'detached' });
    const quarterCard = secretary.locator('.ant-card').filter({ hasText: `Quý ${quarter}/${year}` });
    await quarterCard.getByText('Chi ủy dự kiến').waitFor();
    await secretary.getByText(new RegExp(`Quý [\\d, ]+ năm ${year} chưa có chuyên đề\\.`)).waitFor();
    await quarterCard.getByRole('link', { name: title }).click();

    // The cell decides it (today, in its quarter) and assigns a member to draft it.
    await secretary.getByRole('heading', { name: title, level: 1 }).waitFor();
    await secretary.getByRole('button', { name: 'Chi bộ quyết định', exact: true }).click();
    const decide = secretary.getByRole('dialog', { name: 'Chi bộ quyết định' });
    await decide.getByLabel('Ngày sinh hoạt dự kiến').fill(today.split('-').reverse().join('/'));
    // Enter takes the typed date and submits the dialog.
    await decide.getByLabel('Ngày sinh hoạt dự kiến').press('Enter');
    await decide.waitFor({ state: 'detached' });
    await stateTag(secretary, 'Chi bộ đã quyết định');
    await step(secretary, 'Phân công xây dựng', async (dialog) => {
      await dialog.getByLabel('Người xây dựng chuyên đề').fill(drafter.fullName.split(' ').at(-1)!);
      await secretary.locator('.ant-select-dropdown:visible').getByText(drafter.fullName, { exact: true }).click();
      // A multiple choice keeps its list open over the buttons: a click beside it closes it.
      await dialog.getByText(/Phân công đảng viên/).click();
      await secretary.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
      await dialog.locator('.ant-select-selection-item').filter({ hasText: drafter.fullName }).waitFor();
    });
    await stateTag(secretary, 'Đang xây dựng dự thảo');
    const topicUrl = secretary.url();

    // The drafter writes the draft on a phone.
    const member = await harness.openBrowser(phone);
    await signIn(member, harness.baseUrl, 'dangvien');
    await member.goto(topicUrl);
    await step(member, 'Nộp dự thảo', async (dialog) => {
      await dialog.getByRole('textbox', { name: 'Nội dung' }).fill('Dự thảo lần đầu: thực trạng và giải pháp.');
    });
    await stateTag(member, 'Chờ duyệt dự thảo');
    expect(await horizontalOverflow(member)).toBe(0);

    // The secretary returns it with a comment; the second version is approved.
    await secretary.reload();
    await step(secretary, 'Trả lại, yêu cầu sửa', async (dialog) => {
      await dialog.getByLabel('Ý kiến').fill('Bổ sung số liệu của năm và giải pháp cụ thể cho từng đảng viên.');
    });
    await stateTag(secretary, 'Trả lại để chỉnh sửa');
    await member.reload();
    await member.getByRole('alert').getByText('Bổ sung số liệu của năm và giải pháp cụ thể cho từng đảng viên.').waitFor();
    const topicId = topicUrl.split('/').at(-1)!;
    await drafterApi('POST', `/meetings/topics/${topicId}/draft`, { body: '<p>Dự thảo lần hai, có số liệu và giải pháp cụ thể.</p>' });
    await secretary.reload();
    await secretary.getByText('Dự thảo lần 2').waitFor();
    await secretary.getByText('Dự thảo lần 1').waitFor();
    await step(secretary, 'Duyệt dự thảo');
    await stateTag(secretary, 'Dự thảo đã duyệt');

    // The meeting starts in a few seconds (not the point here; a meeting cannot be scheduled in the
    // past) — enough for the sending below to come before it on a loaded machine (8 s was not).
    const cellId = await unitIdByCode(secretaryApi, 'SGDDT-CB1');
    const startsAt = new Date(Date.now() + 20_000);
    await secretaryApi('POST', '/meetings', { unitId: cellId, kind: 'thematic_cell', title: `Sinh hoạt chuyên đề quý ${quarter}`, startsAt: startsAt.toISOString(), topicId });

    // Sending on the meeting's day is later than 3 days before: warned, not refused.
    await secretary.reload();
    await secretary.getByRole('button', { name: 'Gửi đảng viên', exact: true }).click();
    const send = secretary.getByRole('dialog', { name: 'Gửi đảng viên' });
    await send.getByText(/Đã quá hạn gửi/).waitFor();
    await send.getByRole('button', { name: 'Gửi đảng viên', exact: true }).click();
    await secretary.getByText(/Dự thảo được gửi đảng viên muộn/).first().waitFor();
    await stateTag(secretary, 'Đã gửi đảng viên');

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt.getTime() - Date.now() + 500)));
    await step(secretary, 'Ghi nhận buổi sinh hoạt', async (dialog) => {
      await dialog.getByLabel('Đánh giá việc chuẩn bị, chất lượng chuyên đề').fill('Chuẩn bị chu đáo, nội dung sát thực tế.');
      await dialog.getByLabel('Kết luận').fill('Tiếp thu ý kiến, bổ sung giải pháp cho từng bộ phận.');
    });
    await stateTag(secretary, 'Đã sinh hoạt');

    await member.reload();
    await step(member, 'Nộp bản hoàn thiện', async (dialog) => {
      await dialog.getByRole('textbox', { name: 'Nội dung' }).fill('Bản hoàn thiện sau buổi sinh hoạt.');
    });
    await stateTag(member, 'Đã hoàn thiện');

    await secretary.reload();
    await step(secretary, 'Báo cáo cấp ủy cấp trên');
    await stateTag(secretary, 'Đã báo cáo cấp trên');

    // The higher committee finds it in its inbox.
    const staff = await harness.openBrowser(desktop);
    await signIn(staff, harness.baseUrl, 'chuyenvien');
    await staff.getByRole('navigation', { name: 'Menu chính' }).getByText('Chuyên đề được báo cáo').click();
    await staff.getByRole('heading', { name: 'Chuyên đề các chi bộ báo cáo', level: 1 }).waitFor();
    const report = staff.getByRole('listitem').filter({ hasText: title });
    await report.getByText('Đã báo cáo cấp trên').waitFor();
    await report.getByText('Chi bộ Văn phòng Sở').waitFor();
    await staff.getByText('Tiếp thu ý kiến, bổ sung giải pháp cho từng bộ phận.').waitFor();
  }, 300_000);

  it('takes attendance in a few taps on a phone, with a member checking in by the code', async () => {
    const secretaryApi = await apiAs(harness.baseUrl, 'bithu');
    const cellId = await unitIdByCode(secretaryApi, 'SGDDT-CB1');
    const drafter = await personOf('dangvien', secretaryApi);
    const created = await secretaryApi<{ meeting: { id: string; invitees: { id: string; name: string; personId: string | null }[]; checkInCode: string } }>('POST', '/meetings', {
      unitId: cellId,
      kind: 'regular_cell',
      title: 'Sinh hoạt chi bộ tháng kiểm thử',
      startsAt: new Date(Date.now() + 10 * 60_000).toISOString(),
      place: 'Phòng họp tầng 3',
      guests: [{ name: 'Trần Văn Đại Biểu', title: 'Chuyên viên', organization: 'Ban Tổ chức Đảng ủy Khối' }],
    });
    const meeting = created.meeting;
    const members = meeting.invitees.filter((invitee) => invitee.personId && invitee.personId !== drafter.id);
    expect(members.length).toBeGreaterThanOrEqual(2);

    // A member opens the QR code's address and confirms.
    const member = await harness.openBrowser(phone);
    await signIn(member, harness.baseUrl, 'dangvien');
    await member.goto(`${harness.baseUrl}/meetings/${meeting.id}/check-in?code=${meeting.checkInCode}`);
    expect(await member.getByLabel('Mã điểm danh').inputValue()).toBe(meeting.checkInCode);
    await member.getByRole('button', { name: 'Xác nhận có mặt' }).click();
    await member.getByText('Bạn đã điểm danh').waitFor();
    await member.locator('.ant-tag').filter({ hasText: 'Có mặt' }).waitFor();

    // The secretary shows the code for the room, then marks the rest.
    const page = await harness.openBrowser(phone);
    await signIn(page, harness.baseUrl, 'bithu');
    await page.goto(`${harness.baseUrl}/meetings/${meeting.id}`);
    await page.getByRole('button', { name: 'Mã điểm danh' }).click();
    const codeDialog = page.getByRole('dialog', { name: 'Mã điểm danh cho đảng viên' });
    await codeDialog.getByTestId('check-in-code').getByText(meeting.checkInCode).waitFor();
    await codeDialog.getByRole('img', { name: 'Mã QR để điểm danh' }).waitFor();
    await codeDialog.getByRole('button', { name: 'Đóng' }).first().click();

    await page.getByRole('tab', { name: /Điểm danh/ }).click();
    const rowOf = (name: string) => page.getByRole('listitem', { name });
    await rowOf(drafter.fullName).getByText('đã tự điểm danh').waitFor();
    const [late, excused] = members;
    await rowOf(late!.name).getByRole('button', { name: 'Đến muộn' }).click();
    await rowOf(excused!.name).getByRole('button', { name: 'Vắng có lý do' }).click();
    const reason = page.getByRole('dialog', { name: `Lý do vắng của ${excused!.name}` });
    await reason.getByLabel('Lý do vắng').fill('Đi công tác tại Hà Nội');
    await reason.getByRole('button', { name: 'Lưu' }).click();
    await rowOf(excused!.name).getByText('Lý do: Đi công tác tại Hà Nội').waitFor();
    await page.getByRole('button', { name: 'Những người còn lại có mặt' }).click();

    // Everyone is marked; the counts are the members' (the guest is marked but not counted).
    const marked = meeting.invitees.length;
    const invited = marked - 1;
    const attended = invited - 1;
    const counts = page.getByRole('group', { name: 'Tổng hợp điểm danh' });
    await counts.getByText(`${Math.round((1000 * attended) / invited) / 10}%`).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByRole('button', { name: `Lưu điểm danh (${marked} người)` }).click();
    await page.getByText('Đã lưu điểm danh.').waitFor();

    const saved = await secretaryApi<{ summary: { present: number; late: number; absentExcused: number; unmarked: number }; invitees: { id: string; attendance: { status: string; reason: string | null } | null }[] }>('GET', `/meetings/${meeting.id}`);
    expect(saved.summary).toMatchObject({ present: invited - 2, late: 1, absentExcused: 1, unmarked: 0 });
    expect(saved.invitees.find((invitee) => invitee.id === excused!.id)?.attendance).toMatchObject({ status: 'absent_excused', reason: 'Đi công tác tại Hà Nội' });
    await page.getByRole('tab', { name: `Điểm danh (${attended}/${invited})` }).waitFor();
  }, 180_000);
});
