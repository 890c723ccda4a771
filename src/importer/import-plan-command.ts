/**
 * `congtac import-plan FILE [--json]`: reads a plan from a .txt or .docx file and prints what
 * the importer found — the import contract as JSON, or a short summary for a person.
 * Exit codes: 0 done, 2 bad arguments or an unreadable / unsupported file.
 */
import { stat } from 'node:fs/promises';
import { formatDayMonthYear, periodLabel } from '../domain/periods.ts';
import { parsePlanText, readPlanFile, SUPPORTED_EXTENSIONS, UnsupportedFileError } from './parse-plan.ts';
import type { ExtractedTask, PlanExtraction } from './types.ts';

export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = `Cách dùng: congtac import-plan TỆP [--json]
  Đọc kế hoạch, hướng dẫn, chương trình từ tệp ${SUPPORTED_EXTENSIONS.join('/')} và in cấu trúc tìm được.
  --json   in kết quả dạng JSON (số, ký hiệu, căn cứ, các phần, nhiệm vụ, chỉ tiêu …)
`;

const KIND_LABELS: Record<PlanExtraction['document']['kind'], string> = {
  plan: 'Kế hoạch',
  guidance: 'Hướng dẫn',
  program: 'Chương trình',
  other: 'Văn bản',
};

const processOutput: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function runImportPlanCommand(argv: string[], output: CommandOutput = processOutput): Promise<number> {
  const json = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    output.stdout(USAGE);
    return 0;
  }
  const unknown = argv.filter((arg) => arg.startsWith('-') && arg !== '--json');
  const files = argv.filter((arg) => !arg.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    const problem = unknown.length > 0 ? `Tham số không hợp lệ: ${unknown.join(' ')}` : files.length === 0 ? 'Thiếu tệp cần đọc.' : 'Chỉ đọc một tệp mỗi lần.';
    output.stderr(`${problem}\n${USAGE}`);
    return 2;
  }
  const path = files[0]!;
  let text: string;
  try {
    if (!(await stat(path)).isFile()) throw new Error('not a file');
    text = await readPlanFile(path);
  } catch (error) {
    output.stderr(`${describeReadError(path, error)}\n`);
    return 2;
  }
  const extraction = parsePlanText(text);
  output.stdout(json ? `${JSON.stringify(extraction, null, 2)}\n` : summary(extraction));
  return 0;
}

function describeReadError(path: string, error: unknown): string {
  if (error instanceof UnsupportedFileError) return `Không hỗ trợ loại tệp này: ${path} (chỉ nhận ${SUPPORTED_EXTENSIONS.join(', ')}).`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `Không tìm thấy tệp: ${path}`;
  if (code === 'EACCES') return `Không có quyền đọc tệp: ${path}`;
  const reason = error instanceof Error && error.message !== 'not a file' ? `: ${error.message}` : '';
  return `Không đọc được tệp ${path}${reason}`;
}

function summary(extraction: PlanExtraction): string {
  const { document, sections, tasks, targets } = extraction;
  const number = document.number ? ` số ${document.number}-${document.typeCode ?? '?'}/${document.issuerCode ?? '?'}` : '';
  const lines = [
    `${KIND_LABELS[document.kind]}${number}: ${document.title || '(không rõ trích yếu)'}`,
    `Ban hành: ${[document.place, document.issuedOn ? formatDayMonthYear(document.issuedOn) : null].filter(Boolean).join(', ') || 'không ghi'}`,
  ];
  if (document.bases.length > 0) {
    lines.push(`Căn cứ: ${document.bases.map((basis) => `${basis.number}-${basis.typeCode ?? '?'}/${basis.issuerCode ?? '?'}${basis.issuedOn ? ` (${formatDayMonthYear(basis.issuedOn)})` : ''}`).join('; ')}`);
  }
  lines.push(`Các phần: ${sections.map((section) => `${section.code}. ${section.title}`).join(' | ') || 'không có'}`);
  const led = tasks.filter((task) => task.lead.length > 0).length;
  const timed = tasks.filter((task) => task.timeframe.start !== null || task.timeframe.end !== null).length;
  lines.push(`Nhiệm vụ: ${tasks.length} (có đơn vị chủ trì: ${led}, có thời gian: ${timed}) · Chỉ tiêu: ${targets.length} · Nơi nhận: ${document.recipients.length}`);
  if (document.signature) {
    lines.push(`Ký: ${[document.signature.capacity, document.signature.position, document.signature.signer].filter(Boolean).join(' / ')}`);
  }
  lines.push('', ...tasks.map(taskLine));
  return `${lines.join('\n')}\n`;
}

function taskLine(task: ExtractedTask): string {
  const depth = task.code.split('.').length - 1;
  const title = task.title.length > 80 ? `${task.title.slice(0, 79)}…` : task.title;
  const details = [
    task.lead.length > 0 ? `chủ trì: ${task.lead.join(', ')}` : null,
    task.partners.length > 0 ? `phối hợp: ${task.partners.join(', ')}` : null,
    timeframeLabel(task),
  ].filter(Boolean);
  return `${'  '.repeat(depth)}${task.code} ${title}${details.length > 0 ? ` [${details.join('; ')}]` : ''}`;
}

function timeframeLabel(task: ExtractedTask): string | null {
  const { start, end, deadline, recurrence } = task.timeframe;
  const parts: string[] = [];
  if (recurrence) parts.push({ monthly: 'hàng tháng', quarterly: 'hàng quý', half_yearly: '6 tháng một lần', yearly: 'hàng năm' }[recurrence]);
  if (deadline) parts.push(`hạn ${formatDayMonthYear(deadline)}`);
  else if (start && end && start.slice(0, 4) === end.slice(0, 4) && start.endsWith('-01-01') && end.endsWith('-12-31')) parts.push(periodLabel(start.slice(0, 4)));
  else if (start || end) parts.push(`${start ? formatDayMonthYear(start) : '…'} – ${end ? formatDayMonthYear(end) : '…'}`);
  return parts.length > 0 ? parts.join(', ') : null;
}
