import type { Gender, MembershipPosition, PartyStatus } from './people.ts';
import { foldVietnamese } from './text.ts';

/** One person to create from an import row, already validated. */
export interface PersonImport {
  fullName: string;
  unitCode: string;
  position: MembershipPosition;
  partyStatus: PartyStatus;
  gender: Gender | null;
  birthYear: number | null;
  email: string | null;
  phone: string | null;
  partyJoinedOn: string | null;
  memberCode: string | null;
}

export type ImportField = keyof PersonImport;

export type ImportProblem =
  | 'missing_header'
  | 'required'
  | 'unknown_unit'
  | 'unit_inactive'
  | 'invalid_position'
  | 'invalid_party_status'
  | 'invalid_gender'
  | 'invalid_birth_year'
  | 'invalid_email'
  | 'invalid_date'
  | 'duplicate_member_code_in_file'
  | 'member_code_exists'
  | 'party_unit_needs_party_member'
  | 'too_long';

export const importProblemMessages: Record<ImportProblem, { vi: string; en: string }> = {
  missing_header: { vi: 'Thiếu cột bắt buộc', en: 'Required column missing' },
  required: { vi: 'Không được để trống', en: 'Must not be empty' },
  unknown_unit: { vi: 'Không có đơn vị với mã này trong phạm vi bạn quản lý', en: 'No unit with this code in your part of the tree' },
  unit_inactive: { vi: 'Đơn vị đã ngừng hoạt động', en: 'The unit is deactivated' },
  invalid_position: { vi: 'Chức vụ không hợp lệ (bí thư, phó bí thư, chi ủy viên, đảng viên/đoàn viên/hội viên)', en: 'Unknown position' },
  invalid_party_status: { vi: 'Đảng viên phải là "chính thức", "dự bị" hoặc để trống', en: 'Party status must be full, probationary or empty' },
  invalid_gender: { vi: 'Giới tính phải là "Nam" hoặc "Nữ"', en: 'Gender must be male or female' },
  invalid_birth_year: { vi: 'Năm sinh phải là năm có 4 chữ số hợp lý', en: 'Birth year must be a plausible 4-digit year' },
  invalid_email: { vi: 'Email không hợp lệ', en: 'Invalid e-mail address' },
  invalid_date: { vi: 'Ngày phải có dạng dd/mm/yyyy', en: 'Dates must be dd/mm/yyyy' },
  duplicate_member_code_in_file: { vi: 'Mã đảng viên trùng với một dòng khác trong tệp', en: 'Member code repeats another row of the file' },
  member_code_exists: { vi: 'Mã đảng viên đã có trong hệ thống', en: 'Member code already exists' },
  party_unit_needs_party_member: { vi: 'Chỉ đảng viên mới sinh hoạt tại tổ chức Đảng', en: 'Only Party members belong to a Party unit' },
  too_long: { vi: 'Quá dài', en: 'Too long' },
};

/** Accepted column titles, compared without diacritics or case. */
const headerAliases: Record<ImportField, string[]> = {
  fullName: ['ho va ten', 'ho ten', 'ten', 'full name', 'fullname', 'name'],
  unitCode: ['ma don vi', 'ma chi bo', 'don vi', 'unit code', 'unit'],
  position: ['chuc vu', 'vai tro', 'position'],
  partyStatus: ['dang vien', 'tinh trang dang vien', 'party status'],
  gender: ['gioi tinh', 'gender'],
  birthYear: ['nam sinh', 'birth year'],
  email: ['email', 'thu dien tu'],
  phone: ['dien thoai', 'so dien thoai', 'phone'],
  partyJoinedOn: ['ngay vao dang', 'party joined on'],
  memberCode: ['ma dang vien', 'so the dang vien', 'ma', 'member code'],
};

const positionWords: Record<string, MembershipPosition> = {
  'bi thu': 'secretary',
  secretary: 'secretary',
  'pho bi thu': 'deputy_secretary',
  deputy_secretary: 'deputy_secretary',
  'chi uy vien': 'committee_member',
  'uy vien': 'committee_member',
  'cap uy vien': 'committee_member',
  committee_member: 'committee_member',
  'dang vien': 'member',
  'doan vien': 'member',
  'hoi vien': 'member',
  'thanh vien': 'member',
  member: 'member',
};

const partyWords: Record<string, PartyStatus> = {
  'chinh thuc': 'full',
  full: 'full',
  'du bi': 'probationary',
  probationary: 'probationary',
  khong: 'none',
  'quan chung': 'none',
  none: 'none',
};

const genderWords: Record<string, Gender> = { nam: 'male', male: 'male', nu: 'female', female: 'female' };

export interface ImportUnit {
  id: string;
  isParty: boolean;
  isActive: boolean;
}

export interface RowError {
  field: ImportField | null;
  problem: ImportProblem;
}

