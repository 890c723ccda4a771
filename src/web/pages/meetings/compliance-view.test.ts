import { describe, expect, it } from 'vitest';
import { childLevels, levelTrail, listText, rateText } from './compliance-view.ts';

describe('compliance view', () => {
  it('writes periods and rates the Vietnamese way', () => {
    expect(listText([1, 2, 5])).toBe('1, 2, 5');
    expect(rateText(87.5)).toBe('87,5%');
    expect(rateText(100)).toBe('100%');
    expect(rateText(null)).toBe('—');
  });

  it('drills down one level at a time and remembers the way back', () => {
    expect(childLevels([{ depth: 0 }, { depth: 1 }, { depth: 2 }, { depth: 1 }])).toHaveLength(2);
    expect(levelTrail('a~Đảng ủy Khối|b~Đảng ủy Sở Giáo dục')).toEqual([
      { id: 'a', name: 'Đảng ủy Khối' },
      { id: 'b', name: 'Đảng ủy Sở Giáo dục' },
    ]);
    expect(levelTrail(null)).toEqual([]);
    expect(levelTrail('broken')).toEqual([]);
  });
});
