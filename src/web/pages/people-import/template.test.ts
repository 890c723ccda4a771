import { describe, expect, it } from 'vitest';
import { checkPeopleTable } from '../../../domain/people-import.ts';
import { columnTitle, importColumns, templateCsv } from './template.ts';

describe('people import template', () => {
  const header = templateCsv().replace(/^\uFEFF/, '').trim().split(',');

  it('starts with a byte-order mark and holds one header line', () => {
    expect(templateCsv().startsWith('\uFEFF')).toBe(true);
    expect(templateCsv().endsWith('\r\n')).toBe(true);
    expect(header).toEqual(['Họ và tên', 'Mã đơn vị', 'Chức vụ', 'Đảng viên', 'Giới tính', 'Năm sinh', 'Email', 'Điện thoại', 'Ngày vào Đảng', 'Mã đảng viên']);
  });

  it('is read by the server’s import check: every column recognized, a filled row accepted', () => {
    const units = new Map([['sgddt-cb1', { id: 'u1', isParty: true, isActive: true }]]);
    const row = ['Nguyễn Văn An', 'SGDDT-CB1', 'Chi ủy viên', 'Chính thức', 'Nam', '1985', 'an@example.vn', '0901234567', '26/03/2018', 'DV90001'];
    const check = checkPeopleTable([header, row], units, new Set(), 2026);
    expect(check.missingColumns).toEqual([]);
    expect(Object.keys(check.columns).sort()).toEqual(importColumns.map((column) => column.field).sort());
    expect(check.rows[0]!.errors).toEqual([]);
    expect(check.rows[0]!.person).toMatchObject({ fullName: 'Nguyễn Văn An', position: 'committee_member', partyJoinedOn: '2018-03-26' });
  });

  it('names error fields by their column title', () => {
    expect(columnTitle('unitCode')).toBe('Mã đơn vị');
    expect(columnTitle(null)).toBe('');
  });
});
