import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { badRequest } from '../../http/errors.ts';

const maxRows = 20_000;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const [y, m, d] = value.toISOString().slice(0, 10).split('-');
    return `${d}/${m}/${y}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badRequest('import_file_invalid', { reason: 'không phải tệp Excel (.xlsx) hợp lệ' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badRequest('import_file_invalid', { reason: 'tệp Excel không có trang tính nào' });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column).value).trim());
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

function readCsv(buffer: Buffer): string[][] {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw badRequest('import_file_invalid', { reason: 'tệp CSV phải được lưu với bảng mã UTF-8' });
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) throw badRequest('import_file_invalid', { reason: `dấu ngoặc kép không khớp ở dòng ${(fatal.row ?? 0) + 1}` });
  return parsed.data;
}

/** Reads the first sheet of an .xlsx, or a UTF-8 .csv, into rows of cell texts. */
export async function readTable(filename: string, buffer: Buffer): Promise<string[][]> {
  const lower = filename.toLowerCase();
  const isXlsx = lower.endsWith('.xlsx') || buffer.subarray(0, 2).toString() === 'PK';
  if (!isXlsx && !lower.endsWith('.csv') && !lower.endsWith('.txt')) {
    throw badRequest('import_file_invalid', { reason: 'chỉ nhận tệp .csv hoặc .xlsx' });
  }
  const rows = isXlsx ? await readXlsx(buffer) : readCsv(buffer);
  if (rows.length > maxRows + 1) throw badRequest('import_file_invalid', { reason: `tối đa ${maxRows} dòng mỗi lần nhập` });
  return rows;
}
