import ExcelJS from 'exceljs';
import { comparatorSymbols, type Status } from '../../../domain/targets/status.ts';
import type { ServiceContext } from '../../context.ts';
import { complianceMatrix } from './matrix-service.ts';

type Matrix = Awaited<ReturnType<typeof complianceMatrix>>;

const statusLabels: Record<Status, string> = { green: 'Đạt', amber: 'Cần đôn đốc', red: 'Không đạt', none: 'Không có số liệu' };
const fills: Record<Status, string | null> = { green: 'FFC6EFCE', amber: 'FFFFEB9C', red: 'FFFFC7CE', none: null };

const figureText = (value: number | null, measure: 'percent' | 'count') => (value === null ? '—' : measure === 'percent' ? `${value}%` : String(value));

/** The matrix as a workbook: one sheet with a row per unit and, per target, its figure coloured by status and the counts behind it. */
export async function buildMatrixWorkbook(view: Matrix): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `Ma trận thực hiện chỉ tiêu — ${view.unit.name} — ${view.periodLabel}`;
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Chỉ tiêu', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  sheet.getCell('A1').value = `${view.unit.name} — ${view.periodLabel} (số liệu đến ngày ${view.asOf.split('-').reverse().join('/')})`;
  sheet.getCell('A1').font = { bold: true };
  const header = sheet.getRow(2);
  header.getCell(1).value = 'Đơn vị';
  view.columns.forEach((column, index) => {
    header.getCell(2 + index * 2).value = `${column.text} (${comparatorSymbols[column.comparator]} ${column.value}${column.measure === 'percent' ? '%' : ''})`;
    header.getCell(3 + index * 2).value = 'Tử số / mẫu số';
    sheet.getColumn(2 + index * 2).width = 28;
    sheet.getColumn(3 + index * 2).width = 14;
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getColumn(1).width = 44;

  const addLine = (name: string, cells: Matrix['total'], bold = false) => {
    const row = sheet.addRow([name]);
    cells.forEach((cell, index) => {
      const column = view.columns[index]!;
      const figure = row.getCell(2 + index * 2);
      figure.value = `${figureText(cell.value, column.measure)} — ${statusLabels[cell.status]}`;
      const fill = fills[cell.status];
      if (fill) figure.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      row.getCell(3 + index * 2).value = `${cell.numerator} / ${cell.denominator}`;
    });
    if (bold) row.font = { bold: true };
  };
  for (const line of view.rows) addLine(line.unit.name, line.cells);
  addLine(`Toàn ${view.unit.name}`, view.total, true);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function exportMatrix(ctx: ServiceContext, query: { unitId: string; period: string; kind?: string }) {
  const view = await complianceMatrix(ctx, query);
  return { filename: `chi-tieu-${view.period}.xlsx`, content: await buildMatrixWorkbook(view) };
}
