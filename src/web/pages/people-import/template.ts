import type { ImportField } from '../../../domain/people-import.ts';

/** The columns of the people import file, titled as src/domain/people-import.ts reads them. */
export const importColumns: readonly { field: ImportField; title: string; required: boolean }[] = [
  { field: 'fullName', title: 'Họ và tên', required: true },
  { field: 'unitCode', title: 'Mã đơn vị', required: true },
  { field: 'position', title: 'Chức vụ', required: false },
  { field: 'partyStatus', title: 'Đảng viên', required: false },
  { field: 'gender', title: 'Giới tính', required: false },
  { field: 'birthYear', title: 'Năm sinh', required: false },
  { field: 'email', title: 'Email', required: false },
  { field: 'phone', title: 'Điện thoại', required: false },
  { field: 'partyJoinedOn', title: 'Ngày vào Đảng', required: false },
  { field: 'memberCode', title: 'Mã đảng viên', required: false },
];

/** The column title of an import field, or the field itself when unknown. */
export function columnTitle(field: string | null): string {
  return importColumns.find((column) => column.field === field)?.title ?? field ?? '';
}

/** The header row as UTF-8 CSV with a byte-order mark, so that Excel keeps the diacritics. */
export function templateCsv(): string {
  return `\uFEFF${importColumns.map((column) => column.title).join(',')}\r\n`;
}
