/**
 * A table of a Word file as lines of plan text. A table whose header row names a content
 * column and a lead or time column (STT / Nội dung, công việc / Đơn vị chủ trì, phụ trách /
 * Đơn vị phối hợp / Thời gian, thời hạn) is a list of activities: each row becomes a numbered
 * item with labelled fields, so that its rows become tasks like any other. Other tables are
 * read cell by cell.
 */
import { foldVietnamese } from '../domain/text.ts';

/** One paragraph of text with the list number or bullet Word shows before it. */
export interface Line {
  marker: string | null;
  text: string;
}

export interface TableCell {
  /** The first grid column the cell covers (after `w:gridBefore` and the spans before it). */
  column: number;
  span: number;
  /** A `w:vMerge` continuation: the cell above runs down into this one. */
  merged: boolean;
  lines: Line[];
}

type ColumnRole = 'ordinal' | 'content' | 'lead' | 'partners' | 'time';
type FieldRole = Exclude<ColumnRole, 'ordinal' | 'content'>;

/** Checked in order, so that "Đơn vị phối hợp" is not read as "Đơn vị thực hiện". */
const COLUMN_ROLES: Array<[ColumnRole, RegExp]> = [
  ['ordinal', /^(?:stt|tt|so tt)$/],
  ['time', /\b(?:thoi gian|thoi han|tien do)\b/],
  ['partners', /\b(?:phoi hop|tham gia)\b/],
  ['lead', /\b(?:chu tri|phu trach|don vi thuc hien|co quan thuc hien|thuc hien)\b/],
  ['content', /\b(?:noi dung|cong viec|nhiem vu|hoat dong)\b/],
];
const FIELD_LABELS: Record<FieldRole, string> = {
  lead: 'Đơn vị chủ trì',
  partners: 'Đơn vị phối hợp',
  time: 'Thời gian',
};

export function lineText(line: Line): string {
  return line.marker ? `${line.marker} ${line.text}` : line.text;
}

export function tableLines(rows: TableCell[][]): Line[] {
  const roles = rows[0] ? columnRoles(rows[0]) : null;
  return roles ? activityLines(rows.slice(1), roles) : rows.flatMap((row) => row.flatMap((cell) => cell.lines));
}

/** The role of each grid column when the header names a content column and a lead or time column. */
function columnRoles(header: TableCell[]): Map<number, ColumnRole> | null {
  const roles = new Map<number, ColumnRole>();
  for (const cell of header) {
    const folded = foldVietnamese(cell.lines.map((line) => line.text).join(' ')).trim();
    const role = COLUMN_ROLES.find(([, pattern]) => pattern.test(folded))?.[0];
    if (role) for (let column = cell.column; column < cell.column + cell.span; column++) roles.set(column, role);
  }
  const found = new Set(roles.values());
  return found.has('content') && (found.has('lead') || found.has('time')) ? roles : null;
}

function activityLines(rows: TableCell[][], roles: Map<number, ColumnRole>): Line[] {
  const lines: Line[] = [];
  /** The last lines of each column, for fields merged down from the row above. */
  const above = new Map<number, Line[]>();
  let ordinal = 0;
  for (const row of rows) {
    const cells = new Map<ColumnRole, Line[]>();
    for (const cell of row) {
      const role = roles.get(cell.column);
      if (!role) continue;
      const inherited = role !== 'content' && role !== 'ordinal';
      const own = cell.merged ? (inherited ? (above.get(cell.column) ?? []) : []) : cell.lines;
      above.set(cell.column, own);
      cells.set(role, [...(cells.get(role) ?? []), ...own]);
    }
    const [first, ...rest] = cells.get('content') ?? [];
    if (!first) continue;
    ordinal++;
    const number = writtenOrdinal(cells.get('ordinal')?.[0]) ?? ordinal;
    lines.push({ marker: `${number}.`, text: first.text }, ...rest);
    for (const role of ['lead', 'partners', 'time'] as const) {
      const value = (cells.get(role) ?? []).map((line) => line.text).join(', ');
      if (value.length > 0) lines.push({ marker: '-', text: `${FIELD_LABELS[role]}: ${value}` });
    }
  }
  return lines;
}

/** "3", "3." or a Word list number in the STT column. */
function writtenOrdinal(line: Line | undefined): number | null {
  const match = line ? /^(\d+)\.?$/.exec(`${line.marker ?? ''}${line.text}`.trim()) : null;
  const number = match ? Number(match[1]) : 0;
  return number > 0 ? number : null;
}
