import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../domain/task-status.ts';
import { newId } from '../../db/ids.ts';
import { seedDemoMeetings } from '../../demo/seed-meetings.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
let secretary: Client;
let member: Client;
let staff: Client;
let leader: Client;
let cell: string;
let memberPersonId: string;
let secretaryPersonId: string;
const thisYear = Number(vietnamToday().slice(0, 4));
const nextYear = thisYear + 1;

beforeAll(async () => {
  t = await createTestApp();
  [secretary, member, staff, leader] = await Promise.all([t.signIn('bithu'), t.signIn('dangvien'), t.signIn('chuyenvien'), t.signIn('lanhdao')]);
  cell = await t.unitId('SGDDT-CB1');
  const people = await t.db.selectFrom('users').select(['login', 'person_id']).where('login', 'in', ['bithu', 'dangvien']).execute();
  secretaryPersonId = people.find((row) => row.login === 'bithu')!.person_id!;
  memberPersonId = people.find((row) => row.login === 'dangvien')!.person_id!;
});
afterAll(() => t.close());

/** The harness client has no PUT; the minutes are saved with one. */
const put = (client: Client, url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url, payload, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const count = async (table: 'attendance' | 'meetings' | 'minutes', column: string, value: string) =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where(column as never, '=', value as never).executeTakeFirstOrThrow()).n);

/** Someone active in another cell: never invited to SGDDT-CB1's meetings. */
async function outsiderId() {
  const other = await t.unitId('SGDDT-CB2');
  const row = await t.db.selectFrom('memberships').select('person_id').where('unit_id', '=', other).where('ended_on', 'is', null).executeTakeFirstOrThrow();
  return row.person_id;
}

/** Time passes in tests by moving the meeting into the past rather than waiting. */
async function startMeetingNow(meetingId: string) {
  await t.db
    .updateTable('meetings')
    .set({ starts_at: new Date(Date.now() - 60 * 60_000), ends_at: new Date(Date.now() + 60 * 60_000) })
    .where('id', '=', meetingId)
    .execute();
}

describe('scheduling', () => {
  it('refuses a meeting in the past and warns about a clash without refusing it', async () => {
    const past = await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'regular_cell', startsAt: new Date(Date.now() - 86_400_000).toISOString() });
    expect(past.statusCode).toBe(422);
    expect(past.json().detail).toMatch(/^Không thể lên lịch cuộc họp vào thời điểm đã qua \(\d\d\/\d\d\/\d{4} \d\d:\d\d\)\.$/);
    const before = await count('meetings', 'unit_id', cell);

    const first = await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'committee', startsAt: `${nextYear}-03-03T08:00:00+07:00`, endsAt: `${nextYear}-03-03T10:00:00+07:00` });
    expect(first.statusCode).toBe(201);
    expect(first.json().warnings).toEqual([]);
    const clash = await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'regular_cell', startsAt: `${nextYear}-03-03T09:30:00+07:00` });
    expect(clash.statusCode).toBe(201);
    expect(clash.json().warnings).toHaveLength(1);
    expect(clash.json().warnings[0]).toMatchObject({ code: 'clash', meetings: [{ id: first.json().meeting.id }] });
    expect(clash.json().warnings[0].message).toContain('Trùng thời gian');
    const apart = await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'regular_cell', startsAt: `${nextYear}-03-03T12:00:00+07:00` });
    expect(apart.json().warnings).toEqual([]);
    expect(await count('meetings', 'unit_id', cell)).toBe(before + 3);

    // A committee meeting invites the cell's leadership; a regular one all its members, with the script of the guidance.
    const committee = first.json().meeting;
    expect(committee.invitees.map((i: { personId: string }) => i.personId)).toContain(secretaryPersonId);
    expect(committee.invitees.map((i: { personId: string }) => i.personId)).not.toContain(memberPersonId);
    expect(clash.json().meeting.invitees.map((i: { personId: string }) => i.personId)).toContain(memberPersonId);
    expect(clash.json().meeting.agenda[0]).toEqual({ part: 'opening', text: 'Tuyên bố lý do, giới thiệu đại biểu (nếu có)' });
  });

  it('lets only organizers schedule, and hides the check-in code from members', async () => {
    expect((await member.post('/api/v1/meetings', { unitId: cell, kind: 'regular_cell', startsAt: inMinutes(600) })).statusCode).toBe(403);
    expect((await secretary.post('/api/v1/meetings', { unitId: await t.unitId('SGDDT-CB2'), kind: 'regular_cell', startsAt: inMinutes(600) })).statusCode).toBe(403);
    const created = (await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'regular_cell', startsAt: inMinutes(600) })).json().meeting;
    expect(created.checkInCode).toMatch(/^\d{6}$/);
    const seen = (await member.get(`/api/v1/meetings/${created.id}`)).json();
    expect(seen.checkInCode).toBeNull();
    expect(seen.myInvitation).not.toBeNull();
    expect((await member.get('/api/v1/meetings')).json().items.map((m: { id: string }) => m.id)).toContain(created.id);
  });
});

