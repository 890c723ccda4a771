import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';

const texts = (raw: string) => normalizeText(raw).map((paragraph) => paragraph.text);

describe('normalizeText', () => {
  it('strips bookmarks, tabs, invisible characters and emphasis markers', () => {
    expect(texts('[bookmark: _GoBack]Công tác\ttư tưởng\u200b')).toEqual(['Công tác tư tưởng']);
    expect(texts('kết hợp “*lấy cái đẹp dẹp cái xấu*”; **rất** quan trọng')).toEqual([
      'kết hợp “lấy cái đẹp dẹp cái xấu”; rất quan trọng',
    ]);
    expect(texts('b. *Tiến hành sinh hoạt*')).toEqual(['b. Tiến hành sinh hoạt']);
  });

  it('keeps "* " bullets, drops lone stars, rules and page numbers', () => {
    expect(texts('*\n* Những nội dung cần tập trung:\n_________\n---------\n12\n- Việc một.')).toEqual([
      '* Những nội dung cần tập trung:',
      '- Việc một.',
    ]);
  });

  it('removes footnote marks and footnote bodies, then joins the sentence the page break cut', () => {
    const raw = 'cho cán bộ, đảng viên, đoàn\n\n¹ Trích Nghị quyết Đại hội\n\nviên, hội viên các đoàn thể.¹';
    expect(normalizeText(raw)).toEqual([
      { text: 'cho cán bộ, đảng viên, đoàn viên, hội viên các đoàn thể.', line: 1, endLine: 5, gapBefore: false },
    ]);
  });

  it('joins only when the first part lacks a stop and the second starts in lower case', () => {
    expect(texts('1. Tham mưu tổ chức\n\n- Tham mưu hội nghị')).toHaveLength(2);
    expect(texts('Kết thúc câu.\n\nviệc tiếp theo')).toHaveLength(2);
    expect(texts('2.2. Các bước tiến hành\n\na. Mở đầu')).toEqual(['2.2. Các bước tiến hành', 'a. Mở đầu']);
    expect(texts('tuyên truyền,\n\nđịnh kỳ tổ chức')).toEqual(['tuyên truyền, định kỳ tổ chức']);
  });

  it('records line spans and gaps', () => {
    expect(normalizeText('\r\nSố 30-KH/ĐUK\r\nKẾ HOẠCH\r\n\r\nĐổi mới')).toEqual([
      { text: 'Số 30-KH/ĐUK', line: 2, endLine: 2, gapBefore: true },
      { text: 'KẾ HOẠCH', line: 3, endLine: 3, gapBefore: false },
      { text: 'Đổi mới', line: 5, endLine: 5, gapBefore: true },
    ]);
  });

  it('composes decomposed Vietnamese (NFD) input', () => {
    expect(texts('Ke\u0302\u0301 hoa\u0323ch')).toEqual(['Kế hoạch']);
  });
});