export interface CheckedRow {
  /** 1-based line in the file, counting the header as line 1. */
  line: number;
  raw: Record<string, string>;
  person: (PersonImport & { unitId: string }) | null;
  errors: RowError[];
}

export interface ImportCheck {
  columns: Partial<Record<ImportField, number>>;
  missingColumns: ImportField[];
  rows: CheckedRow[];
}

function mapHeaders(header: string[]): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  header.forEach((title, index) => {
    const folded = foldVietnamese(title).replace(/[*:]/g, '').trim();
    for (const [field, aliases] of Object.entries(headerAliases) as [ImportField, string[]][]) {
      if (columns[field] === undefined && aliases.includes(folded)) columns[field] = index;
    }
  });
  return columns;
}

/** "26/3/2018" or "2018-03-26" → "2018-03-26"; null when not a real date. */
export function parseImportDate(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[3]), Number(match[2]), Number(match[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [0, 0, 0];
  if (!year) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Validates a whole table (first row = header) against the units the importer manages and
 * the member codes already stored. Every row is judged whole: a row with any error is not
 * imported at all.
 */
export function checkPeopleTable(
  table: string[][],
  units: ReadonlyMap<string, ImportUnit>,
  existingMemberCodes: ReadonlySet<string>,
  currentYear: number,
): ImportCheck {
  const [header = [], ...body] = table;
  const columns = mapHeaders(header);
  const missingColumns = (['fullName', 'unitCode'] as const).filter((field) => columns[field] === undefined);
  const seenCodes = new Map<string, number>();
  const rows: CheckedRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const value = (field: ImportField) => {
      const column = columns[field];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    const raw = Object.fromEntries(header.map((title, column) => [title, (cells[column] ?? '').trim()]));
    const errors: RowError[] = missingColumns.map((field) => ({ field, problem: 'missing_header' as const }));
    const fail = (field: ImportField, problem: ImportProblem) => errors.push({ field, problem });

    const fullName = value('fullName').replace(/\s+/g, ' ');
    if (!fullName) fail('fullName', 'required');
    else if (fullName.length > 200) fail('fullName', 'too_long');

    const unitCode = value('unitCode');
    const unit = unitCode ? units.get(foldVietnamese(unitCode)) : undefined;
    if (!unitCode) fail('unitCode', 'required');
    else if (!unit) fail('unitCode', 'unknown_unit');
    else if (!unit.isActive) fail('unitCode', 'unit_inactive');

    const positionText = foldVietnamese(value('position'));
    const position = positionText ? positionWords[positionText] : 'member';
    if (!position) fail('position', 'invalid_position');

    const partyText = foldVietnamese(value('partyStatus'));
    const partyStatus = partyText ? partyWords[partyText] : unit?.isParty ? 'full' : 'none';
    if (!partyStatus) fail('partyStatus', 'invalid_party_status');
    if (unit?.isParty && partyStatus === 'none') fail('partyStatus', 'party_unit_needs_party_member');

    const genderText = foldVietnamese(value('gender'));
    const gender = genderText ? (genderWords[genderText] ?? null) : null;
    if (genderText && !gender) fail('gender', 'invalid_gender');

    const birthText = value('birthYear');
    const birthYear = birthText ? Number(birthText) : null;
    if (birthText && (!/^\d{4}$/.test(birthText) || birthYear! < 1900 || birthYear! > currentYear)) fail('birthYear', 'invalid_birth_year');

    const email = value('email').toLowerCase() || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('email', 'invalid_email');

    const joinedText = value('partyJoinedOn');
    const partyJoinedOn = joinedText ? parseImportDate(joinedText) : null;
    if (joinedText && !partyJoinedOn) fail('partyJoinedOn', 'invalid_date');

    const memberCode = value('memberCode') || null;
    if (memberCode) {
      if (existingMemberCodes.has(memberCode)) fail('memberCode', 'member_code_exists');
      const firstLine = seenCodes.get(memberCode);
      if (firstLine !== undefined) fail('memberCode', 'duplicate_member_code_in_file');
      else seenCodes.set(memberCode, index + 2);
    }

    const phone = value('phone') || null;
    rows.push({
      line: index + 2,
      raw,
      errors,
      person:
        errors.length === 0 && unit && position && partyStatus
          ? { fullName, unitCode, unitId: unit.id, position, partyStatus, gender, birthYear, email, phone, partyJoinedOn, memberCode }
          : null,
    });
  });
  return { columns, missingColumns, rows };
}

/** The member codes a table mentions, to look up which already exist before checking it. */
export function memberCodesOf(table: string[][]): string[] {
  const column = mapHeaders(table[0] ?? []).memberCode;
  if (column === undefined) return [];
  return table.slice(1).map((row) => (row[column] ?? '').trim()).filter(Boolean);
}
