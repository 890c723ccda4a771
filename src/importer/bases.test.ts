import { describe, expect, it } from 'vitest';
import { readBases } from './bases.ts';
import { normalizeText } from './normalize.ts';

describe('readBases', () => {
  it('reads numbered citations with their dates', () => {
    const { bases, sources } = readBases(
      normalizeText(
        'Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06 tháng 7 năm 2018 của Ban Tổ chức Trung ương; Hướng dẫn số 02-HD/TU ngày 22 tháng 3 năm 2019 của Thành ủy, Đảng ủy Khối hướng dẫn như sau:',
      ),
    );
    expect(bases).toEqual([
      { number: '12', typeCode: 'HD', issuerCode: 'BTCTW', issuedOn: '2018-07-06' },
      { number: '02', typeCode: 'HD', issuerCode: 'TU', issuedOn: '2019-03-22' },
    ]);
    expect(sources).toEqual([{ line: 1, endLine: 1 }, { line: 1, endLine: 1 }]);
  });

  it('reads "Thực hiện …" citations, numeric dates, state and legal forms', () => {
    const { bases } = readBases(
      normalizeText('Thực hiện Kế hoạch số 59-KH/ĐUK ngày 22/3/2022, Công văn số 18/KH-CĐVC, Nghị quyết số 35-NQ/TW, ngày 22/10/2018 và Nghị định 15/2020/NĐ-CP.'),
    );
    expect(bases).toEqual([
      { number: '59', typeCode: 'KH', issuerCode: 'ĐUK', issuedOn: '2022-03-22' },
      { number: '18', typeCode: 'KH', issuerCode: 'CĐVC', issuedOn: null },
      { number: '35', typeCode: 'NQ', issuerCode: 'TW', issuedOn: '2018-10-22' },
      { number: '15', typeCode: 'NĐ', issuerCode: 'CP', issuedOn: null },
    ]);
  });

  it('ignores unnumbered references, repeats, and paragraphs that cite no basis', () => {
    expect(readBases(normalizeText('Thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết 35-NQ/TW, Nghị quyết 35-NQ/TW.')).bases).toHaveLength(1);
    expect(readBases(normalizeText('Trên cơ sở kết quả năm 2017, Kế hoạch 59-KH/ĐUK đã nêu.')).bases).toEqual([]);
  });
});
