import { describe, expect, it } from 'vitest';
import { automaticReminderDue, countLabel, daysBetween, documentReference, reminderEmail, reminderText, type ReminderCandidate, type ReminderSubject, shortTitle } from './reminders.ts';

const open = (dueOn: string | null, history: Partial<ReminderCandidate> = {}): ReminderCandidate => ({
  dueOn,
  status: 'in_progress',
  lastDueSoonOn: null,
  lastOverdueOn: null,
  ...history,
});

describe('which reminder is due', () => {
  it('sends the due-soon reminder once, from the first day of the window to the due date', () => {
    expect(automaticReminderDue(open('2026-04-15'), '2026-04-11', 3)).toBeNull();
    expect(automaticReminderDue(open('2026-04-15'), '2026-04-12', 3)).toBe('due_soon');
    expect(automaticReminderDue(open('2026-04-15'), '2026-04-15', 3)).toBe('due_soon');
    expect(automaticReminderDue(open('2026-04-15', { lastDueSoonOn: '2026-04-12' }), '2026-04-13', 3)).toBeNull();
    expect(automaticReminderDue(open('2026-04-15', { lastDueSoonOn: '2026-04-12' }), '2026-04-15', 3)).toBeNull();
  });

  it('reminds again for a later due date of the same assignment', () => {
    expect(automaticReminderDue(open('2026-07-15', { lastDueSoonOn: '2026-04-12' }), '2026-07-13', 3)).toBe('due_soon');
  });

  it('with no window (0 days before) reminds on the due date only', () => {
    expect(automaticReminderDue(open('2026-04-15'), '2026-04-14', 0)).toBeNull();
    expect(automaticReminderDue(open('2026-04-15'), '2026-04-15', 0)).toBe('due_soon');
  });

  it('reminds an overdue assignment on its first overdue day and then weekly', () => {
    expect(automaticReminderDue(open('2026-04-15'), '2026-04-16', 3)).toBe('overdue');
    expect(automaticReminderDue(open('2026-04-15', { lastOverdueOn: '2026-04-16' }), '2026-04-16', 3)).toBeNull();
    expect(automaticReminderDue(open('2026-04-15', { lastOverdueOn: '2026-04-16' }), '2026-04-22', 3)).toBeNull();
    expect(automaticReminderDue(open('2026-04-15', { lastOverdueOn: '2026-04-16' }), '2026-04-23', 3)).toBe('overdue');
  });

  it('counts the week from the last reminder sent, so a missed day delays rather than skips', () => {
    expect(automaticReminderDue(open('2026-04-15', { lastOverdueOn: '2026-04-25' }), '2026-05-01', 3)).toBeNull();
    expect(automaticReminderDue(open('2026-04-15', { lastOverdueOn: '2026-04-25' }), '2026-05-02', 3)).toBe('overdue');
    // The job was down on the first overdue days: the first reminder goes out when it runs.
    expect(automaticReminderDue(open('2026-04-15'), '2026-05-20', 3)).toBe('overdue');
  });

  it('never reminds of done or undated work', () => {
    expect(automaticReminderDue({ ...open('2026-04-15'), status: 'done' }, '2026-04-20', 3)).toBeNull();
    expect(automaticReminderDue({ ...open('2026-04-15'), status: 'done' }, '2026-04-14', 3)).toBeNull();
    expect(automaticReminderDue(open(null), '2026-04-14', 3)).toBeNull();
  });

  it('reminds blocked and not started work like work in progress', () => {
    expect(automaticReminderDue({ ...open('2026-04-15'), status: 'blocked' }, '2026-04-16', 3)).toBe('overdue');
    expect(automaticReminderDue({ ...open('2026-04-15'), status: 'not_started' }, '2026-04-13', 3)).toBe('due_soon');
  });
});

