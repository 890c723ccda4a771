import { describe, expect, it } from 'vitest';
import {
  cancellationText,
  changeText,
  invitationText,
  isNoticeableChange,
  type MeetingReminderCandidate,
  meetingReminderText,
  meetingRemindersDue,
  type MeetingSubject,
  momentText,
  paperDueText,
  seriesChangeText,
  seriesInvitationText,
  type SeriesSubject,
  seriesStopText,
  vietnamClock,
} from './meeting-notices.ts';

/** 19:30 on 05/03/2026 in Vietnam. */
const startsAt = new Date('2026-03-05T12:30:00Z');
const endsAt = new Date('2026-03-05T14:30:00Z');
const subject: MeetingSubject = {
  title: 'Sinh hoạt chi bộ tháng 3',
  unitName: 'Chi bộ Văn phòng Sở',
  startsAt,
  endsAt,
  place: 'Phòng họp tầng 3',
  onlineLink: null,
  presidingName: 'Nguyễn Văn Bí Thư',
  minuteTakerName: null,
};
/** An instant given in Vietnam's time. */
const at = (local: string) => new Date(`${local}+07:00`);

describe('meeting texts', () => {
  it('writes moments in Vietnam time with dd/mm/yyyy, also across UTC midnight', () => {
    expect(momentText(startsAt)).toBe('19:30 ngày 05/03/2026');
    // 06:00 in Vietnam is 23:00 the day before in UTC.
    expect(vietnamClock(new Date('2026-03-04T23:00:00Z'))).toEqual({ on: '2026-03-05', at: '06:00' });
  });

  it('invites with the time, place and who runs the meeting', () => {
    expect(invitationText(subject)).toEqual({
      title: 'Thư mời: Sinh hoạt chi bộ tháng 3 — 19:30 ngày 05/03/2026 tại Phòng họp tầng 3',
      body: 'Chi bộ Văn phòng Sở trân trọng kính mời đồng chí dự Sinh hoạt chi bộ tháng 3, từ 19:30 đến 21:30 ngày 05/03/2026 tại Phòng họp tầng 3. Chủ trì: Nguyễn Văn Bí Thư.',
    });
    const online = invitationText({ ...subject, place: null, onlineLink: 'https://meet.example/abc' });
    expect(online.title).toBe('Thư mời: Sinh hoạt chi bộ tháng 3 — 19:30 ngày 05/03/2026 (trực tuyến)');
    expect(online.body).toContain('trực tuyến (https://meet.example/abc).');
  });

  it('invites to a series once, describing its rule and span', () => {
    const series: SeriesSubject = {
      ...subject,
      title: 'Sinh hoạt chi bộ thường kỳ',
      ruleText: 'Ngày 5 hàng tháng',
      timeOfDay: '19:30',
      durationMinutes: 120,
      meetings: [{ startsAt }, { startsAt: at('2026-04-05T19:30:00') }, { startsAt: at('2026-12-05T19:30:00') }],
    };
    const text = seriesInvitationText(series);
    expect(text.title).toBe('Lịch sinh hoạt định kỳ: Sinh hoạt chi bộ thường kỳ — ngày 5 hàng tháng, 19:30 tại Phòng họp tầng 3');
    expect(text.body).toContain('theo lịch định kỳ: ngày 5 hàng tháng, từ 19:30 đến 21:30 tại Phòng họp tầng 3 (3 buổi từ ngày 05/03/2026 đến ngày 05/12/2026).');
    expect(text.body).toContain('Buổi đầu tiên: 19:30 ngày 05/03/2026.');
    expect(seriesChangeText(series, { ...series, timeOfDay: '20:00' }).body).toContain('giờ họp: ngày 5 hàng tháng, từ 19:30 đến 21:30 → ngày 5 hàng tháng, từ 20:00 đến 22:00');
    expect(seriesStopText(series).body).toBe('Lịch Sinh hoạt chi bộ thường kỳ (Chi bộ Văn phòng Sở) đã dừng: 3 buổi từ ngày 05/03/2026 đến ngày 05/12/2026 sắp tới không diễn ra.');
  });

  it('tells what changed, and only a change of time or place is worth a notice', () => {
    const moved = { ...subject, startsAt: at('2026-03-06T08:00:00'), endsAt: at('2026-03-06T10:00:00') };
    expect(isNoticeableChange(subject, moved)).toBe(true);
    expect(isNoticeableChange(subject, { ...subject, title: 'Tên khác', presidingName: null })).toBe(false);
    expect(isNoticeableChange(subject, { ...subject, place: 'Hội trường' })).toBe(true);
    const text = changeText(subject, moved);
    expect(text.title).toBe('Thay đổi lịch họp: Sinh hoạt chi bộ tháng 3 — 08:00 ngày 06/03/2026 tại Phòng họp tầng 3');
    expect(text.body).toBe(
      'Sinh hoạt chi bộ tháng 3 (Chi bộ Văn phòng Sở) có thay đổi — thời gian: từ 19:30 đến 21:30 ngày 05/03/2026 → từ 08:00 đến 10:00 ngày 06/03/2026. Kính mời đồng chí dự theo lịch mới.',
    );
  });

  it('calls a meeting off with its reason', () => {
    expect(cancellationText(subject, 'Trùng lịch công tác.')).toEqual({
      title: 'Hủy cuộc họp: Sinh hoạt chi bộ tháng 3 — 19:30 ngày 05/03/2026',
      body: 'Sinh hoạt chi bộ tháng 3 (Chi bộ Văn phòng Sở) dự kiến 19:30 ngày 05/03/2026 không diễn ra. Lý do: Trùng lịch công tác.',
    });
    expect(cancellationText(subject, null).body).not.toContain('Lý do');
  });

  it('reminds of tomorrow’s meeting, or today’s when the day before was missed', () => {
    expect(meetingReminderText(subject, at('2026-03-04T07:00:00')).title).toBe('Nhắc lịch họp: Sinh hoạt chi bộ tháng 3 — 19:30 ngày mai (05/03/2026) tại Phòng họp tầng 3');
    expect(meetingReminderText(subject, at('2026-03-05T07:00:00')).body).toMatch(/^Nhắc lịch: Sinh hoạt chi bộ tháng 3 \(Chi bộ Văn phòng Sở\) diễn ra hôm nay, từ 19:30 đến 21:30 ngày 05\/03\/2026/);
  });

  it('tells the drafters when the paper must go out', () => {
    const topic = { title: 'Phát huy vai trò gương mẫu', state: 'drafting' as const, sendDaysBefore: 3 };
    expect(paperDueText(topic, subject, '2026-02-28')).toEqual({
      title: 'Nhắc gửi dự thảo chuyên đề: “Phát huy vai trò gương mẫu”',
      body: 'Dự thảo chuyên đề “Phát huy vai trò gương mẫu” chưa được gửi đảng viên (hiện: đang xây dựng dự thảo); cần gửi chậm nhất ngày 02/03/2026, 3 ngày trước buổi sinh hoạt chuyên đề 19:30 ngày 05/03/2026 của Chi bộ Văn phòng Sở.',
    });
    expect(paperDueText(topic, subject, '2026-03-02').body).toContain('hôm nay là hạn cuối gửi');
    expect(paperDueText(topic, subject, '2026-03-04').body).toContain('đã quá hạn gửi (ngày 02/03/2026)');
  });
});

