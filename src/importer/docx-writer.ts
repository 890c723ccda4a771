/**
 * A plan as a Word file in the official layout: Hướng dẫn 36-HD/VPTW for Party documents,
 * Nghị định 30/2020/NĐ-CP for state-form ones (mass associations number "18/KH-CĐVC").
 *
 * A4, Times New Roman throughout. Party header: the superior body in capitals (14) above the
 * issuing body in bold capitals (14) with "*" beneath and "Số 30-KH/ĐUK" (14); on the right
 * "ĐẢNG CỘNG SẢN VIỆT NAM" (15, bold, a rule beneath) and place and date (14, italic). A joint
 * plan sets each issuer's block side by side. The state header has "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM / Độc lập - Tự do - Hạnh phúc" instead and a rule under the issuer. Then the type
 * name (16, bold), the title (14, bold), the body (14) and, side by side, "Nơi nhận:" and the
 * signature block (T/M, K/T, T/L; position; signer).
 *
 * The body is written the way the importer reads plans (sections "II.", items "1.", "1.1.",
 * "a)", bullets, and "Đơn vị chủ trì: …; đơn vị phối hợp: …" and "Thời gian: …" lines), so an
 * exported plan imports back to the same structure. Pure: data in, bytes out.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType, convertMillimetersToTwip, type ParagraphChild } from 'docx';
import { type Notation, formatNumberLine, formatSymbol } from '../domain/document-number.ts';
import { documentTypes, type SignatureBlock } from '../domain/documents.ts';
import type { Timeframe } from '../domain/timeframe.ts';
import { toRoman } from '../domain/roman-numerals.ts';
import { readFieldLabel } from './fields.ts';
import type { DocumentReference, SectionRole } from './types.ts';

export interface OfficialIssuer {
  /** The body above the issuer ("Đảng bộ Khối …"); null at the top of the tree. */
  superior: string | null;
  name: string;
}

export interface OfficialSection {
  code: string;
  title: string;
  role: SectionRole;
  /** Paragraphs of the section's own text, one per line. */
  text: string;
}

export interface OfficialTask {
  code: string;
  /** The section the task belongs to; null to take it from the code ("II.1" → "II"). */
  sectionCode: string | null;
  title: string;
  description: string;
  lead: string[];
  partners: string[];
  timeframe: Timeframe;
}

export interface OfficialBasis extends DocumentReference {
  citation?: string | null;
}

export interface OfficialPlan {
  notation: Notation;
  /** The issuing units, the lead one first (whose number the plan carries). */
  issuers: OfficialIssuer[];
  typeCode: string;
  issuerCode: string;
  /** Null for a draft: the number is left blank to be filled in when it is issued. */
  number: number | null;
  place: string | null;
  issuedOn: string | null;
  /** The year a draft's date line shows. */
  year: number;
  title: string;
  /** Cited documents; a citation written out stands for a basis without a number. */
  bases: OfficialBasis[];
  sections: OfficialSection[];
  tasks: OfficialTask[];
  /** Written under the section whose role is "targets", when there is one. */
  targets: string[];
  recipients: string[];
  signature: SignatureBlock | null;
}

const FONT = 'Times New Roman';
/** Sizes in points (the docx library counts half-points). */
export const SIZE = { header: 14, partyName: 15, typeName: 16, title: 14, body: 14, recipients: 12, stateHeader: 13 } as const;
const A4 = { width: 11906, height: 16838 };
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;
const BODY_INDENT = convertMillimetersToTwip(12.7);
const upper = (text: string) => text.toLocaleUpperCase('vi');

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
}

export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ text, font: FONT, size: style.size * 2, bold: style.bold, italics: style.italics, underline: style.underline ? {} : undefined, strike: style.strike });
}

export function centered(text: string, style: RunStyle, options: { rule?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    border: options.rule ? { bottom: RULE } : undefined,
    children: [run(text, style)],
  });
}

