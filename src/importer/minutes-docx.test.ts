import { Paragraph, Table } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxToText } from './docx.ts';
import { htmlToBlocks } from './html-blocks.ts';
import { attendanceLine, blocksToDocx, type OfficialMinutes, writeMinutesDocx } from './minutes-docx.ts';

const minutes: OfficialMinutes = {
  notation: 'party',
  unit: { name: 'Chi bộ Văn phòng Sở', superior: 'Đảng bộ Sở Giáo dục và Đào tạo' },
  title: 'Sinh hoạt chi bộ định kỳ tháng 3/2026',
  day: '2026-03-05',
  startTime: '19:30',
  endTime: '21:00',
  place: 'Phòng họp tầng 2',
  onlineLink: null,
  presiding: 'Nguyễn Văn An',
  minuteTaker: 'Trần Thị Bình',
  attendance: { invited: 12, present: 9, late: 1, absentExcused: [{ name: 'Lê Văn Cường', reason: 'đi công tác' }], absentUnexcused: ['Phạm Dũng'], unmarked: 0 },
  guests: [{ name: 'Hồ Văn Em', title: 'Phó Bí thư', organization: 'Đảng ủy Sở' }],
  bodyHtml: '<h3>1. Đánh giá tháng 2</h3><p>Chi bộ <strong>hoàn thành</strong> nhiệm vụ.</p><ul><li>Ưu điểm</li></ul>',
  conclusions: 'Thống nhất kế hoạch tháng 3.\nGiao chi ủy theo dõi.',
  followUps: [{ text: 'Hoàn thiện kế hoạch tháng', unit: 'Chi bộ Văn phòng Sở', person: 'Nguyễn Văn An', dueOn: '2026-03-15' }],
  notice: { numberLine: 'Số 03-TB/CBVP', issuedOn: '2026-03-06' },
  approvedOn: '2026-03-06',
};

describe('writeMinutesDocx', () => {
  it('writes the official layout: header, BIÊN BẢN, the facts, the body, conclusions, actions and both signatures', async () => {
    const text = await docxToText(await writeMinutesDocx(minutes));
    const order = [
      'ĐẢNG BỘ SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CHI BỘ VĂN PHÒNG SỞ',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Ngày 05 tháng 3 năm 2026',
      'BIÊN BẢN',
      'Sinh hoạt chi bộ định kỳ tháng 3/2026',
      'Thời gian: từ 19 giờ 30 đến 21 giờ, ngày 05 tháng 3 năm 2026.',
      'Địa điểm: Phòng họp tầng 2.',
      'Chủ trì: đồng chí Nguyễn Văn An.',
      'Thư ký: đồng chí Trần Thị Bình.',
      'Thành phần: tổng số được triệu tập 12 đồng chí; có mặt 10 đồng chí (đến muộn 01)',
      'Đại biểu: Hồ Văn Em, Phó Bí thư, Đảng ủy Sở.',
      'I. NỘI DUNG',
      '1. Đánh giá tháng 2',
      'Chi bộ hoàn thành nhiệm vụ.',
      '- Ưu điểm',
      'II. KẾT LUẬN',
      'Giao chi ủy theo dõi.',
      'III. VIỆC CẦN THỰC HIỆN',
      'Hoàn thiện kế hoạch tháng',
      'Các việc trên được giao thực hiện tại Thông báo số 03-TB/CBVP ngày 06/03/2026.',
      'Biên bản được duyệt ngày 06/03/2026.',
      'THƯ KÝ',
      'CHỦ TRÌ',
    ];
    let from = 0;
    for (const expected of order) {
      const at = text.indexOf(expected, from);
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
    expect(text).not.toContain('(Dự thảo)');
  });

  it('marks a draft, numbers only the parts it has, and uses the state header for an association', async () => {
    const text = await docxToText(await writeMinutesDocx({ ...minutes, notation: 'state', conclusions: '', followUps: [], notice: null, approvedOn: null, place: null, onlineLink: 'https://meet.example/abc' }));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('(Dự thảo)');
    expect(text).toContain('Địa điểm: trực tuyến (https://meet.example/abc).');
    expect(text).toContain('I. NỘI DUNG');
    expect(text).not.toContain('II.');
  });
});

describe('attendanceLine', () => {
  it('counts the present (late ones among them) and names the absent with their reasons', () => {
    expect(attendanceLine(minutes.attendance)).toBe('tổng số được triệu tập 12 đồng chí; có mặt 10 đồng chí (đến muộn 01); vắng có lý do 01 đồng chí (Lê Văn Cường: đi công tác); vắng không lý do 01 đồng chí (Phạm Dũng).');
    expect(attendanceLine({ invited: 3, present: 1, late: 0, absentExcused: [], absentUnexcused: [], unmarked: 2 })).toBe('tổng số được triệu tập 03 đồng chí; có mặt 01 đồng chí; vắng có lý do 00 đồng chí; vắng không lý do 00 đồng chí; chưa điểm danh 02 đồng chí.');
  });
});

describe('blocksToDocx', () => {
  it('gives a paragraph per text block and a table per table', () => {
    const written = blocksToDocx(htmlToBlocks('<p>a</p><ol><li>b</li></ol><table><tr><td>c</td></tr></table><blockquote><p>d</p></blockquote>'));
    expect(written.map((element) => (element instanceof Table ? 'table' : element instanceof Paragraph ? 'paragraph' : '?'))).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
  });
});
