import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { readTargets } from './targets.ts';

const targets = (text: string) => readTargets(normalizeText(text)).map((finding) => finding.target);

describe('readTargets', () => {
  it.each([
    ['100% cơ sở có Liên tịch và thực hiện hiệu quả kế hoạch.', '=', 100, 'percent', 'cơ sở có Liên tịch và thực hiện hiệu quả kế hoạch'],
    ['đảm bảo ít nhất 80% đoàn viên, hội viên được học tập, quán triệt Nghị quyết.', '>=', 80, 'percent', 'đoàn viên, hội viên được học tập, quán triệt Nghị quyết'],
    ['phấn đấu trên 90% chi bộ đạt trong sạch, vững mạnh;', '>', 90, 'percent', 'chi bộ đạt trong sạch, vững mạnh'],
    ['tỷ lệ đảng viên vi phạm dưới 2,5% tổng số', '<', 2.5, 'percent', 'tổng số'],
    ['không quá 5% hồ sơ trễ hạn', '<=', 5, 'percent', 'hồ sơ trễ hạn'],
    ['đạt 100%', '=', 100, 'percent', null],
    ['tổ chức ít nhất 01 lớp bồi dưỡng nghiệp vụ trong năm 2018.', '>=', 1, 'count', 'lớp bồi dưỡng nghiệp vụ trong năm 2018'],
    ['chọn tối thiểu 04 chuyên đề sinh hoạt trong năm (01 lần/01 quý)', '>=', 4, 'count', 'chuyên đề sinh hoạt trong năm'],
    ['mỗi chi bộ tối đa 3 đợt kiểm tra', '<=', 3, 'count', 'đợt kiểm tra'],
  ] as const)('%s', (text, comparator, value, unit, subject) => {
    expect(targets(text)).toEqual([expect.objectContaining({ comparator, value, unit, subject })]);
  });

  it('takes the clause before a frequency as its subject', () => {
    expect(targets('Căn cứ Hướng dẫn, nhằm tổ chức sinh hoạt chi bộ theo chuyên đề ít nhất 01 lần/01 quý, Đảng ủy hướng dẫn như sau:')).toEqual([
      {
        text: 'nhằm tổ chức sinh hoạt chi bộ theo chuyên đề ít nhất 01 lần/01 quý',
        comparator: '>=',
        value: 1,
        unit: 'count',
        subject: 'nhằm tổ chức sinh hoạt chi bộ theo chuyên đề',
      },
    ]);
  });

  it('ends a subject at a closing quote and keeps targets in reading order', () => {
    const found = targets('chỉ tiêu “100% người đứng đầu cấp ủy nêu gương”¹ và “100% các quận ủy có chương trình”.');
    expect(found.map((target) => target.subject)).toEqual(['người đứng đầu cấp ủy nêu gương', 'các quận ủy có chương trình']);
  });

  it('does not read bare counts, years or document numbers as targets', () => {
    expect(targets('Nghị quyết 54/2017/QH14; trong 6 tháng; 03 xã của Huyện Bình Chánh; trên 2 năm; năm 2018')).toEqual([]);
  });

  it('records the paragraph each target came from', () => {
    expect(readTargets(normalizeText('Mở đầu.\n\n100% cơ sở tham gia.')).map((finding) => finding.source)).toEqual([{ line: 3, endLine: 3 }]);
  });
});
