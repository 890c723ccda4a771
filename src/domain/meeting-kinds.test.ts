import { describe, expect, it } from 'vitest';
import { defaultAgenda, meetingKinds } from './meeting-kinds.ts';

describe('meeting scripts', () => {
  it('follows Hướng dẫn 09-HD/ĐUK for a thematic cell meeting: opening, proceedings, closing', () => {
    const agenda = defaultAgenda('thematic_cell');
    expect(agenda.map((item) => item.part)).toEqual(['opening', 'opening', 'opening', 'opening', 'proceedings', 'proceedings', 'proceedings', 'closing', 'closing', 'closing']);
    expect(agenda[2]!.text).toContain('vắng mặt (có lý do, không có lý do)');
    expect(agenda[7]!.text).toContain('đánh giá việc chuẩn bị');
  });

  it('gives every kind a script with an opening and a closing, as a copy the unit may edit', () => {
    for (const kind of meetingKinds) {
      const agenda = defaultAgenda(kind);
      expect(agenda[0]!.part, kind).toBe('opening');
      expect(agenda.at(-1)!.part, kind).toBe('closing');
    }
    defaultAgenda('regular_cell')[0]!.text = 'Sửa';
    expect(defaultAgenda('regular_cell')[0]!.text).not.toBe('Sửa');
  });
});
