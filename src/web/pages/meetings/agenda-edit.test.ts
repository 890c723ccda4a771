import { describe, expect, it } from 'vitest';
import { addAgendaItem, moveAgendaItem, removeAgendaItem } from './agenda-edit.ts';

const rows = [
  { part: 'opening' as const, text: 'Tuyên bố lý do' },
  { part: 'opening' as const, text: 'Cử thư ký' },
  { part: 'closing' as const, text: 'Kết luận' },
];

describe('agenda editing', () => {
  it('adds a line at the end of its part, even a part still empty', () => {
    expect(addAgendaItem(rows, 'opening').map((row) => row.text)).toEqual(['Tuyên bố lý do', 'Cử thư ký', '', 'Kết luận']);
    expect(addAgendaItem(rows, 'proceedings').map((row) => row.part)).toEqual(['opening', 'opening', 'proceedings', 'closing']);
    expect(addAgendaItem([], 'closing')).toEqual([{ part: 'closing', text: '' }]);
  });

  it('moves a line within its part only, and removes one', () => {
    expect(moveAgendaItem(rows, 1, -1).map((row) => row.text)).toEqual(['Cử thư ký', 'Tuyên bố lý do', 'Kết luận']);
    expect(moveAgendaItem(rows, 1, 1)).toEqual(rows);
    expect(moveAgendaItem(rows, 2, -1)).toEqual(rows);
    expect(removeAgendaItem(rows, 0).map((row) => row.text)).toEqual(['Cử thư ký', 'Kết luận']);
  });
});
