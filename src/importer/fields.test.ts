import { describe, expect, it } from 'vitest';
import { fieldText, groupFields, readFieldLabel } from './fields.ts';
import { normalizeText } from './normalize.ts';

describe('labelled fields', () => {
  it.each([
    ['Thời gian: Cả năm 2018.', 'time', 'Cả năm 2018.'],
    ['Thời gian thực hiện: quý III/2018', 'time', 'quý III/2018'],
    ['Thời hạn hoàn thành: 30/6/2018', 'deadline', '30/6/2018'],
    ['Nội dung cụ thể:', 'content', ''],
    ['Phân công: X chủ trì.', 'assignment', 'X chủ trì.'],
    ['Phụ trách: Đoàn Thanh niên Khối chủ trì.', 'assignment', 'Đoàn Thanh niên Khối chủ trì.'],
    ['Đơn vị chủ trì: Ban Tuyên giáo', 'lead', 'Ban Tuyên giáo'],
    ['Cơ quan phối hợp : Văn phòng', 'partners', 'Văn phòng'],
  ])('%s', (text, kind, value) => {
    expect(readFieldLabel(text)).toEqual({ kind, value });
  });

  it('does not read sentences with a colon later on as labels', () => {
    expect(readFieldLabel('Thông báo tình hình đảng viên: số có mặt')).toBeNull();
    expect(readFieldLabel('Thời gian dự thảo trước 01 tháng.')).toBeNull();
  });

  it('groups following lines under their label', () => {
    const lines = normalizeText('Thời gian: Cả năm 2018.\nPhân công:\nĐoàn Khối chủ trì.\nHội Cựu chiến binh Khối tham gia.').map((paragraph) => ({
      text: paragraph.text,
      paragraph,
    }));
    const fields = groupFields(lines);
    expect(fields.map((field) => [field.kind, fieldText(field)])).toEqual([
      ['time', 'Cả năm 2018.'],
      ['assignment', 'Đoàn Khối chủ trì.\nHội Cựu chiến binh Khối tham gia.'],
    ]);
  });
});
