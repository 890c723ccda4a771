import ExcelJS from 'exceljs';
import { aggregationLabels } from '../../../domain/reports/template.ts';
import type { ExpectedStatus } from '../../../domain/reports/completeness.ts';
import type { ServiceContext } from '../../context.ts';
import { rollup } from './rollup-service.ts';

type Rollup = Awaited<ReturnType<typeof rollup>>;

const statusLabels: Record<ExpectedStatus, string> = { on_time: 'Đúng hạn', late: 'Nộp trễ', overdue: 'Quá hạn, chưa nộp', pending: 'Chưa đến hạn, chưa nộp' };
const excelDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const percent = (value: number | null) => (value === null ? null : value / 100);

function sheetWithHeader(workbook: ExcelJS.Workbook, name: string, columns: [string, number][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  return sheet;
}

/** The roll-up as a workbook: the figures, each child subtree's completeness and figures, who is missing or late. */
export async function buildRollupWorkbook(view: Rollup): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `${view.template.name} — ${view.unit.name} — ${view.periodLabel}`;
  workbook.created = new Date();

  const figures = sheetWithHeader(workbook, 'Tổng hợp', [['Chỉ tiêu', 60], ['Số liệu', 16], ['Cách tổng hợp', 26], ['Số báo cáo', 12]]);
  for (const field of view.aggregate.fields) {
    const row = figures.addRow([field.label, field.method === 'ratio' ? percent(field.value) : field.value, aggregationLabels[field.method as keyof typeof aggregationLabels] ?? field.method, field.contributors]);
    if (field.method === 'ratio') row.getCell(2).numFmt = '0.0%';
  }
  for (const table of view.aggregate.tables) {
    figures.addRow([`${table.label} (số dòng)`, table.rows, 'Tổng', table.reports]);
    for (const group of table.byOption?.groups ?? []) figures.addRow([`  ${group.label}`, group.rows, 'Tổng', group.reports]);
  }
  const { overall } = view.completeness;
  figures.addRow([]);
  figures.addRow(['Số báo cáo phải nộp', overall.expected]);
  figures.addRow(['Đã nộp', overall.submitted]);
  figures.getCell(`B${figures.addRow(['Tỷ lệ đã nộp', percent(overall.completeness)]).number}`).numFmt = '0.0%';
  figures.getCell(`B${figures.addRow(['Tỷ lệ đúng hạn', percent(overall.timeliness)]).number}`).numFmt = '0.0%';

  const fieldColumns = view.aggregate.fields.map((field): [string, number] => [field.label, 16]);
  const children = sheetWithHeader(workbook, 'Theo đơn vị', [['Đơn vị', 50], ['Phải nộp', 10], ['Đã nộp', 10], ['Đúng hạn', 10], ['Tỷ lệ nộp', 10], ['Tỷ lệ đúng hạn', 12], ...fieldColumns]);
  for (const child of view.children) {
    const row = children.addRow([
      child.unitName,
      child.tally.expected,
      child.tally.submitted,
      child.tally.onTime,
      percent(child.tally.completeness),
      percent(child.tally.timeliness),
      ...child.fields.map((field) => (field.method === 'ratio' ? percent(field.value) : field.value)),
    ]);
    row.getCell(5).numFmt = '0.0%';
    row.getCell(6).numFmt = '0.0%';
    child.fields.forEach((field, index) => {
      if (field.method === 'ratio') row.getCell(7 + index).numFmt = '0.0%';
    });
  }

  const owed = sheetWithHeader(workbook, 'Chưa nộp, nộp trễ', [['Đơn vị', 50], ['Trực thuộc', 40], ['Hạn nộp', 14], ['Tình trạng', 24], ['Số ngày trễ', 12]]);
  for (const item of [...view.completeness.missing, ...view.completeness.late]) {
    owed.addRow([item.unitName, item.parentName, excelDay(item.deadline), statusLabels[item.status], item.daysLate || null]).getCell(3).numFmt = 'dd/mm/yyyy';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function exportRollup(ctx: ServiceContext, query: { templateId: string; unitId: string; period: string }) {
  const view = await rollup(ctx, query);
  return { filename: `tong-hop-bao-cao-${view.period}.xlsx`, content: await buildRollupWorkbook(view) };
}
