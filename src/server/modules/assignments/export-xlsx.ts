import ExcelJS from 'exceljs';
import { overallStatus } from '../../../domain/plan-board.ts';
import { progressStatusLabels } from '../../../domain/task-status.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import type { ServiceContext } from '../../context.ts';
import { type Board, getBoard } from './board-service.ts';
import { formatDayMonthYear } from '../../../domain/periods.ts';

const headers = ['STT', 'Mã', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Hạn', 'Trạng thái', 'Tiến độ (%)'];
const widths = [6, 10, 60, 30, 40, 28, 12, 16, 12];

/** A calendar day as Excel stores it: midnight UTC, so the cell shows the same day everywhere. */
const excelDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

type BoardTask = Board['tasks'][number];

/** Empty cells stay empty rather than holding an empty string. */
function timeText(task: BoardTask): string | null {
  const { text, start, end } = task.timeframe;
  if (text) return text;
  if (start && end) return `${formatDayMonthYear(start)} – ${formatDayMonthYear(end)}`;
  return start ? `Từ ${formatDayMonthYear(start)}` : null;
}

const unitNames = (task: BoardTask, role: 'lead' | 'partner') =>
  task.units
    .filter((unit) => unit.role === role)
    .map((unit) => unit.name)
    .join('; ') || null;

/** The board's task table as a worksheet: one row a task in plan order, sub-tasks indented. */
export async function buildTasksWorkbook(board: Board): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = board.document.title;
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Nhiệm vụ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, index) => ({ header, width: widths[index] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const [index, task] of board.tasks.entries()) {
    const due = task.timeframe.deadline ?? task.timeframe.end;
    const status = overallStatus(task.units.flatMap((unit) => unit.assignments.map((assignment) => assignment.status)));
    const row = sheet.addRow([
      index + 1,
      task.code,
      task.title,
      unitNames(task, 'lead'),
      unitNames(task, 'partner'),
      timeText(task),
      due ? excelDay(due) : null,
      status ? progressStatusLabels[status] : null,
      task.figure.percent === null ? null : task.figure.percent / 100,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(3).alignment = { vertical: 'top', wrapText: true, indent: task.depth };
    row.getCell(7).numFmt = 'dd/mm/yyyy';
    row.getCell(9).numFmt = '0.0%';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "Số 30-KH/ĐUK" → "nhiem-vu-30-kh-duk.xlsx"; a draft without a number is named after its title. */
export function workbookFilename(board: Board): string {
  const base = foldVietnamese(board.document.numberLine?.replace(/^Số:?\s*/, '') ?? board.document.title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `nhiem-vu-${base || 'ke-hoach'}.xlsx`;
}

export async function exportTasks(ctx: ServiceContext, documentId: string) {
  const board = await getBoard(ctx, documentId);
  return { filename: workbookFilename(board), content: await buildTasksWorkbook(board) };
}
