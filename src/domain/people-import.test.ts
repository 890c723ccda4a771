import { describe, expect, it } from 'vitest';
import { checkPeopleTable, parseImportDate, type ImportUnit } from './people-import.ts';

const units = new Map<string, ImportUnit>([
  ['cb1', { id: 'u1', isParty: true, isActive: true }],
  ['cd1', { id: 'u2', isParty: false, isActive: true }],
  ['cb-cu', { id: 'u3', isParty: true, isActive: false }],
]);

const header = ['Họ và tên', 'Mã đơn vị', 'Chức vụ', 'Đảng viên', 'Giới tính', 'Năm sinh', 'Email', 'Ngày vào Đảng', 'Mã đảng viên'];

describe('checkPeopleTable', () => {
  it('accepts good rows with Vietnamese headers and values', () => {
    const result = checkPeopleTable(
      [header, ['Nguyễn Văn An', 'CB1', 'Bí thư', 'Chính thức', 'Nam', '1980', 'an@example.vn', '03/02/2005', 'DV001'], ['Trần Thị Bình', 'cd1', '', '', 'Nữ', '', '', '', '']],
      units,
      new Set(),
      2026,
    );
    expect(result.missingColumns).toEqual([]);
    expect(result.rows.map((row) => row.errors)).toEqual([[], []]);
    expect(result.rows[0]!.person).toMatchObject({ unitId: 'u1', position: 'secretary', partyStatus: 'full', gender: 'male', birthYear: 1980, partyJoinedOn: '2005-02-03' });
    expect(result.rows[1]!.person).toMatchObject({ unitId: 'u2', position: 'member', partyStatus: 'none', gender: 'female' });
  });

  it('reports each bad field of a row, with its file line', () => {
    const result = checkPeopleTable(
      [header, ['', 'XX', 'giám đốc', 'có', 'khác', '99', 'not-an-email', '31/02/2020', '']],
      units,
      new Set(),
      2026,
    );
    const row = result.rows[0]!;
    expect(row.line).toBe(2);
    expect(row.person).toBeNull();
    expect(row.errors.map((e) => `${e.field}:${e.problem}`).sort()).toEqual(
      ['fullName:required', 'unitCode:unknown_unit', 'position:invalid_position', 'partyStatus:invalid_party_status', 'gender:invalid_gender', 'birthYear:invalid_birth_year', 'email:invalid_email', 'partyJoinedOn:invalid_date'].sort(),
    );
  });

  it('refuses duplicate member codes, inactive units and non-members in Party units', () => {
    const result = checkPeopleTable(
      [header, ['A', 'CB1', '', '', '', '', '', '', 'X1'], ['B', 'CB1', '', '', '', '', '', '', 'X1'], ['C', 'CB-CU', '', '', '', '', '', '', ''], ['D', 'CB1', '', 'không', '', '', '', '', ''], ['E', 'CB1', '', '', '', '', '', '', 'OLD']],
      units,
      new Set(['OLD']),
      2026,
    );
    expect(result.rows.map((row) => row.errors.map((e) => e.problem))).toEqual([[], ['duplicate_member_code_in_file'], ['unit_inactive'], ['party_unit_needs_party_member'], ['member_code_exists']]);
  });

  it('flags a missing required column on every row and skips blank rows', () => {
    const result = checkPeopleTable([['Tên'], ['A'], ['  '], ['B']], units, new Set(), 2026);
    expect(result.missingColumns).toEqual(['unitCode']);
    expect(result.rows).toHaveLength(2);
    expect(result.rows[1]!.line).toBe(4);
    expect(result.rows.every((row) => row.errors.some((e) => e.problem === 'missing_header'))).toBe(true);
  });
});

describe('parseImportDate', () => {
  it('reads dd/mm/yyyy and ISO, refuses impossible dates', () => {
    expect(parseImportDate('26/3/2018')).toBe('2018-03-26');
    expect(parseImportDate('2018-03-26')).toBe('2018-03-26');
    expect(parseImportDate('29/02/2023')).toBeNull();
    expect(parseImportDate('hôm qua')).toBeNull();
  });
});