describe('attendance', () => {
  it('refuses a batch with a bad mark and writes nothing, then records a good one; members check in with the code', async () => {
    const meeting = (await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'regular_cell', startsAt: inMinutes(5), guests: [{ name: 'Trần Văn Khách', title: 'Chuyên viên', organization: 'Ban Tổ chức Đảng ủy Khối' }] })).json().meeting;
    const members = meeting.invitees.filter((i: { isGuest: boolean }) => !i.isGuest);
    const guest = meeting.invitees.find((i: { isGuest: boolean }) => i.isGuest);
    const others = members.filter((i: { personId: string }) => i.personId !== memberPersonId);
    const bad = await secretary.post(`/api/v1/meetings/${meeting.id}/attendance`, {
      marks: [
        { inviteeId: others[0].id, status: 'present' },
        { inviteeId: others[1].id, status: 'absent_excused' },
        { personId: await outsiderId(), status: 'present' },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toBe('Có 2 dòng điểm danh không hợp lệ; chưa ghi nhận dòng nào.');
    expect(bad.json().errors).toEqual([
      { path: 'body.marks.1', message: 'Vắng có lý do thì cần ghi lý do.' },
      { path: 'body.marks.2', message: 'Người này không có trong danh sách mời hoặc đại biểu của cuộc họp.' },
    ]);
    expect(await count('attendance', 'meeting_id', meeting.id)).toBe(0);

    const good = await secretary.post(`/api/v1/meetings/${meeting.id}/attendance`, {
      marks: [
        { inviteeId: others[0].id, status: 'present' },
        { inviteeId: others[1].id, status: 'absent_excused', reason: 'Đi công tác' },
        { personId: others[2].personId, status: 'absent_unexcused' },
        { inviteeId: guest.id, status: 'present' },
      ],
    });
    expect(good.statusCode).toBe(200);
    expect(good.json().summary).toMatchObject({ invited: members.length, present: 1, absentExcused: 1, absentUnexcused: 1, unmarked: members.length - 3 });
    expect((await member.post(`/api/v1/meetings/${meeting.id}/attendance`, { marks: [{ inviteeId: others[0].id, status: 'late' }] })).statusCode).toBe(403);

    expect((await member.post(`/api/v1/meetings/${meeting.id}/check-in`, { code: '000000' === meeting.checkInCode ? '111111' : '000000' })).json().detail).toBe('Mã điểm danh không đúng.');
    const checkedIn = await member.post(`/api/v1/meetings/${meeting.id}/check-in`, { code: meeting.checkInCode });
    expect(checkedIn.statusCode).toBe(200);
    expect(checkedIn.json().myInvitation.attendance).toMatchObject({ status: 'present', statusLabel: 'Có mặt' });
    expect(checkedIn.json().attendance).toMatchObject({ invited: members.length, attended: 2, marked: 4 });

    // A meeting far ahead is not open for self check-in.
    const later = (await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'regular_cell', startsAt: inMinutes(3 * 24 * 60) })).json().meeting;
    const closed = await member.post(`/api/v1/meetings/${later.id}/check-in`, { code: later.checkInCode });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().detail).toMatch(/^Chỉ tự điểm danh được trong thời gian diễn ra cuộc họp/);

    await startMeetingNow(meeting.id);
    const stats = (await secretary.get(`/api/v1/meetings/attendance/unit?unitId=${cell}&year=${thisYear}`)).json();
    const mine = stats.members.find((row: { personId: string }) => row.personId === memberPersonId);
    expect(mine).toMatchObject({ invited: 1, present: 1, rate: 100 });
    expect(stats.totals).toMatchObject({ meetings: 1, invited: members.length, attended: 2 });
    const own = (await member.get(`/api/v1/meetings/attendance/person/${memberPersonId}?year=${thisYear}`)).json();
    expect(own.summary).toMatchObject({ invited: 1, present: 1, rate: 100 });
    expect((await member.get(`/api/v1/meetings/attendance/person/${others[0].personId}?year=${thisYear}`)).statusCode).toBe(403);
  });
});