/** A justified body paragraph with the first line indented; `left` (twips) indents it whole (list items, quotations). */
export function bodyParagraph(children: TextRun[], options: { indent?: boolean; left?: number } = {}): Paragraph {
  const firstLine = options.indent === false ? {} : { firstLine: BODY_INDENT };
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 60, line: 300 },
    indent: options.indent === false && !options.left ? undefined : { ...firstLine, ...(options.left ? { left: options.left } : {}) },
    children,
  });
}

export const bodyText = (text: string, style: Partial<RunStyle> = {}) => bodyParagraph([run(text, { size: SIZE.body, ...style })]);

function pad(value: number, always: boolean): string {
  return value < 10 && always ? `0${value}` : String(value);
}

/** "TP. Hồ Chí Minh, ngày 05 tháng 4 năm 2026": days under 10 and months 1 and 2 take a zero. */
export function dateLine(place: string | null, issuedOn: string | null, year: number): string {
  const prefix = place ? `${place}, ` : '';
  if (!issuedOn) return `${prefix}ngày      tháng      năm ${year}`;
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
  return `${prefix}ngày ${pad(d, true)} tháng ${pad(m, m <= 2)} năm ${y}`;
}

function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}/${m}/${y}`;
}

const recurrencePhrases = { monthly: 'hàng tháng', quarterly: 'hàng quý', half_yearly: 'định kỳ 6 tháng', yearly: 'hàng năm' } as const;

/** The timeframe as the document wrote it, or as a phrase built from its dates. */
export function timeframePhrase(timeframe: Timeframe): string | null {
  if (timeframe.text) return timeframe.text;
  const parts: string[] = [];
  if (timeframe.recurrence) parts.push(recurrencePhrases[timeframe.recurrence]);
  if (timeframe.start && timeframe.end) parts.push(`từ ngày ${shortDate(timeframe.start)} đến ngày ${shortDate(timeframe.end)}`);
  if (timeframe.deadline) parts.push(`chậm nhất ngày ${shortDate(timeframe.deadline)}`);
  else if (timeframe.end && !timeframe.start) parts.push(`trước ngày ${shortDate(timeframe.end)}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** "Kế hoạch số 59-KH/ĐUK ngày 22/3/2022" for the preamble. */
export function basisPhrase(basis: OfficialBasis): string {
  if (!basis.number && basis.citation) return basis.citation;
  const type = basis.typeCode ? (documentTypes[basis.typeCode] ?? 'Văn bản') : 'Văn bản';
  const symbol = basis.number && basis.typeCode && basis.issuerCode ? `${basis.number}-${basis.typeCode}/${basis.issuerCode}` : (basis.number ?? '');
  return [`${type} số ${symbol}`, basis.issuedOn ? `ngày ${shortDate(basis.issuedOn)}` : ''].filter(Boolean).join(' ');
}

function numberLine(plan: OfficialPlan): string {
  if (plan.number !== null) return formatNumberLine({ number: plan.number, typeCode: plan.typeCode, issuerCode: plan.issuerCode }, plan.notation);
  // A draft leaves room for the number written in when it is issued.
  const blank = formatSymbol({ number: 0, typeCode: plan.typeCode, issuerCode: plan.issuerCode }, plan.notation).replace(/^00?/, '     ');
  return plan.notation === 'party' ? `Số ${blank}` : `Số: ${blank}`;
}

export function cell(children: (Paragraph | Table)[], widthPercent: number): TableCell {
  return new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE } });
}

export function layoutTable(cells: TableCell[]): Table {
  return new Table({ rows: [new TableRow({ children: cells })], width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });
}

function partyIssuerBlock(issuer: OfficialIssuer, number: string | null): Paragraph[] {
  return [
    ...(issuer.superior ? [centered(upper(issuer.superior), { size: SIZE.header })] : []),
    centered(upper(issuer.name), { size: SIZE.header, bold: true }),
    centered('*', { size: SIZE.header }),
    ...(number ? [centered(number, { size: SIZE.header })] : []),
  ];
}

