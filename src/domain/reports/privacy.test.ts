import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { personReference, privacyProblems } from './privacy.ts';
import { parseTemplate } from './template.ts';
import { meetingsTemplateInput } from './test-fixtures.ts';

describe('personReference', () => {
  it('catches fields that identify a person, with or without diacritics', () => {
    for (const text of ['Họ tên', 'Họ và tên người vi phạm', 'ho ten', 'HỌ TÊN', 'ho_ten', 'Tên người phản ánh', 'Tên đồng chí phụ trách', 'Ngày sinh', 'Số CCCD', 'Danh sách đảng viên vắng', 'full_name']) {
      expect(personReference(text), text).toMatchObject({ kind: 'identity' });
    }
  });

  it('catches descriptions of a person’s views', () => {
    expect(personReference('Đảng viên có biểu hiện tự diễn biến')).toEqual({ kind: 'views', person: 'đảng viên', view: 'biểu hiện' });
    expect(personReference('Tư tưởng của đồng chí')).toEqual({ kind: 'views', person: 'đồng chí', view: 'tư tưởng' });
    expect(personReference('dang vien co bieu hien')).toMatchObject({ kind: 'views' });
    expect(personReference('Quan điểm của cá nhân về chủ trương')).toMatchObject({ kind: 'views' });
    expect(personReference('Cán bộ theo tôn giáo')).toMatchObject({ kind: 'views' });
    // Deliberately strict: collective wording with person nouns is refused too (see the header).
    expect(personReference('Tình hình tư tưởng của cán bộ, đảng viên')).toMatchObject({ kind: 'views' });
    // An activity phrase elsewhere in the text does not hide a description of a person.
    expect(personReference('Sau học tập tư tưởng Hồ Chí Minh, đảng viên có biểu hiện tiêu cực')).toMatchObject({ kind: 'views' });
  });

  it('catches answers that would be persons only where answers are words', () => {
    expect(personReference('Người phản ánh', true)).toEqual({ kind: 'holder', person: 'người' });
    expect(personReference('Đồng chí phụ trách', true)).toMatchObject({ kind: 'holder' });
    expect(personReference('Đảng viên tham dự', false)).toBeNull();
  });

  it('lets unit-level activities, counts and topics pass', () => {
    for (const text of [
      'Tổng số đảng viên',
      'Số người dự sinh hoạt',
      'Tên chủ đề',
      'Tên đơn vị',
      'Các vấn đề được đoàn viên, hội viên phản ánh',
      'Số đảng viên đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'Số buổi tuyên truyền cho cán bộ về phòng, chống suy thoái',
      'Số đảng viên đăng ký rèn luyện theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'Số cán bộ, đảng viên được cung cấp thông tin phản bác quan điểm sai trái',
      'Số buổi tuyên truyền nhận diện biểu hiện tự diễn biến cho đoàn viên',
      'Số bài thu hoạch của đảng viên',
      'Số đảng viên được tuyên truyền phòng, chống suy thoái về tư tưởng chính trị, đạo đức, lối sống, tự diễn biến, tự chuyển hóa',
      'Số đảng viên bị kỷ luật',
      'Hội nghị công tác tư tưởng cho cán bộ chủ chốt',
      'Tình hình tư tưởng chung trong đơn vị',
      'Kiến nghị, đề xuất với cấp ủy',
      'Áp lực công việc',
    ]) {
      expect(personReference(text), text).toBeNull();
    }
  });

  it('lets help texts forbid what the rule forbids', () => {
    expect(personReference('Tóm tắt ở cấp đơn vị; không ghi họ tên, không mô tả cá nhân có biểu hiện.')).toBeNull();
    expect(personReference('Không ghi tên; họ tên người phản ánh')).toMatchObject({ kind: 'identity' });
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), fc.boolean(), (text, holds) => {
      personReference(text, holds);
    }));
  });

  it('finds the same person-describing phrase in any letter case and with or without marks', () => {
    const phrases = ['Họ tên', 'Đảng viên có biểu hiện', 'Tư tưởng của đồng chí'];
    fc.assert(fc.property(fc.constantFrom(...phrases), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (phrase, upper) => {
      const mixed = [...phrase].map((ch, i) => (upper[i % 30] ? ch.toUpperCase() : ch.toLowerCase())).join('');
      const stripped = mixed.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      expect(personReference(mixed)).not.toBeNull();
      expect(personReference(stripped)).not.toBeNull();
    }));
  });
});

describe('privacyProblems', () => {
  const parsed = parseTemplate(meetingsTemplateInput);
  if (!parsed.ok) throw new Error('fixture');
  const base = parsed.template;

  it('passes a template of counts and activities', () => {
    expect(privacyProblems(base)).toEqual([]);
  });

  it('refuses a table column of person names and a text field holding a person', () => {
    const template = structuredClone(base);
    const table = template.fields[9];
    if (table?.type !== 'table') throw new Error('fixture');
    table.columns.push({ key: 'nguoi_chu_tri', label: 'Người chủ trì', type: 'short_text', required: false, maxLength: 100 });
    template.fields.push({ key: 'absent', label: 'Đảng viên vắng không lý do', type: 'short_text', required: false, maxLength: 500 });
    const issues = privacyProblems(template);
    expect(issues.map((issue) => issue.path)).toEqual([['fields', 9, 'columns', 4], ['fields', 10]]);
    expect(issues[0]!.message).toMatch(/^Cột "Người chủ trì" của bảng "Các buổi sinh hoạt" sẽ chứa tên hoặc mô tả từng người\./);
  });

  it('reads keys, help texts, option labels and the template name', () => {
    const template = structuredClone(base);
    template.name = 'Danh sách đảng viên có biểu hiện';
    template.fields[0]!.help = 'Ghi kèm họ tên';
    template.fields[1]!.key = 'ho_ten_vang';
    const quality = template.fields[7];
    if (quality?.type !== 'choice') throw new Error('fixture');
    quality.options.push({ value: 'weak', label: 'Đảng viên có biểu hiện suy thoái' });
    expect(privacyProblems(template).map((issue) => issue.path.join('.'))).toEqual(['name', 'fields.0', 'fields.1', 'fields.7']);
  });
});
