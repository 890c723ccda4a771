import { describe, expect, it } from 'vitest';
import { readAssignment, splitUnitNames } from './assignments.ts';

describe('readAssignment', () => {
  it.each([
    [
      'X chủ trì, phối hợp Y',
      'Thường trực Công đoàn Viên chức Thành phố chủ trì, phối hợp với các đoàn thể Khối theo dõi, đánh giá kết quả.',
      ['Thường trực Công đoàn Viên chức Thành phố'],
      ['các đoàn thể Khối'],
    ],
    [
      'X chủ trì phối hợp với',
      'Công đoàn Viên chức Thành phố chủ trì phối hợp với các đoàn thể triển khai, quán triệt các Nghị quyết.',
      ['Công đoàn Viên chức Thành phố'],
      ['các đoàn thể'],
    ],
    [
      'X chủ trì. Y và Z tham gia',
      'Công đoàn Viên chức Thành phố chủ trì. Đoàn Thanh niên và Hội Cựu chiến binh Khối tham gia tổ chức.',
      ['Công đoàn Viên chức Thành phố'],
      ['Đoàn Thanh niên', 'Hội Cựu chiến binh Khối'],
    ],
    [
      'rotating duty in brackets',
      'Hàng quý, tổ chức hội nghị (Đoàn Khối phụ trách tổ chức Hội nghị trong quý III/2018, Công đoàn Viên chức Thành phố phụ trách tổ chức Hội nghị trong quý IV/2018).',
      ['Đoàn Khối', 'Công đoàn Viên chức Thành phố'],
      [],
    ],
    ['Giao X', 'Giao Ban Tuyên giáo định hướng công tác tư tưởng; tham mưu Ban Thường vụ Đảng ủy Khối chỉ đạo.', ['Ban Tuyên giáo'], []],
    [
      'labelled lead and partners',
      'Đơn vị chủ trì: Văn phòng Đảng ủy Khối; đơn vị phối hợp: Ban Tuyên giáo, Ban Dân vận.',
      ['Văn phòng Đảng ủy Khối'],
      ['Ban Tuyên giáo', 'Ban Dân vận'],
    ],
    ['a list leading', 'Công đoàn Viên chức Thành phố, Đoàn Khối và Hội Cựu chiến binh Khối có kế hoạch tổ chức lớp.', ['Công đoàn Viên chức Thành phố', 'Đoàn Khối', 'Hội Cựu chiến binh Khối'], []],
    ['the doer after a short opening', 'Hàng năm, chi ủy chi bộ dự kiến chọn ít nhất 04 chuyên đề.', ['chi ủy chi bộ'], []],
    ['the doer after a framing clause', 'Riêng đoàn viên, thanh niên trong khối sinh viên, Ban Thường vụ Đoàn Khối theo dõi, đánh giá.', ['Ban Thường vụ Đoàn Khối'], []],
    ['units before a colon', 'Các phòng, đơn vị: chủ động rà soát, tham mưu triển khai.', ['Các phòng', 'đơn vị'], []],
    ['handed to others', 'Ban Thường vụ Đảng ủy Khối đề nghị đảng ủy cơ sở, chi ủy cơ sở thực hiện tốt Hướng dẫn này.', ['đảng ủy cơ sở', 'chi ủy cơ sở'], []],
    [
      'partners of an implicit lead',
      'Phối hợp Ban Tổ chức Thành ủy tham mưu; chủ động phối hợp Hội Nhà báo thành phố, Học viện Chính trị Khu vực II mở các lớp.',
      [],
      ['Ban Tổ chức Thành ủy', 'Hội Nhà báo thành phố', 'Học viện Chính trị Khu vực II'],
    ],
    ['a name with "và" inside', 'Tham mưu phối hợp với Sở Thông tin và Truyền thông trong quản lý báo chí.', [], ['Sở Thông tin và Truyền thông']],
  ])('%s', (_case, text, lead, partners) => {
    expect(readAssignment(text)).toEqual({ lead, partners });
  });

  it.each([
    'Tổ chức các phong trào thi đua trong công chức, viên chức.',
    'Hội nghị Cán bộ, công chức được tổ chức hàng năm.',
    'Ban hành quy định về chuẩn mực đạo đức.',
    'Đoàn thể nào đảm nhận xây dựng kế hoạch, có nhiệm vụ dự thảo báo cáo.',
    'Chủ động phối hợp, có ý kiến, tham gia xây dựng.',
    'Xây dựng phân công chi tiết từng công việc phụ trách theo kế hoạch.',
    'Các Ban Đảng ủy Khối tăng cường phối hợp hướng dẫn nội dung.',
    'Đôn đốc các phòng, đơn vị phụ trách tiếp tục cụ thể hóa nhiệm vụ.',
  ])('names no partner where none is meant: %s', (text) => {
    expect(readAssignment(text).partners).toEqual([]);
  });

  it('reads a "Phân công:" field: the lead, then the other doers as partners', () => {
    const field = [
      'Công đoàn Viên chức Thành phố chủ trì, làm đầu mối, tổng hợp và phân bổ các nguồn lực.',
      'Đoàn Khối vận động đoàn viên thanh niên trực tiếp tham gia.',
      'Hội Cựu chiến binh Khối vận động hội viên tham gia và phối hợp cùng Công đoàn Viên chức Thành phố, Đoàn Khối triển khai tổ chức.',
    ].join('\n');
    expect(readAssignment(field, { assignmentField: true })).toEqual({
      lead: ['Công đoàn Viên chức Thành phố'],
      partners: ['Đoàn Khối', 'Hội Cựu chiến binh Khối'],
    });
  });

  it('makes the doer of "tham gia" the lead when nobody else leads', () => {
    expect(readAssignment('Chi bộ tham gia góp ý, hiến kế với lãnh đạo đơn vị.')).toEqual({ lead: ['Chi bộ'], partners: [] });
  });

  it('never throws and returns names that occur in the text', () => {
    for (const text of ['', ' ', 'chủ trì', 'phối hợp', 'Giao', ':', 'Ban', 'Ban Ban Ban chủ trì phối hợp với và và,', '(((Đoàn Khối phụ trách']) {
      const { lead, partners } = readAssignment(text);
      for (const name of [...lead, ...partners]) expect(text).toContain(name);
    }
  });
});

describe('splitUnitNames', () => {
  it('reads a list of names, keeping "và" inside a name', () => {
    expect(splitUnitNames('Ban Tuyên giáo, Văn phòng và Sở Thông tin và Truyền thông')).toEqual([
      'Ban Tuyên giáo',
      'Văn phòng',
      'Sở Thông tin và Truyền thông',
    ]);
  });

  it('falls back to separators for names outside the lexicon', () => {
    expect(splitUnitNames('Công ty ABC; Trường XYZ và Bệnh viện Q.')).toEqual(['Công ty ABC', 'Trường XYZ', 'Bệnh viện Q']);
  });
});