describe('minutes', () => {
  it('are sanitized, approved by the secretary and then locked', async () => {
    const meeting = (await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'regular_cell', startsAt: inMinutes(60), presidingPersonId: secretaryPersonId })).json().meeting;
    const saved = await put(secretary, `/api/v1/meetings/${meeting.id}/minutes`, {
      bodyHtml: '<p>Chi bộ thống nhất <strong>kế hoạch tháng</strong>.</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>',
      conclusions: 'Giao chi ủy hoàn thiện kế hoạch.',
      followUps: [{ text: 'Hoàn thiện kế hoạch tháng', unitId: cell, dueOn: `${nextYear}-01-10` }],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().bodyHtml).toBe('<p>Chi bộ thống nhất <strong>kế hoạch tháng</strong>.</p><a rel="noopener noreferrer" target="_blank">x</a>');
    expect(saved.json().allowed).toEqual({ edit: true, approve: true });
    expect((await put(member, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Sửa</p>' })).statusCode).toBe(403);
    expect((await member.post(`/api/v1/meetings/${meeting.id}/minutes/approve`)).statusCode).toBe(403);
    const approved = await secretary.post(`/api/v1/meetings/${meeting.id}/minutes/approve`);
    expect(approved.json()).toMatchObject({ status: 'approved', approvedBy: 'Bí thư Chi bộ Văn phòng Sở', allowed: { edit: false, approve: false } });
    const edit = await put(secretary, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Sửa sau khi duyệt</p>' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toBe('Biên bản đã được duyệt và khóa; không thể sửa.');
    expect((await secretary.get(`/api/v1/meetings/${meeting.id}/minutes`)).json().conclusions).toBe('Giao chi ủy hoàn thiện kế hoạch.');
  });
});

describe('the thematic-meeting cycle of 09-HD/ĐUK', () => {
  it('offers the demo catalogue of the guidance (sections 1.1–1.3) to the cells under ĐUK', async () => {
    expect(await seedDemoMeetings(t.db, 2026)).toBe(2 * 17);
    const items = (await member.get(`/api/v1/meetings/topic-catalogue?unitId=${cell}&year=2021`)).json();
    expect(items).toHaveLength(17);
    expect(items.map((item: { section: string }) => item.section).filter((value: string, index: number, all: string[]) => all.indexOf(value) === index)).toEqual([
      '1.1. Về công tác xây dựng Đảng',
      '1.2. Về thực hiện nhiệm vụ chuyên môn của đơn vị',
      '1.3. Công tác lãnh đạo xây dựng các đoàn thể',
    ]);
    expect(items[10]).toMatchObject({ position: 11, title: 'Giải pháp tăng cường công tác kiểm tra, giám sát của chi bộ.', unit: { name: 'Đảng ủy Khối Dân - Chính - Đảng Thành phố' } });
    const demoYear = (await member.get(`/api/v1/meetings/topic-catalogue?unitId=${cell}&year=2026`)).json();
    expect(demoYear.map((item: { title: string }) => item.title)).toContain('Chi bộ lãnh đạo và hỗ trợ các đoàn thể thực hiện nhiệm vụ công tác năm 2026.');
  });

  it('goes from topic choice to the report reaching ĐUK', async () => {
    const duk = await t.unitId('DUK');
    const item = await staff.post('/api/v1/meetings/topic-catalogue', { unitId: duk, year: nextYear, section: '1.1. Về công tác xây dựng Đảng', title: 'Giải pháp tăng cường công tác kiểm tra, giám sát của chi bộ.' });
    expect(item.statusCode).toBe(201);
    const catalogue = (await secretary.get(`/api/v1/meetings/topic-catalogue?unitId=${cell}&year=${nextYear}`)).json();
    expect(catalogue.map((row: { id: string }) => row.id)).toContain(item.json().id);

    const proposal = {
      unitId: cell,
      year: nextYear,
      topics: [
        { quarter: 1, catalogueItemId: item.json().id },
        { quarter: 2, title: 'Nâng cao chất lượng sinh hoạt chi bộ' },
        { quarter: 3, title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
        { quarter: 4, title: 'Công tác phát triển đảng viên mới' },
      ],
    };
    expect((await member.post('/api/v1/meetings/topics', proposal)).statusCode).toBe(403);
    const proposed = await secretary.post('/api/v1/meetings/topics', proposal);
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json().quartersWithoutTopic).toEqual([]);
    const topicId = proposed.json().created[0];
    let topic = (await secretary.get(`/api/v1/meetings/topics/${topicId}`)).json();
    expect(topic).toMatchObject({ state: 'proposed', title: 'Giải pháp tăng cường công tác kiểm tra, giám sát của chi bộ.', catalogueItem: { id: item.json().id } });
    expect(topic.allowed.actions).toEqual(['decide']);

    const wrongQuarter = await secretary.post(`/api/v1/meetings/topics/${topicId}/decide`, { plannedOn: `${nextYear}-05-10` });
    expect(wrongQuarter.statusCode).toBe(422);
    expect(wrongQuarter.json().detail).toBe(`Ngày sinh hoạt 10/05/${nextYear} không thuộc quý 1/${nextYear}.`);
    expect((await secretary.post(`/api/v1/meetings/topics/${topicId}/decide`, { plannedOn: `${nextYear}-02-10` })).json().topic.state).toBe('decided');
    const again = await secretary.post(`/api/v1/meetings/topics/${topicId}/decide`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Chỉ quyết định được chuyên đề đang ở bước chi ủy dự kiến.');

    const outsider = await secretary.post(`/api/v1/meetings/topics/${topicId}/drafters`, { personIds: [await outsiderId()] });
    expect(outsider.statusCode).toBe(422);
    expect((await secretary.post(`/api/v1/meetings/topics/${topicId}/drafters`, { personIds: [memberPersonId] })).json().topic.state).toBe('drafting');

    expect((await secretary.post(`/api/v1/meetings/topics/${topicId}/approve`, {})).statusCode).toBe(409);
    expect((await member.post(`/api/v1/meetings/topics/${topicId}/draft`, { body: '<p>Dự thảo lần 1</p>' })).json().topic.state).toBe('submitted');
    const byMember = await member.post(`/api/v1/meetings/topics/${topicId}/approve`, {});
    expect(byMember.statusCode).toBe(403);
    expect(byMember.json().detail).toBe('Chỉ bí thư hoặc chi ủy viên mới thực hiện được bước này.');
    expect((await secretary.post(`/api/v1/meetings/topics/${topicId}/return`, { comment: '' })).statusCode).toBe(422);
    expect((await secretary.post(`/api/v1/meetings/topics/${topicId}/return`, { comment: 'Bổ sung phần giải pháp cụ thể.' })).json().topic.state).toBe('returned');
    const upload = await member.upload(`/api/v1/meetings/topics/${topicId}/draft/file`, 'du-thao-lan-2.txt', 'Dự thảo lần 2: đã bổ sung giải pháp.');
    expect(upload.statusCode).toBe(200);
    expect((await secretary.post(`/api/v1/meetings/topics/${topicId}/approve`, { comment: 'Đồng ý.' })).json().topic.state).toBe('approved');
    topic = (await member.get(`/api/v1/meetings/topics/${topicId}`)).json();
    expect(topic.papers.map((p: { kind: string; version: number; review: string }) => [p.kind, p.version, p.review])).toEqual([
      ['draft', 1, 'returned'],
      ['draft', 2, 'approved'],
    ]);
    expect(topic.papers[0].reviewComment).toBe('Bổ sung phần giải pháp cụ thể.');
    const file = await member.get(`/api/v1/meetings/topic-files/${topic.papers[1].files[0].id}`);
    expect(file.body).toBe('Dự thảo lần 2: đã bổ sung giải pháp.');

    const meeting = await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'thematic_cell', startsAt: `${nextYear}-02-10T14:00:00+07:00`, topicId });
    expect(meeting.statusCode).toBe(201);
    const meetingId = meeting.json().meeting.id;
    expect(meeting.json().meeting.topicId).toBe(topicId);
    const sent = await secretary.post(`/api/v1/meetings/topics/${topicId}/send`, {});
    expect(sent.json().warnings).toEqual([]);
    expect(sent.json().topic).toMatchObject({ state: 'sent', sentLate: false, sendBy: `${nextYear}-02-07`, meeting: { id: meetingId } });

    expect((await secretary.post(`/api/v1/meetings/topics/${topicId}/record`, { evaluation: 'Chuẩn bị chu đáo.', conclusion: 'Tiếp thu ý kiến.' })).statusCode).toBe(409);
    await startMeetingNow(meetingId);
    const recorded = await secretary.post(`/api/v1/meetings/topics/${topicId}/record`, { evaluation: 'Đồng chí được phân công chuẩn bị chu đáo, nội dung sát thực tiễn.', conclusion: 'Tiếp thu ý kiến đóng góp, hoàn thiện chuyên đề.' });
    expect(recorded.json().topic.state).toBe('discussed');
    expect((await secretary.get(`/api/v1/meetings/${meetingId}`)).json().status).toBe('held');
    expect((await member.post(`/api/v1/meetings/topics/${topicId}/finalize`, { body: '<p>Chuyên đề hoàn chỉnh</p>' })).json().topic.state).toBe('finalized');
    expect((await member.post(`/api/v1/meetings/topics/${topicId}/report`)).statusCode).toBe(403);
    const reported = await secretary.post(`/api/v1/meetings/topics/${topicId}/report`);
    expect(reported.json().topic).toMatchObject({ state: 'reported', reportedTo: { id: await t.unitId('SGDDT') } });

    const inbox = await leader.get(`/api/v1/meetings/topic-reports?unitId=${duk}&year=${nextYear}`);
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json().items.map((row: { id: string }) => row.id)).toEqual([topicId]);
    expect(inbox.json().items[0]).toMatchObject({ conclusion: 'Tiếp thu ý kiến đóng góp, hoàn thiện chuyên đề.', drafters: [{ id: memberPersonId }] });
    expect((await member.get(`/api/v1/meetings/topic-reports?unitId=${duk}`)).statusCode).toBe(403);
    const audit = await t.db.selectFrom('audit_entries').select('action').where('entity_id', '=', topicId).orderBy('occurred_at').execute();
    expect(audit.map((row) => row.action)).toEqual(['propose', 'decide', 'assign_drafters', 'submit_draft', 'return_draft', 'submit_draft', 'approve_draft', 'send_to_members', 'record_meeting', 'finalize', 'report']);
  });

  it('warns when the approved draft reaches the members later than three days before the meeting', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    const year = Number(tomorrow.slice(0, 4));
    const quarter = Math.ceil(Number(tomorrow.slice(5, 7)) / 3);
    const proposed = (await secretary.post('/api/v1/meetings/topics', { unitId: cell, year, topics: [{ quarter, title: 'Chuyên đề gửi muộn', plannedOn: tomorrow }] })).json();
    const topicId = proposed.created[0];
    await secretary.post(`/api/v1/meetings/topics/${topicId}/decide`, {});
    await secretary.post(`/api/v1/meetings/topics/${topicId}/drafters`, { personIds: [secretaryPersonId] });
    await secretary.post(`/api/v1/meetings/topics/${topicId}/draft`, { body: 'Dự thảo' });
    await secretary.post(`/api/v1/meetings/topics/${topicId}/approve`, {});
    const sent = await secretary.post(`/api/v1/meetings/topics/${topicId}/send`, {});
    expect(sent.statusCode).toBe(200);
    expect(sent.json().warnings).toHaveLength(1);
    expect(sent.json().warnings[0].code).toBe('sent_late');
    expect(sent.json().warnings[0].message).toContain('ít nhất 3 ngày');
    expect(sent.json().topic).toMatchObject({ state: 'sent', sentLate: true });
  });
});

