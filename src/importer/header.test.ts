import { describe, expect, it } from 'vitest';
import { readDate } from './dates.ts';
import { readHeaderNumber } from './document-number.ts';
import { readHeader, readPlaceAndDate } from './header.ts';
import { normalizeText } from './normalize.ts';

describe('readHeaderNumber', () => {
  it.each([
    ['Số 30-KH/ĐUK', { number: '30', typeCode: 'KH', issuerCode: 'ĐUK' }],
    ['Số 09 -HD/ĐUK', { number: '09', typeCode: 'HD', issuerCode: 'ĐUK' }],
    ['Số 01-CTr/BTGTU', { number: '01', typeCode: 'CTr', issuerCode: 'BTGTU' }],
    ['Số: 18/KH-CĐVC', { number: '18', typeCode: 'KH', issuerCode: 'CĐVC' }],
    ['số 125-QĐi/TU', { number: '125', typeCode: 'QĐi', issuerCode: 'TU' }],
    ['Số: 15/2020/NĐ-CP', { number: '15', typeCode: 'NĐ', issuerCode: 'CP' }],
    ['ĐẢNG ỦY KHỐI\tSố 30-KH/ĐUK\tTP. Hồ Chí Minh', { number: '30', typeCode: 'KH', issuerCode: 'ĐUK' }],
  ])('%s', (text, expected) => {
    expect(readHeaderNumber(text)).toMatchObject(expected);
  });

  it('ignores numbers that are not a registry number', () => {
    expect(readHeaderNumber('Số lượng 30 người')).toBeNull();
    expect(readHeaderNumber('Tổng số 30-40 đảng viên')).toBeNull();
  });
});

describe('dates and place', () => {
  it('reads written and numeric dates', () => {
    expect(readDate('ngày 26 tháng 3 năm 2018')).toBe('2018-03-26');
    expect(readDate('ngày 06 tháng 7, năm 2018')).toBe('2018-07-06');
    expect(readDate('22/3/2022')).toBe('2022-03-22');
    expect(readDate('30.4.2019')).toBe('2019-04-30');
    expect(readDate('31/2/2019')).toBeNull();
  });

  it('splits place from date, also after the number on one line', () => {
    expect(readPlaceAndDate('TP. Hồ Chí Minh, ngày 26 tháng 3 năm 2018')).toEqual({ place: 'TP. Hồ Chí Minh', issuedOn: '2018-03-26' });
    expect(readPlaceAndDate('Số 30-KH/ĐUK \t Hà Nội, ngày 05 tháng 01 năm 2024')).toEqual({ place: 'Hà Nội', issuedOn: '2024-01-05' });
    expect(readPlaceAndDate('ngày 05/01/2024')).toEqual({ place: null, issuedOn: '2024-01-05' });
    expect(readPlaceAndDate('Thực hiện kế hoạch của Ban')).toBeNull();
  });
});

describe('readHeader', () => {
  it('reads a Party header', () => {
    const header = readHeader(
      normalizeText('ĐẢNG BỘ KHỐI\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY SỞ\n*\nSố 30-KH/ĐUK\tĐồng Nai, ngày 05 tháng 4 năm 2022\n\nKẾ HOẠCH\n\nĐổi mới công tác tư tưởng\n\nThực hiện Kế hoạch số 59-KH/ĐUK …'),
    );
    expect(header).toMatchObject({
      number: '30',
      typeCode: 'KH',
      issuerCode: 'ĐUK',
      kind: 'plan',
      title: 'Đổi mới công tác tư tưởng',
      place: 'Đồng Nai',
      issuedOn: '2022-04-05',
      bodyStart: 5,
    });
    expect(header.sources).toEqual({
      number: { line: 4, endLine: 4 },
      kind: { line: 6, endLine: 6 },
      title: { line: 8, endLine: 8 },
      placeAndDate: { line: 4, endLine: 4 },
    });
  });

  it('reads the kind from the type line', () => {
    const kind = (typeLine: string) => readHeader(normalizeText(`${typeLine}\nVề việc gì đó\n\nNội dung.`)).kind;
    expect(kind('KẾ HOẠCH LIÊN TỊCH')).toBe('plan');
    expect(kind('HƯỚNG DẪN')).toBe('guidance');
    expect(kind('CHƯƠNG TRÌNH HÀNH ĐỘNG')).toBe('program');
    expect(kind('NGHỊ QUYẾT')).toBe('other');
  });

  it('takes a title over several lines until a gap or the body', () => {
    const header = readHeader(normalizeText('HƯỚNG DẪN\nTổ chức sinh hoạt chi bộ chuyên đề\nNăm 2021\nCăn cứ Hướng dẫn số 12-HD/BTCTW …'));
    expect(header.title).toBe('Tổ chức sinh hoạt chi bộ chuyên đề Năm 2021');
    expect(header.bodyStart).toBe(3);
  });

  it('falls back to the type code when no type line is found', () => {
    const header = readHeader(normalizeText('Số: 18/KH-CĐVC\nNội dung đầu tiên của kế hoạch.'));
    expect(header).toMatchObject({ kind: 'plan', title: '', bodyStart: 1 });
  });

  it('leaves every field empty for text without a header', () => {
    expect(readHeader(normalizeText('1. Việc một.\n2. Việc hai.'))).toMatchObject({
      number: null, typeCode: null, issuerCode: null, kind: 'other', title: '', place: null, issuedOn: null, bodyStart: 0,
    });
  });
});
