import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { sectionRole, splitSections } from './sections.ts';

describe('sectionRole', () => {
  it.each([
    ['MỤC ĐÍCH, YÊU CẦU', 'purpose'],
    ['MỤC ĐÍCH – YÊU CẦU', 'purpose'],
    ['Yêu cầu', 'purpose'],
    ['MỤC TIÊU', 'objectives'],
    ['NỘI DUNG TRỌNG TÂM', 'content'],
    ['NỘI DUNG PHỐI HỢP', 'content'],
    ['Nội dung chuyên đề', 'content'],
    ['NHIỆM VỤ CỤ THỂ', 'tasks'],
    ['NHIỆM VỤ VÀ GIẢI PHÁP', 'tasks'],
    ['NHIỆM VỤ, GIẢI PHÁP', 'tasks'],
    ['MỤC TIÊU VÀ NHIỆM VỤ', 'tasks'],
    ['CHỈ TIÊU PHẤN ĐẤU', 'targets'],
    ['MỤC TIÊU, CHỈ TIÊU', 'targets'],
    ['TỔ CHỨC THỰC HIỆN', 'implementation'],
    ['DANH MỤC GỢI Ý', 'appendix'],
    ['PHỤ LỤC', 'appendix'],
    ['KINH PHÍ', 'other'],
    ['Cách thức thực hiện', 'other'],
  ] as const)('%s → %s', (title, role) => {
    expect(sectionRole(title)).toBe(role);
  });
});

describe('splitSections', () => {
  it('splits on Roman numerals and keeps the preamble', () => {
    const split = splitSections(normalizeText('Căn cứ …\nI. MỤC ĐÍCH:\n- Một\nII. NHIỆM VỤ\n1. Việc'));
    expect(split.numbering).toBe('roman');
    expect(split.preamble.map((p) => p.text)).toEqual(['Căn cứ …']);
    expect(split.sections.map(({ code, title, role, paragraphs }) => [code, title, role, paragraphs.length])).toEqual([
      ['I', 'MỤC ĐÍCH', 'purpose', 1],
      ['II', 'NHIỆM VỤ', 'tasks', 1],
    ]);
  });

  it('uses numbered headings as sections when at least two name a known part', () => {
    const split = splitSections(normalizeText('Mở đầu.\n1. Nội dung chuyên đề\n1.1. Chủ đề\n2. Tổ chức thực hiện\n- Việc'));
    expect(split.numbering).toBe('number');
    expect(split.sections.map((section) => section.code)).toEqual(['1', '2']);
  });

  it('treats plain numbered items as the body when no headings name a part', () => {
    const split = splitSections(normalizeText('Mở đầu.\n1. Tổ chức hội nghị.\n2. Báo cáo kết quả.'));
    expect(split.numbering).toBe('none');
    expect(split.sections).toEqual([]);
    expect(split.body.map((p) => p.text)).toEqual(['1. Tổ chức hội nghị.', '2. Báo cáo kết quả.']);
  });

  it('opens an appendix at an unnumbered upper-case heading', () => {
    const split = splitSections(normalizeText('I. NỘI DUNG\n1. Việc\nDANH MỤC GỢI Ý\n1. Gợi ý'));
    expect(split.sections.map(({ code, role }) => [code, role])).toEqual([
      ['I', 'content'],
      ['PL1', 'appendix'],
    ]);
  });
});