describe('calendar feed', () => {
  it('serves the monthly series with its RRULE, a cancelled occurrence as EXDATE and a moved one as an override', async () => {
    const created = await secretary.post('/api/v1/meeting-series', { unitId: cell, rule: { kind: 'day_of_month', day: 5 }, timeOfDay: '19:30', fromOn: `${nextYear}-01-01`, untilOn: `${nextYear}-12-31`, place: 'Phòng họp tầng 2' });
    expect(created.statusCode).toBe(201);
    const { series, meetings } = created.json();
    expect(series).toMatchObject({ ruleText: 'Ngày 5 hàng tháng', rrule: `FREQ=MONTHLY;BYMONTHDAY=5;UNTIL=${nextYear}1231T235959Z` });
    expect(meetings).toHaveLength(12);
    expect(meetings[0].startsAt).toBe(new Date(`${nextYear}-01-05T19:30:00+07:00`).toISOString());
    await secretary.post(`/api/v1/meetings/${meetings[1].id}/cancel`, { reason: 'Trùng lịch Tết' });
    await secretary.patch(`/api/v1/meetings/${meetings[2].id}`, { place: 'Hội trường lớn' });

    expect((await member.get('/api/v1/calendar/token')).json().token).toBeNull();
    const token = (await member.post('/api/v1/calendar/token')).json();
    expect(token.feedUrl).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    const feed = await t.anonymous.get(`/api/v1/calendar/${token.token}.ics`);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = feed.body.replace(/\r\n[ \t]/g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
    expect(ics).toContain(`UID:${series.id}`);
    expect(ics).toContain(`DTSTART;TZID=Asia/Ho_Chi_Minh:${nextYear}0105T193000`);
    expect(ics).toContain(`RRULE:FREQ=MONTHLY;BYMONTHDAY=5;UNTIL=${nextYear}1231T235959Z`);
    expect(ics).toContain(`EXDATE;TZID=Asia/Ho_Chi_Minh:${nextYear}0205T193000`);
    expect(ics).toMatch(new RegExp(`RECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:${nextYear}0305T193000[\\s\\S]*?LOCATION:Hội trường lớn`));
    const events = ics.match(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g) ?? [];
    for (const event of events) expect(event).toMatch(/UID:.+\r\n[\s\S]*DTSTART;TZID=Asia\/Ho_Chi_Minh:\d{8}T\d{6}\r\n[\s\S]*DTEND;TZID=Asia\/Ho_Chi_Minh:\d{8}T\d{6}\r\n/);

    const unitFeed = await t.anonymous.get(`/api/v1/calendar/${token.token}/units/${cell}.ics`);
    expect(unitFeed.statusCode).toBe(200);
    expect(unitFeed.body).toContain('RRULE:FREQ=MONTHLY');
    expect((await t.anonymous.get(`/api/v1/calendar/${token.token}/units/${await t.unitId('DUK')}.ics`)).statusCode).toBe(404);

    const rotated = (await member.post('/api/v1/calendar/token')).json();
    expect(rotated.token).not.toBe(token.token);
    expect((await t.anonymous.get(`/api/v1/calendar/${token.token}.ics`)).statusCode).toBe(404);
    expect((await t.anonymous.get(`/api/v1/calendar/${rotated.token}.ics`)).statusCode).toBe(200);
  });
});

describe('compliance', () => {
  it('counts missing months and quarters, attendance and late papers per cell, with totals per level', async () => {
    const year = thisYear - 1;
    const [cb1, cb2, sgddt] = [cell, await t.unitId('SGDDT-CB2'), await t.unitId('SGDDT')];
    const tenant = (await t.db.selectFrom('org_units').select('tenant_id').where('id', '=', cell).executeTakeFirstOrThrow()).tenant_id;
    const held = (unitId: string, kind: 'regular_cell' | 'thematic_cell', month: number, invited: number, attended: number) => ({
      id: newId(),
      tenant_id: tenant,
      unit_id: unitId,
      kind,
      title: 'Sinh hoạt',
      starts_at: new Date(`${year}-${String(month).padStart(2, '0')}-05T19:30:00+07:00`),
      ends_at: new Date(`${year}-${String(month).padStart(2, '0')}-05T21:30:00+07:00`),
      status: 'held' as const,
      agenda: '[]',
      check_in_code: '123456',
      invited_count: invited,
      attended_count: attended,
      place: null,
      online_link: null,
      presiding_person_id: null,
      minute_taker_person_id: null,
      cancel_reason: null,
      series_id: null,
      series_occurrence_on: null,
      topic_id: null,
      created_by: null,
    });
    const months = Array.from({ length: 12 }, (_, index) => index + 1);
    await t.db
      .insertInto('meetings')
      .values([
        ...months.map((month) => held(cb1, 'regular_cell', month, 10, 9)),
        ...[2, 5, 8, 11].map((month) => held(cb1, 'thematic_cell', month, 10, 9)),
        ...months.filter((month) => month !== 7).map((month) => held(cb2, 'regular_cell', month, 8, 6)),
        ...[1, 4, 12].map((month) => held(cb2, 'thematic_cell', month, 8, 6)),
      ])
      .execute();
    await t.db
      .insertInto('thematic_topics')
      .values({ id: newId(), tenant_id: tenant, unit_id: cb2, year, quarter: 3, title: 'Chuyên đề quý III', state: 'sent', planned_on: `${year}-08-20`, sent_on: `${year}-08-19`, sent_late: true, meeting_id: null, catalogue_item_id: null, evaluation: null, conclusion: null, reported_to_unit_id: null, reported_at: null, created_by: null })
      .execute();

    const result = (await staff.get(`/api/v1/meetings/compliance?unitId=${sgddt}&year=${year}`)).json();
    expect(result.totals).toMatchObject({ cells: 5, regularCompliant: 1, thematicCompliant: 1, monthsMissing: 1 + 3 * 12, quartersMissing: 1 + 3 * 4, papersLate: 1 });
    expect(result.totals.averageAttendance).toBe(Math.round((1000 * (16 * 9 + 14 * 6)) / (16 * 10 + 14 * 8)) / 10);
    const byId = new Map(result.cells.map((row: { unitId: string }) => [row.unitId, row]));
    expect(byId.get(cb1)).toMatchObject({ monthsMissing: [], quartersMissing: [], monthsDue: 12, quartersDue: 4, averageAttendance: 90, papersLate: 0 });
    expect(byId.get(cb2)).toMatchObject({ monthsMissing: [7], quartersMissing: [3], averageAttendance: 75, papersLate: 1 });
    expect(result.cells.at(-1).unitId).toBe(cb1);
    expect(result.levels).toEqual([expect.objectContaining({ unitId: sgddt, depth: 0, cells: 5, regularCompliant: 1 })]);

    const bloc = (await leader.get(`/api/v1/meetings/compliance?unitId=${await t.unitId('DUK')}&year=${year}&onlyMissing=true&limit=3`)).json();
    expect(bloc.levels.find((level: { unitId: string }) => level.unitId === sgddt)).toMatchObject({ depth: 1, cells: 5, papersLate: 1 });
    expect(bloc.cells).toHaveLength(3);
    expect(bloc.hasMore).toBe(true);
    expect(bloc.totals.regularCompliant).toBe(1);
    expect((await member.get(`/api/v1/meetings/compliance?unitId=${await t.unitId('DUK')}&year=${year}`)).statusCode).toBe(403);

    // The yearly totals follow later writes: July's meeting cancelled, December's moved into the
    // next year, and a paper of the fourth quarter still unsent after its deadline.
    const cb1Regular = (month: number) =>
      t.db.selectFrom('meetings').select('id').where('unit_id', '=', cb1).where('kind', '=', 'regular_cell').where('starts_at', '=', new Date(`${year}-${String(month).padStart(2, '0')}-05T19:30:00+07:00`));
    await t.db.updateTable('meetings').set({ status: 'cancelled' }).where('id', 'in', cb1Regular(7)).execute();
    await t.db.updateTable('meetings').set({ starts_at: new Date(`${year + 1}-01-05T19:30:00+07:00`), ends_at: new Date(`${year + 1}-01-05T21:30:00+07:00`) }).where('id', 'in', cb1Regular(12)).execute();
    await t.db
      .insertInto('thematic_topics')
      .values({ id: newId(), tenant_id: tenant, unit_id: cb1, year, quarter: 4, title: 'Chuyên đề quý IV', state: 'approved', planned_on: `${year}-11-20`, sent_on: null, sent_late: false, meeting_id: null, catalogue_item_id: null, evaluation: null, conclusion: null, reported_to_unit_id: null, reported_at: null, created_by: null })
      .execute();
    const later = (await staff.get(`/api/v1/meetings/compliance?unitId=${sgddt}&year=${year}`)).json();
    expect(later.cells.find((row: { unitId: string }) => row.unitId === cb1)).toMatchObject({ monthsMissing: [7, 12], averageAttendance: 90, papers: 1, papersLate: 1 });
    expect(later.totals).toMatchObject({ regularCompliant: 0, monthsMissing: 3 + 3 * 12, papersLate: 2 });
  });
});
