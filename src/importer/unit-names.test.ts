import { describe, expect, it } from 'vitest';
import { readUnitList, tokenAt, tokenize } from './unit-names.ts';

function names(text: string, lowerCaseHead = false): string[] {
  return readUnitList(text, tokenize(text), 0, { lowerCaseHead }).units.map((unit) => unit.name);
}

describe('readUnitList', () => {
  it.each([
    ['Công đoàn Viên chức Thành phố chủ trì, phối hợp', ['Công đoàn Viên chức Thành phố']],
    ['Ban Thường vụ các Đoàn thể khối thực hiện báo cáo', ['Ban Thường vụ các Đoàn thể khối']],
    ['Công đoàn Viên chức Thành phố, Đoàn Khối và Hội Cựu chiến binh Khối có kế hoạch', ['Công đoàn Viên chức Thành phố', 'Đoàn Khối', 'Hội Cựu chiến binh Khối']],
    ['Ban Tuyên giáo định hướng', ['Ban Tuyên giáo']],
    ['Ban Dân vận trực tiếp tham dự', ['Ban Dân vận']],
    ['Cấp ủy chi bộ, đảng bộ nâng cao', ['Cấp ủy chi bộ', 'đảng bộ']],
    ['Bí thư cấp ủy chủ trì', ['Bí thư cấp ủy']],
    ['Các Ban Đảng ủy Khối tăng cường', ['Các Ban Đảng ủy Khối']],
    ['Các đồng chí cán bộ Đảng ủy Khối được phân công', ['Các đồng chí cán bộ Đảng ủy Khối']],
    ['Các đồng chí Lãnh đạo Ban chỉ đạo, kiểm tra', ['Các đồng chí Lãnh đạo Ban']],
    ['Phòng Hành chính – Tổng hợp giúp Lãnh đạo Ban', ['Phòng Hành chính – Tổng hợp']],
    ['Phòng HC-TH: Trưởng phòng', ['Phòng HC-TH']],
    ['Ban Cán sự đảng Ủy ban nhân dân thành phố, Sở Thông tin và Truyền thông trong chỉ đạo', ['Ban Cán sự đảng Ủy ban nhân dân thành phố', 'Sở Thông tin và Truyền thông']],
    ['Học viện Chính trị khu vực II, Học viện Cán bộ thành phố mở lớp', ['Học viện Chính trị khu vực II', 'Học viện Cán bộ thành phố']],
    ['Mặt trận Tổ quốc Việt Nam thành phố: chủ động', ['Mặt trận Tổ quốc Việt Nam thành phố']],
    ['Ban Chỉ đạo 35 Thành ủy', ['Ban Chỉ đạo 35 Thành ủy']],
    ['Chi bộ lãnh đạo và hỗ trợ các đoàn thể', ['Chi bộ']],
    ['Ủy ban nhân dân tỉnh chủ trì', ['Ủy ban nhân dân tỉnh']],
    ['UBND tỉnh chủ trì', ['UBND tỉnh']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads lower-case heads only where a cue allows them', () => {
    expect(names('các đoàn thể Khối theo dõi', true)).toEqual(['các đoàn thể Khối']);
    expect(names('cơ quan quản lý nhà nước trong quy hoạch', true)).toEqual(['cơ quan quản lý nhà nước']);
    expect(names('ban tuyên giáo các quận ủy, huyện ủy, đảng ủy cấp trên cơ sở thực hiện', true)).toEqual([
      'ban tuyên giáo các quận ủy',
      'huyện ủy',
      'đảng ủy cấp trên cơ sở',
    ]);
    expect(names('chi ủy chi bộ dự kiến')).toEqual([]);
    expect(names('chi ủy chi bộ dự kiến', true)).toEqual(['chi ủy chi bộ']);
  });

  it.each([
    'Hội nghị Cán bộ, công chức',
    'Tổ chức các phong trào thi đua',
    'Ban hành quy định',
    'Số 30-KH/ĐUK',
    'Sơ kết, tổng kết',
    'Bổ sung nhiệm vụ',
    'Đoàn viên, hội viên',
    'Phòng, chống tham nhũng',
    'Ban',
  ])('does not take common words for a name: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps "đang" (is doing) apart from "đảng" (Party)', () => {
    expect(names('Ban Thường vụ đang triển khai')).toEqual(['Ban Thường vụ']);
    expect(names('Ban Cán sự đảng thành phố')).toEqual(['Ban Cán sự đảng thành phố']);
  });

  it('stops at fifty names', () => {
    const text = 'Đoàn Khối, '.repeat(80);
    expect(names(text)).toHaveLength(50);
  });
});

describe('tokenize', () => {
  it('folds each token and finds tokens by offset', () => {
    const tokens = tokenize('Ủy ban, 35 ĐUK');
    expect(tokens.map(({ text, folded, kind, capitalized }) => [text, folded, kind, capitalized])).toEqual([
      ['Ủy', 'uy', 'word', true],
      ['ban', 'ban', 'word', false],
      [',', ',', 'punct', false],
      ['35', '35', 'number', false],
      ['ĐUK', 'duk', 'word', true],
    ]);
    expect(tokenAt(tokens, 0)).toBe(0);
    expect(tokenAt(tokens, 3)).toBe(1);
    expect(tokenAt(tokens, 7)).toBe(3);
    expect(tokenAt(tokens, 100)).toBe(tokens.length);
  });
});