function stateIssuerBlock(issuer: OfficialIssuer, number: string | null): Paragraph[] {
  return [
    ...(issuer.superior ? [centered(upper(issuer.superior), { size: SIZE.stateHeader })] : []),
    centered(upper(issuer.name), { size: SIZE.stateHeader, bold: true }, { rule: true, after: 120 }),
    ...(number ? [centered(number, { size: SIZE.stateHeader })] : []),
  ];
}

function header(plan: OfficialPlan): Table {
  return officialHeader({ notation: plan.notation, issuers: plan.issuers, numberLine: numberLine(plan), dateLine: dateLine(plan.place, plan.issuedOn, plan.year) });
}

/**
 * The header of any official document: the issuers' blocks (the first carrying the number
 * line, when there is one) and, on the right, the Party name — or the state motto — above the
 * date line.
 */
export function officialHeader(input: { notation: Notation; issuers: OfficialIssuer[]; numberLine: string | null; dateLine: string }): Table {
  const date = centered(input.dateLine, { size: SIZE.header, italics: true });
  const motto =
    input.notation === 'party'
      ? [centered('ĐẢNG CỘNG SẢN VIỆT NAM', { size: SIZE.partyName, bold: true }, { rule: true, after: 240 }), date]
      : [
          centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: SIZE.stateHeader, bold: true }),
          centered('Độc lập - Tự do - Hạnh phúc', { size: SIZE.header, bold: true }, { rule: true, after: 240 }),
          date,
        ];
  const block = input.notation === 'party' ? partyIssuerBlock : stateIssuerBlock;
  // The issuers share the left part of the page; the motto keeps the right.
  const issuerShare = input.issuers.length === 1 ? 45 : 60;
  const issuerCells = input.issuers.map((issuer, index) => cell(block(issuer, index === 0 ? input.numberLine : null), issuerShare / input.issuers.length));
  return layoutTable([...issuerCells, cell(motto, 100 - issuerShare)]);
}

function typeName(plan: OfficialPlan): string {
  const name = upper(documentTypes[plan.typeCode] ?? plan.typeCode);
  return plan.issuers.length > 1 && plan.typeCode === 'KH' ? `${name} LIÊN TỊCH` : name;
}

function preamble(plan: OfficialPlan): Paragraph[] {
  if (plan.bases.length === 0) return [];
  const issuer = plan.issuers.map((unit) => unit.name).join(', ');
  const kind = (documentTypes[plan.typeCode] ?? 'văn bản').toLocaleLowerCase('vi');
  return [bodyText(`Thực hiện ${plan.bases.map(basisPhrase).join('; ')}, ${issuer} xây dựng ${kind} như sau:`)];
}

const isRoman = (code: string) => /^[IVXLC]+$/.test(code);
const isLetter = (segment: string) => /^[a-zđ]$/.test(segment);

/**
 * The marker the importer turns back into the task's code: "1." under a section ("II" +
 * "1." = "II.1"), numbers written in full below numbers ("1.1." = "II.1.1"; under a
 * numbered section the section is part of it), "a)" for a letter, a bullet otherwise.
 */
function taskMarker(task: OfficialTask, sectionCode: string): string {
  const inSection = sectionCode && task.code.startsWith(`${sectionCode}.`);
  const relative = inSection ? task.code.slice(sectionCode.length + 1) : task.code;
  const segments = relative.split('.');
  const last = segments.at(-1)!;
  if (isLetter(last)) return `${last})`;
  if (segments.every((segment) => /^\d+$/.test(segment))) {
    return inSection && !isRoman(sectionCode) ? `${task.code}.` : `${relative}.`;
  }
  return '-';
}

