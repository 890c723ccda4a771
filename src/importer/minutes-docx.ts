/**
 * The minutes of a meeting (biên bản) as a Word file in the official layout of a Party
 * document (Hướng dẫn 36-HD/VPTW; the state header for a mass association): the unit's header
 * with "ĐẢNG CỘNG SẢN VIỆT NAM" and the date, "BIÊN BẢN" and the meeting's title, the time,
 * place, presiding person, minute taker and attendance counts, the body written in the app,
 * the conclusions, the follow-up actions as a table, and the signatures of the minute taker
 * and the presiding person. Pure: data in, bytes out.
 */
import { AlignmentType, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, convertMillimetersToTwip, type ParagraphChild } from 'docx';
import type { Notation } from '../domain/document-number.ts';
import { formatDayMonthYear } from '../domain/periods.ts';
import { SIZE, SMALL, bodyParagraph, bodyText, cell, cellParagraph, centered, dateLine, layoutTable, numberedSections, officialHeader, officialPage, run, signingBlock, tableOf, titleBlock, type OfficialIssuer } from './docx-writer.ts';
import { type Block, htmlToBlocks, type Inline } from './html-blocks.ts';

export interface MinutesAttendance {
  /** Members invited (guests are listed apart). */
  invited: number;
  present: number;
  late: number;
  absentExcused: { name: string; reason: string | null }[];
  absentUnexcused: string[];
  unmarked: number;
}

export interface OfficialMinutes {
  notation: Notation;
  unit: OfficialIssuer;
  title: string;
  /** Local day and times of the meeting in Vietnam: "2026-03-05", "19:30", "21:30". */
  day: string;
  startTime: string;
  endTime: string;
  place: string | null;
  onlineLink: string | null;
  presiding: string | null;
  minuteTaker: string | null;
  attendance: MinutesAttendance;
  guests: { name: string; title: string | null; organization: string | null }[];
  /** Sanitized HTML. */
  bodyHtml: string;
  conclusions: string;
  followUps: { text: string; unit: string; person: string | null; dueOn: string | null }[];
  /** The conclusions notice that gave the actions to the units, once the minutes are approved. */
  notice: { numberLine: string | null; issuedOn: string | null } | null;
  /** The day of approval; null for a draft, which says so under its title. */
  approvedOn: string | null;
}

const LIST_INDENT = convertMillimetersToTwip(6);

const clock = (time: string) => {
  const [hours, minutes] = time.split(':');
  return minutes === '00' ? `${Number(hours)} giờ` : `${Number(hours)} giờ ${minutes}`;
};

const count = (value: number) => String(value).padStart(2, '0');

function runsOf(inlines: Inline[], size: number = SIZE.body): TextRun[] {
  return inlines.map((inline) => ('text' in inline ? run(inline.text, { size, bold: inline.bold, italics: inline.italics, underline: inline.underline, strike: inline.strike }) : new TextRun({ break: 1 })));
}


/** The blocks of the rich-text body as Word paragraphs and tables. */
export function blocksToDocx(blocks: Block[]): (Paragraph | Table)[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return bodyParagraph(runsOf(block.inlines), block.style === 'quote' ? { left: LIST_INDENT } : {});
      case 'heading':
        return bodyParagraph(runsOf(block.inlines.map((inline) => ('text' in inline ? { ...inline, bold: true } : inline))));
      case 'item':
        return bodyParagraph([...(block.marker ? [run(`${block.marker} `, { size: SIZE.body })] : []), ...runsOf(block.inlines)], { left: block.depth * LIST_INDENT });
      case 'table':
        return tableOf(
          block.rows.map((row) => ({ cells: row.map((cell) => cell.paragraphs.map((inlines) => cellParagraph(runsOf(inlines, SMALL), cell.header))), spans: row.map(({ colSpan, rowSpan }) => ({ colSpan, rowSpan })) })),
          null,
        );
    }
  });
}

const labelled = (label: string, text: string) => bodyParagraph([run(`${label}: `, { size: SIZE.body, bold: true }), run(text, { size: SIZE.body })]);

/** "Tổng số đảng viên được triệu tập 15 đồng chí; có mặt 13 (đến muộn 01); vắng có lý do 01 (…); vắng không lý do 01 (…)." */
export function attendanceLine(attendance: MinutesAttendance): string {
  const parts = [`tổng số được triệu tập ${count(attendance.invited)} đồng chí`, `có mặt ${count(attendance.present + attendance.late)} đồng chí${attendance.late > 0 ? ` (đến muộn ${count(attendance.late)})` : ''}`];
  const excused = attendance.absentExcused.map((person) => (person.reason ? `${person.name}: ${person.reason}` : person.name)).join('; ');
  parts.push(`vắng có lý do ${count(attendance.absentExcused.length)} đồng chí${excused ? ` (${excused})` : ''}`);
  parts.push(`vắng không lý do ${count(attendance.absentUnexcused.length)} đồng chí${attendance.absentUnexcused.length > 0 ? ` (${attendance.absentUnexcused.join(', ')})` : ''}`);
  if (attendance.unmarked > 0) parts.push(`chưa điểm danh ${count(attendance.unmarked)} đồng chí`);
  return `${parts.join('; ')}.`;
}

