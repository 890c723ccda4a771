/**
 * The document header: registry number ("Số 30-KH/ĐUK", "Số: 18/KH-CĐVC"), place and date
 * ("TP. Hồ Chí Minh, ngày 26 tháng 3 năm 2018"), the type name line ("KẾ HOẠCH",
 * "HƯỚNG DẪN", "CHƯƠNG TRÌNH HÀNH ĐỘNG") and the title (trích yếu) below it.
 */
import { foldVietnamese } from '../domain/text.ts';
import { DATE_PATTERN, readDate } from './dates.ts';
import { readHeaderNumber, type DocumentNumber } from './document-number.ts';
import type { Paragraph } from './normalize.ts';
import { readMarker } from './outline.ts';
import type { DocumentKind, SourceSpan } from './types.ts';

export interface Header extends DocumentNumber {
  kind: DocumentKind;
  title: string;
  place: string | null;
  issuedOn: string | null;
  /** Index of the first paragraph after the header. */
  bodyStart: number;
  sources: {
    number: SourceSpan | null;
    kind: SourceSpan | null;
    title: SourceSpan | null;
    placeAndDate: SourceSpan | null;
  };
}

/** The header never runs longer than this many paragraphs. */
const HEADER_WINDOW = 15;
const MAX_TYPE_LINE_WORDS = 6;
const MAX_TITLE_CONTINUATION = 160;

const TYPE_NAMES: Array<[string, DocumentKind]> = [
  ['ke hoach', 'plan'],
  ['huong dan', 'guidance'],
  ['chuong trinh', 'program'],
  ['nghi quyet', 'other'],
  ['chi thi', 'other'],
  ['ket luan', 'other'],
  ['quy dinh', 'other'],
  ['quyet dinh', 'other'],
  ['quy che', 'other'],
  ['bao cao', 'other'],
  ['thong bao', 'other'],
  ['de an', 'other'],
  ['to trinh', 'other'],
  ['cong van', 'other'],
];

const KIND_BY_TYPE_CODE: Record<string, DocumentKind> = { KH: 'plan', HD: 'guidance', CTr: 'program' };

const PLACE_AND_DATE = new RegExp(String.raw`^(.*?)[,\s]*\bngày\s+(${DATE_PATTERN})`, 'iu');
/** A paragraph that starts the body rather than continuing a title. */
const BODY_OPENING = /^(?:Căn cứ|Thực hiện|Nhằm|Trên cơ sở|Để|Theo|Sau khi|Qua)(?=\s|$)/u;

export function readHeader(paragraphs: Paragraph[]): Header {
  const window = paragraphs.slice(0, HEADER_WINDOW);
  const typeIndex = findTypeLine(window);
  const header: Header = {
    number: null,
    typeCode: null,
    issuerCode: null,
    kind: 'other',
    title: '',
    place: null,
    issuedOn: null,
    bodyStart: 0,
    sources: { number: null, kind: null, title: null, placeAndDate: null },
  };
  const before = typeIndex >= 0 ? window.slice(0, typeIndex) : window;
  let lastHeaderLine = -1;
  before.forEach((paragraph, index) => {
    if (header.number === null) {
      const number = readHeaderNumber(paragraph.text);
      if (number) {
        header.number = number.number;
        header.typeCode = number.typeCode;
        header.issuerCode = number.issuerCode;
        header.sources.number = span(paragraph);
        lastHeaderLine = index;
      }
    }
    if (header.issuedOn === null) {
      const placeAndDate = readPlaceAndDate(paragraph.text);
      if (placeAndDate) {
        header.place = placeAndDate.place;
        header.issuedOn = placeAndDate.issuedOn;
        header.sources.placeAndDate = span(paragraph);
        lastHeaderLine = index;
      }
    }
  });
  if (typeIndex >= 0) {
    const typeLine = paragraphs[typeIndex]!;
    header.kind = kindOfTypeLine(typeLine.text);
    header.sources.kind = span(typeLine);
    const titleEnd = readTitleEnd(paragraphs, typeIndex + 1);
    const titleParagraphs = paragraphs.slice(typeIndex + 1, titleEnd);
    header.title = titleParagraphs.map((paragraph) => paragraph.text).join(' ');
    if (titleParagraphs.length > 0) {
      header.sources.title = { line: titleParagraphs[0]!.line, endLine: titleParagraphs[titleParagraphs.length - 1]!.endLine };
    }
    header.bodyStart = titleEnd;
  } else {
    header.kind = (header.typeCode && KIND_BY_TYPE_CODE[header.typeCode]) || 'other';
    header.bodyStart = lastHeaderLine + 1;
  }
  return header;
}

/** "TP. Hồ Chí Minh, ngày 26 tháng 3 năm 2018", possibly after the number on the same line. */
export function readPlaceAndDate(text: string): { place: string | null; issuedOn: string } | null {
  const number = readHeaderNumber(text);
  const rest = number ? text.slice(number.index + number.length) : text;
  const match = PLACE_AND_DATE.exec(rest.trim());
  if (!match) return null;
  const issuedOn = readDate(match[2]!);
  if (issuedOn === null) return null;
  const place = match[1]!.replace(/[\s,]+$/, '').trim();
  return { place: place.length > 0 ? place : null, issuedOn };
}

function findTypeLine(window: Paragraph[]): number {
  return window.findIndex((paragraph, index) => {
    if (window.slice(0, index).some((earlier) => isBodyParagraph(earlier))) return false;
    const text = paragraph.text;
    return (
      /\p{L}/u.test(text) &&
      text === text.toUpperCase() &&
      text.split(' ').length <= MAX_TYPE_LINE_WORDS &&
      typeNameOf(text) !== null
    );
  });
}

function isBodyParagraph(paragraph: Paragraph): boolean {
  const marker = readMarker(paragraph.text);
  return marker !== null && marker.kind !== 'bullet';
}

function typeNameOf(text: string): [string, DocumentKind] | null {
  const folded = foldVietnamese(text);
  return TYPE_NAMES.find(([name]) => folded === name || folded.startsWith(`${name} `)) ?? null;
}

function kindOfTypeLine(text: string): DocumentKind {
  return typeNameOf(text)?.[1] ?? 'other';
}

/** The title is the first paragraph after the type line, plus lines that visibly continue it. */
function readTitleEnd(paragraphs: Paragraph[], start: number): number {
  if (start >= paragraphs.length || readMarker(paragraphs[start]!.text) !== null) return start;
  let end = start + 1;
  while (end < paragraphs.length) {
    const next = paragraphs[end]!;
    const continues =
      !next.gapBefore &&
      next.text.length <= MAX_TITLE_CONTINUATION &&
      !/[.:;]$/.test(paragraphs[end - 1]!.text) &&
      !BODY_OPENING.test(next.text) &&
      readMarker(next.text) === null &&
      readPlaceAndDate(next.text) === null;
    if (!continues) break;
    end++;
  }
  return end;
}

function span(paragraph: Paragraph): SourceSpan {
  return { line: paragraph.line, endLine: paragraph.endLine };
}