describe('reminder texts', () => {
  const subject: ReminderSubject = {
    taskTitle: 'Tổ chức học tập Nghị quyết',
    period: null,
    dueOn: '2026-04-15',
    unitName: 'Chi bộ Văn phòng Sở',
    document: { typeCode: 'KH', number: 30, issuerCode: 'ĐUK', notation: 'party', title: 'Kế hoạch tuyên truyền' },
  };

  it('counts days across months', () => {
    expect(daysBetween('2026-03-30', '2026-04-02')).toBe(3);
    expect(daysBetween('2026-04-02', '2026-04-02')).toBe(0);
  });

  it('names the document by its type and number in either notation', () => {
    expect(documentReference(subject.document)).toBe('Kế hoạch số 30-KH/ĐUK');
    expect(documentReference({ typeCode: 'KH', number: 8, issuerCode: 'CĐVC', notation: 'state', title: 'x' })).toBe('Kế hoạch số 08/KH-CĐVC');
    expect(documentReference({ ...subject.document, typeCode: 'ZZ', number: null })).toBe('Văn bản “Kế hoạch tuyên truyền”');
  });

  it('says when a task falls due', () => {
    expect(reminderText('due_soon', subject, '2026-04-12')).toEqual({
      title: 'Nhắc việc: “Tổ chức học tập Nghị quyết” còn 3 ngày nữa đến hạn',
      body: 'Nhắc việc: nhiệm vụ “Tổ chức học tập Nghị quyết” (Kế hoạch số 30-KH/ĐUK) đến hạn ngày 15/04/2026. Đơn vị thực hiện: Chi bộ Văn phòng Sở.',
    });
    expect(reminderText('due_soon', subject, '2026-04-15').title).toBe('Nhắc việc: “Tổ chức học tập Nghị quyết” đến hạn hôm nay');
  });

  it('says how late an overdue task is and names its period', () => {
    const quarterly = { ...subject, period: '2026-Q1', dueOn: '2026-03-31' };
    expect(reminderText('overdue', quarterly, '2026-04-01').body).toBe(
      'Nhắc việc: nhiệm vụ “Tổ chức học tập Nghị quyết”, Quý I/2026 (Kế hoạch số 30-KH/ĐUK) đã quá hạn 1 ngày (hạn ngày 31/03/2026). Đơn vị thực hiện: Chi bộ Văn phòng Sở.',
    );
  });

  it('names who sent a manual reminder', () => {
    const text = reminderText('manual', subject, '2026-04-20', { name: 'Chuyên viên Ban Tuyên giáo', unitName: 'Đảng ủy Khối' });
    expect(text.title).toBe('Đôn đốc: “Tổ chức học tập Nghị quyết”');
    expect(text.body).toBe(
      'Chuyên viên Ban Tuyên giáo (Đảng ủy Khối) đôn đốc thực hiện nhiệm vụ “Tổ chức học tập Nghị quyết” (Kế hoạch số 30-KH/ĐUK), hạn ngày 15/04/2026. Đơn vị thực hiện: Chi bộ Văn phòng Sở.',
    );
  });

  it('keeps the subject line short when a task title is a whole paragraph, the body whole', () => {
    const long = 'Hàng quý, tổ chức các hội nghị báo cáo chuyên đề để nâng cao năng lực lý luận chính trị, các kỹ năng về công tác dư luận xã hội';
    const text = reminderText('overdue', { ...subject, taskTitle: long }, '2026-04-16');
    expect(text.title).toBe('Quá hạn: “Hàng quý, tổ chức các hội nghị báo cáo chuyên đề để nâng cao năng lực lý luận…”');
    expect(text.body).toContain(`“${long}”`);
    expect(shortTitle('Ngắn gọn')).toBe('Ngắn gọn');
    expect(shortTitle('Một  dòng\n xuống   dòng')).toBe('Một dòng xuống dòng');
    expect(shortTitle('x'.repeat(100)).length).toBe(80);
  });

  it('chases work without a due date by hand only', () => {
    const undated = { ...subject, dueOn: null };
    expect(reminderText('manual', undated, '2026-04-20').body).toBe(
      'Đơn vị cấp trên đôn đốc thực hiện nhiệm vụ “Tổ chức học tập Nghị quyết” (Kế hoạch số 30-KH/ĐUK). Đơn vị thực hiện: Chi bộ Văn phòng Sở.',
    );
    expect(() => reminderText('overdue', undated, '2026-04-20')).toThrow();
  });

  it('addresses the e-mail to its reader and links to the task', () => {
    const mail = reminderEmail(reminderText('overdue', subject, '2026-04-16'), 'Bí thư Chi bộ', 'https://congtac.example/tasks/abc');
    expect(mail.subject).toBe('Quá hạn: “Tổ chức học tập Nghị quyết”');
    expect(mail.body.split('\n')[0]).toBe('Kính gửi Bí thư Chi bộ,');
    expect(mail.body).toContain('đã quá hạn 1 ngày (hạn ngày 15/04/2026)');
    expect(mail.body).toContain('https://congtac.example/tasks/abc');
  });
});

describe('đôn đốc counts', () => {
  it('are exact up to the cap and "1000+" beyond it', () => {
    expect(countLabel(0)).toBe('0');
    expect(countLabel(1000)).toBe('1000');
    expect(countLabel(1001)).toBe('1000+');
  });
});