function facts(minutes: OfficialMinutes): Paragraph[] {
  const [year, month, day] = minutes.day.split('-').map(Number) as [number, number, number];
  const where = [minutes.place, minutes.onlineLink ? `trực tuyến (${minutes.onlineLink})` : null].filter(Boolean).join('; ');
  const guests = minutes.guests.map((guest) => [guest.name, guest.title, guest.organization].filter(Boolean).join(', ')).join('; ');
  return [
    labelled('Thời gian', `từ ${clock(minutes.startTime)} đến ${clock(minutes.endTime)}, ngày ${String(day).padStart(2, '0')} tháng ${month} năm ${year}.`),
    ...(where ? [labelled('Địa điểm', `${where}.`)] : []),
    labelled('Chủ trì', minutes.presiding ? `đồng chí ${minutes.presiding}.` : '…'),
    labelled('Thư ký', minutes.minuteTaker ? `đồng chí ${minutes.minuteTaker}.` : '…'),
    labelled('Thành phần', attendanceLine(minutes.attendance)),
    ...(guests ? [labelled('Đại biểu', `${guests}.`)] : []),
  ];
}

function followUpTable(minutes: OfficialMinutes): (Paragraph | Table)[] {
  if (minutes.followUps.length === 0) return [];
  const small = (text: string, bold = false) => run(text, { size: SMALL, bold });
  const header = ['STT', 'Nội dung', 'Đơn vị, người thực hiện', 'Thời hạn'].map((title) => [cellParagraph([small(title, true)], true)]);
  const rows = minutes.followUps.map((item, index) => [
    [cellParagraph([small(String(index + 1))], true)],
    [cellParagraph([small(item.text)])],
    [cellParagraph([small(item.person ? `${item.unit} (đồng chí ${item.person})` : item.unit)])],
    [cellParagraph([small(item.dueOn ? formatDayMonthYear(item.dueOn) : '')], true)],
  ]);
  const notice = minutes.notice?.numberLine
    ? [bodyText(`Các việc trên được giao thực hiện tại Thông báo ${minutes.notice.numberLine.replace(/^Số:?/, 'số')}${minutes.notice.issuedOn ? ` ngày ${formatDayMonthYear(minutes.notice.issuedOn)}` : ''}.`, { italics: true })]
    : [];
  return [tableOf([{ cells: header }, ...rows.map((cells) => ({ cells }))], [8, 47, 30, 15]), ...notice];
}

export function minutesDocument(minutes: OfficialMinutes) {
  const date = dateLine(null, minutes.day, Number(minutes.day.slice(0, 4)));
  const blocks = htmlToBlocks(minutes.bodyHtml);
  const conclusions = minutes.conclusions.split('\n').map((line) => line.trim()).filter(Boolean);
  return officialPage(`Biên bản ${minutes.title}`, [
    officialHeader({ notation: minutes.notation, issuers: [minutes.unit], numberLine: null, dateLine: date.charAt(0).toLocaleUpperCase('vi') + date.slice(1) }),
    ...titleBlock('BIÊN BẢN', minutes.title),
    ...(minutes.approvedOn ? [] : [centered('(Dự thảo)', { size: SIZE.body, italics: true }, { after: 120 })]),
    ...facts(minutes),
    ...numberedSections([
      ['NỘI DUNG', blocksToDocx(blocks)],
      ['KẾT LUẬN', conclusions.map((line) => bodyText(line))],
      ['VIỆC CẦN THỰC HIỆN', followUpTable(minutes)],
    ]),
    ...(minutes.approvedOn ? [bodyText(`Biên bản được duyệt ngày ${formatDayMonthYear(minutes.approvedOn)}.`, { italics: true })] : []),
    centered('', { size: SIZE.body }),
    layoutTable([cell(signingBlock(['THƯ KÝ'], minutes.minuteTaker), 50), cell(signingBlock(['CHỦ TRÌ'], minutes.presiding), 50)]),
  ]);
}

/** The minutes as the bytes of a .docx file. */
export function writeMinutesDocx(minutes: OfficialMinutes): Promise<Buffer> {
  return Packer.toBuffer(minutesDocument(minutes));
}
