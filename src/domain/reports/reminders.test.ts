import { describe, expect, it } from 'vitest';
import { receiverSummaryText, reportDueSoonText, reportOverdueText, reportReminderDue } from './reminders.ts';

const subject = { templateName: 'Báo cáo sinh hoạt chi bộ', periodLabel: 'Quý IV/2026', deadline: '2027-01-05' };

describe('reportReminderDue', () => {
  it('reminds within the days before the deadline, the day itself included', () => {
    expect(reportReminderDue('2027-01-05', '2027-01-01', 3)).toBeNull();
    expect(reportReminderDue('2027-01-05', '2027-01-02', 3)).toBe('due_soon');
    expect(reportReminderDue('2027-01-05', '2027-01-05', 3)).toBe('due_soon');
  });

  it('chases a late report for thirty days after the deadline, then leaves it to people', () => {
    expect(reportReminderDue('2027-01-05', '2027-01-06', 3)).toBe('overdue');
    expect(reportReminderDue('2027-01-05', '2027-02-04', 3)).toBe('overdue');
    expect(reportReminderDue('2027-01-05', '2027-02-05', 3)).toBeNull();
  });
});

describe('texts', () => {
  it('name the report, the period and the deadline in dd/mm/yyyy', () => {
    expect(reportDueSoonText(subject, 'Chi bộ Văn phòng Sở', '2027-01-05').body).toBe('Chi bộ Văn phòng Sở chưa gửi Báo cáo sinh hoạt chi bộ Quý IV/2026; hạn nộp là hôm nay.');
    expect(reportDueSoonText(subject, 'Chi bộ A', '2027-01-03').body).toContain('hạn nộp là ngày 05/01/2027');
    expect(reportOverdueText(subject, 'Chi bộ A').title).toBe('Quá hạn nộp Báo cáo sinh hoạt chi bộ Quý IV/2026');
  });

  it('summarize for the receiver who is missing, naming at most ten', () => {
    const missing = Array.from({ length: 12 }, (_, i) => `Chi bộ ${i + 1}`);
    const text = receiverSummaryText(subject, 20, missing);
    expect(text.body).toContain('đã nhận 8/20 báo cáo');
    expect(text.body).toContain('Chi bộ 10 và 2 đơn vị khác.');
    expect(text.body).not.toContain('Chi bộ 11');
    expect(receiverSummaryText(subject, 3, []).body).toBe('Đã nhận đủ 3/3 báo cáo (hạn 05/01/2027).');
  });
});