function describes(description: string, kinds: string[]): boolean {
  return description.split('\n').some((line) => kinds.includes(readFieldLabel(line.trim())?.kind ?? ''));
}

function taskParagraphs(task: OfficialTask, sectionCode: string, topLevel: boolean): Paragraph[] {
  const description = task.description.split('\n').map((line) => line.trim()).filter(Boolean);
  // A title without a stop followed by a line in lower case reads as one sentence broken by a page.
  const stop = /^\p{Ll}/u.test(description[0] ?? '') && !/[.:;!?…]$/.test(task.title) ? '.' : '';
  const paragraphs = [bodyParagraph([run(`${taskMarker(task, sectionCode)} ${task.title}${stop}`, { size: SIZE.body, bold: topLevel })])];
  for (const line of description) paragraphs.push(bodyText(line));
  // A description that already carries these fields (as the document wrote them) keeps its own.
  if ((task.lead.length > 0 || task.partners.length > 0) && !describes(task.description, ['assignment', 'lead', 'partners'])) {
    const lead = task.lead.length > 0 ? `Đơn vị chủ trì: ${task.lead.join(', ')}` : '';
    const partners = task.partners.length > 0 ? `${lead ? 'đơn vị phối hợp' : 'Đơn vị phối hợp'}: ${task.partners.join(', ')}` : '';
    paragraphs.push(bodyText(`${[lead, partners].filter(Boolean).join('; ')}.`, { italics: true }));
  }
  const time = timeframePhrase(task.timeframe);
  if (time && !describes(task.description, ['time', 'deadline'])) paragraphs.push(bodyText(`Thời gian: ${time}.`, { italics: true }));
  return paragraphs;
}

const sectionOf = (task: OfficialTask) => task.sectionCode ?? task.code.split('.')[0] ?? '';

function sectionHeading(section: OfficialSection): Paragraph {
  const appendix = section.role === 'appendix' && !/^(?:[IVXLC]+|\d+)$/.test(section.code);
  return bodyParagraph([run(appendix ? upper(section.title) : `${section.code}. ${section.title}`, { size: SIZE.body, bold: true })]);
}

function body(plan: OfficialPlan): Paragraph[] {
  const codes = new Set(plan.tasks.map((task) => task.code));
  const parentOf = (code: string) => {
    const cut = code.lastIndexOf('.');
    return cut > 0 && codes.has(code.slice(0, cut)) ? code.slice(0, cut) : null;
  };
  const tasksOf = (sectionCode: string) => plan.tasks.filter((task) => sectionOf(task) === sectionCode);
  const writeTasks = (tasks: OfficialTask[], sectionCode: string) => tasks.flatMap((task) => taskParagraphs(task, sectionCode, parentOf(task.code) === null));
  const paragraphs: Paragraph[] = [];
  for (const section of plan.sections) {
    paragraphs.push(sectionHeading(section));
    for (const line of section.text.split('\n')) if (line.trim()) paragraphs.push(bodyText(line.trim()));
    if (section.role === 'targets') paragraphs.push(...plan.targets.map((target) => bodyText(`- ${target}`)));
    paragraphs.push(...writeTasks(tasksOf(section.code), section.code));
  }
  const known = new Set(plan.sections.map((section) => section.code));
  paragraphs.push(...writeTasks(plan.tasks.filter((task) => !known.has(sectionOf(task))), ''));
  return paragraphs;
}

const capacityMarks = { party: { 'T/M': 'T/M', 'K/T': 'K/T', 'T/L': 'T/L' }, state: { 'T/M': 'TM.', 'K/T': 'KT.', 'T/L': 'TL.' } } as const;

function signatureBlock(plan: OfficialPlan): Paragraph[] {
  const signature = plan.signature;
  if (!signature) return [];
  const capacity = [signature.capacity ? capacityMarks[plan.notation][signature.capacity] : null, signature.onBehalfOf ? upper(signature.onBehalfOf) : null].filter(Boolean).join(' ');
  return signingBlock([capacity, signature.position ? upper(signature.position) : ''], signature.signer);
}

