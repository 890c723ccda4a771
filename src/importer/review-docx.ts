/**
 * A review (báo cáo sơ kết / tổng kết) as a Word file in the official layout of a Party report:
 * the unit's header and date, "BÁO CÁO" and the title, the sections numbered I, II …, the
 * rolled-up figures as a table, and the signing block of the committee. Pure: data in, bytes out.
 */
import { Packer, type Paragraph, type Table } from 'docx';
import type { Notation } from '../domain/document-number.ts';
import { SIZE, SMALL, bodyText, cellParagraph, centered, dateLine, layoutTable, cell, numberedSections, officialHeader, officialPage, run, signingBlock, tableOf, titleBlock, type OfficialIssuer } from './docx-writer.ts';

export interface OfficialReview {
  notation: Notation;
  unit: OfficialIssuer;
  title: string;
  /** The Vietnam day it is written. */
  day: string;
  sections: { heading: string; text: string }[];
  /** Figure rows: label, value as shown, how it was aggregated. */
  figures: { label: string; value: string; method: string }[];
}

function figuresTable(figures: OfficialReview['figures']): Table[] {
  if (figures.length === 0) return [];
  const small = (text: string, bold = false) => run(text, { size: SMALL, bold });
  const header = ['STT', 'Chỉ tiêu', 'Số liệu', 'Cách tổng hợp'].map((title) => [cellParagraph([small(title, true)], true)]);
  const rows = figures.map((figure, index) => [
    [cellParagraph([small(String(index + 1))], true)],
    [cellParagraph([small(figure.label)])],
    [cellParagraph([small(figure.value)], true)],
    [cellParagraph([small(figure.method)])],
  ]);
  return [tableOf([{ cells: header }, ...rows.map((cells) => ({ cells }))], [8, 52, 18, 22])];
}

export function reviewDocument(review: OfficialReview) {
  const date = dateLine(null, review.day, Number(review.day.slice(0, 4)));
  const body = (text: string): Paragraph[] => text.split('\n').map((line) => line.trimEnd()).filter(Boolean).map((line) => bodyText(line));
  return officialPage(review.title, [
    officialHeader({ notation: review.notation, issuers: [review.unit], numberLine: null, dateLine: date.charAt(0).toLocaleUpperCase('vi') + date.slice(1) }),
    ...titleBlock('BÁO CÁO', review.title),
    ...numberedSections([...review.sections.map((section): [string, (Paragraph | Table)[]] => [section.heading.toLocaleUpperCase('vi'), body(section.text)]), ['BẢNG SỐ LIỆU TỔNG HỢP', figuresTable(review.figures)]]),
    centered('', { size: SIZE.body }),
    layoutTable([cell([centered('', { size: SIZE.body })], 45), cell(signingBlock([review.notation === 'party' ? 'T/M BAN CHẤP HÀNH' : 'T/M BAN THƯỜNG VỤ'], null), 55)]),
  ]);
}

export function writeReviewDocx(review: OfficialReview): Promise<Buffer> {
  return Packer.toBuffer(reviewDocument(review));
}