describe('which meeting reminders are due', () => {
  const candidate: MeetingReminderCandidate = { status: 'scheduled', startsAt, lastNoticeOn: '2026-02-20', remindedFor: [], topic: null };

  it('reminds the day before, once for the meeting’s day', () => {
    expect(meetingRemindersDue(candidate, at('2026-03-03T07:00:00'))).toEqual([]);
    expect(meetingRemindersDue(candidate, at('2026-03-04T07:00:00'))).toEqual([{ kind: 'day_before', aboutOn: '2026-03-05' }]);
    // The job runs every hour: once sent, later runs find nothing.
    expect(meetingRemindersDue({ ...candidate, remindedFor: ['2026-03-05'] }, at('2026-03-04T08:00:00'))).toEqual([]);
    // A missed day before: still on the day, while the meeting has not begun.
    expect(meetingRemindersDue(candidate, at('2026-03-05T07:00:00'))).toEqual([{ kind: 'day_before', aboutOn: '2026-03-05' }]);
    expect(meetingRemindersDue(candidate, at('2026-03-05T19:31:00'))).toEqual([]);
  });

  it('reminds again for the new day of a meeting moved after its reminder', () => {
    const moved = { ...candidate, startsAt: at('2026-03-12T19:30:00'), remindedFor: ['2026-03-05'], lastNoticeOn: '2026-03-04' };
    expect(meetingRemindersDue(moved, at('2026-03-11T07:00:00'))).toEqual([{ kind: 'day_before', aboutOn: '2026-03-12' }]);
  });

  it('says nothing a fresh invitation or change already said', () => {
    expect(meetingRemindersDue({ ...candidate, lastNoticeOn: '2026-03-04' }, at('2026-03-04T15:00:00'))).toEqual([]);
    expect(meetingRemindersDue({ ...candidate, lastNoticeOn: '2026-03-05' }, at('2026-03-05T07:00:00'))).toEqual([]);
  });

  it('leaves cancelled and held meetings alone', () => {
    expect(meetingRemindersDue({ ...candidate, status: 'cancelled' }, at('2026-03-04T07:00:00'))).toEqual([]);
    expect(meetingRemindersDue({ ...candidate, status: 'held' }, at('2026-03-04T07:00:00'))).toEqual([]);
  });

  it('reminds the drafters of an unsent paper from two days before its last day to be sent', () => {
    const thematic = { ...candidate, topic: { state: 'approved' as const, sendDaysBefore: 3, paperRemindedFor: [] } };
    // Last day to send: 02/03; reminded from 28/02.
    expect(meetingRemindersDue(thematic, at('2026-02-27T07:00:00'))).toEqual([]);
    expect(meetingRemindersDue(thematic, at('2026-02-28T07:00:00'))).toEqual([{ kind: 'paper_due', aboutOn: '2026-03-02' }]);
    expect(meetingRemindersDue({ ...thematic, topic: { ...thematic.topic, paperRemindedFor: ['2026-03-02'] } }, at('2026-03-01T07:00:00'))).toEqual([]);
    expect(meetingRemindersDue({ ...thematic, topic: { ...thematic.topic, state: 'sent' } }, at('2026-02-28T07:00:00'))).toEqual([]);
    // Both on the day before, when the paper is still not sent.
    expect(meetingRemindersDue(thematic, at('2026-03-04T07:00:00')).map((due) => due.kind)).toEqual(['day_before', 'paper_due']);
  });
});