/** Bold lines naming who signs (capacity, position), room for the signature and the seal, then the signer. */
export function signingBlock(lines: string[], signer: string | null): Paragraph[] {
  const strong = { size: SIZE.body, bold: true };
  return [
    ...lines.filter(Boolean).map((line) => centered(line, strong)),
    // Room for the signature and the seal.
    ...[1, 2, 3, 4].map(() => centered('', { size: SIZE.body })),
    ...(signer ? [centered(signer, strong)] : []),
  ];
}

function recipientList(plan: OfficialPlan): Paragraph[] {
  if (plan.recipients.length === 0) return [];
  const last = plan.recipients.length - 1;
  return [
    new Paragraph({ children: [run('Nơi nhận:', { size: SIZE.header, underline: true })] }),
    ...plan.recipients.map((recipient, index) => new Paragraph({ children: [run(`- ${recipient}${index === last ? '.' : ','}`, { size: SIZE.recipients })] })),
  ];
}

function closing(plan: OfficialPlan): Table[] {
  const recipients = recipientList(plan);
  const signature = signatureBlock(plan);
  if (recipients.length === 0 && signature.length === 0) return [];
  return [layoutTable([cell(recipients.length > 0 ? recipients : [new Paragraph('')], 45), cell(signature.length > 0 ? signature : [new Paragraph('')], 55)])];
}

/** An A4 page in Times New Roman with the margins of Hướng dẫn 36 (20/20 mm, 30 mm left, 15 mm right). */
export function officialPage(title: string, children: (Paragraph | Table)[]): Document {
  return new Document({
    creator: 'Congtac',
    title,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(15) },
          },
        },
        children,
      },
    ],
  });
}

/** The type name (16, bold) and the title (14, bold) with the short rule under them. */
export function titleBlock(typeLine: string, title: string): Paragraph[] {
  return [
    centered('', { size: SIZE.body }),
    centered(typeLine, { size: SIZE.typeName, bold: true }),
    centered(title, { size: SIZE.title, bold: true }),
    centered('-----', { size: SIZE.body }, { after: 240 }),
  ];
}

export function officialDocument(plan: OfficialPlan): Document {
  return officialPage(plan.title, [header(plan), ...titleBlock(typeName(plan), plan.title), ...preamble(plan), ...body(plan), centered('', { size: SIZE.body }), ...closing(plan)]);
}

/** The plan as the bytes of a .docx file. */
export function writeOfficialDocx(plan: OfficialPlan): Promise<Buffer> {
  return Packer.toBuffer(officialDocument(plan));
}

/** Text size of table cells (13 pt). */
export const SMALL = 13;

/** A bordered table of paragraphs, full width; `widths` in percent per column. */
export function tableOf(rows: { cells: Paragraph[][]; spans?: { colSpan: number; rowSpan: number }[] }[], widths: number[] | null): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: row.cells.map(
            (paragraphs, index) =>
              new TableCell({
                children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')],
                columnSpan: row.spans?.[index]?.colSpan,
                rowSpan: row.spans?.[index]?.rowSpan,
                ...(widths ? { width: { size: widths[index]!, type: WidthType.PERCENTAGE } } : {}),
              }),
          ),
        }),
    ),
  });
}

export const cellParagraph = (children: ParagraphChild[], center = false) => new Paragraph({ alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 40, after: 40 }, children });


/** Parts titled "I. …", "II. …" in bold; empty parts are left out. */
export function numberedSections(parts: [string, (Paragraph | Table)[]][]): (Paragraph | Table)[] {
  return parts
    .filter(([, content]) => content.length > 0)
    .flatMap(([title, content], index) => [bodyParagraph([run(`${toRoman(index + 1)}. ${title}`, { size: SIZE.body, bold: true })]), ...content]);
}

