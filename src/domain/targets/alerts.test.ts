import { describe, expect, it } from 'vitest';
import { targetAlertText } from './alerts.ts';

describe('pace alerts', () => {
  const subject = { targetText: 'Ít nhất 04 chuyên đề trong năm', unitName: 'Chi bộ Văn phòng Sở', periodLabel: 'Năm 2026', status: 'red' as const, value: 2, comparator: 'gte' as const, target: 4, percent: false };
  it('tells the unit and the unit above what it is behind on, with the figures', () => {
    expect(targetAlertText(subject, false)).toEqual({
      title: 'Không đạt chỉ tiêu — Năm 2026',
      body: 'Chi bộ Văn phòng Sở không đạt hoặc sẽ không đạt với tiến độ hiện nay chỉ tiêu "Ít nhất 04 chuyên đề trong năm" (Năm 2026): đạt 2, chỉ tiêu ≥ 4.',
    });
    const parent = targetAlertText({ ...subject, status: 'amber', value: 85.5, target: 90, percent: true }, true);
    expect(parent.title).toBe('Chậm tiến độ chỉ tiêu — Năm 2026');
    expect(parent.body).toContain('Đơn vị trực thuộc Chi bộ Văn phòng Sở đang chậm');
    expect(parent.body).toContain('đạt 85.5%, chỉ tiêu ≥ 90%');
  });
});
