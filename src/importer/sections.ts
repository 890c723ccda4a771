/**
 * The top-level parts of a plan's body and what each is for. Party documents number their
 * parts with Roman numerals ("I. MỤC ĐÍCH, YÊU CẦU", "II- NHIỆM VỤ VÀ GIẢI PHÁP"); short
 * guidance often uses plain numbers ("1. Nội dung chuyên đề", "3. Tổ chức thực hiện");
 * an appendix ("DANH MỤC GỢI Ý", "PHỤ LỤC") may have no number at all.
 */
import { foldVietnamese } from '../domain/text.ts';
import type { Paragraph } from './normalize.ts';
import { readMarker } from './outline.ts';
import type { SectionRole } from './types.ts';

export interface SectionBlock {
  code: string;
  title: string;
  role: SectionRole;
  heading: Paragraph;
  /** The section's paragraphs after its heading. */
  paragraphs: Paragraph[];
}

export interface SectionSplit {
  /** How the sections are numbered; item codes depend on it. */
  numbering: 'roman' | 'number' | 'none';
  /** Paragraphs before the first section (or, without sections, before the first item). */
  preamble: Paragraph[];
  sections: SectionBlock[];
  /** Without sections, the numbered body itself. */
  body: Paragraph[];
}

/** Checked in order: "MỤC TIÊU, CHỈ TIÊU" is about targets, "MỤC TIÊU VÀ NHIỆM VỤ" about tasks. */
const ROLE_KEYWORDS: Array<[SectionRole, RegExp]> = [
  ['appendix', /\b(?:danh muc|phu luc)\b/],
  ['implementation', /\b(?:to chuc thuc hien|trach nhiem thuc hien|phan cong thuc hien)\b/],
  ['targets', /\bchi tieu\b/],
  ['tasks', /\b(?:nhiem vu|giai phap)\b/],
  ['content', /\bnoi dung\b/],
  ['objectives', /\bmuc tieu\b/],
  ['purpose', /\b(?:muc dich|yeu cau)\b/],
];

/** Roles whose items are commitments to carry out, as opposed to aims, measures or annexes. */
export const TASK_ROLES: ReadonlySet<SectionRole> = new Set(['content', 'tasks', 'implementation', 'other']);

const MAX_HEADING_WORDS = 12;

export function sectionRole(title: string): SectionRole {
  const folded = foldVietnamese(title);
  return ROLE_KEYWORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'other';
}

export function splitSections(paragraphs: Paragraph[]): SectionSplit {
  const numbering = sectionNumbering(paragraphs);
  const sections: SectionBlock[] = [];
  const preamble: Paragraph[] = [];
  const body: Paragraph[] = [];
  let appendixCount = 0;
  for (const paragraph of paragraphs) {
    const heading = readHeading(paragraph, numbering, () => `PL${++appendixCount}`);
    if (heading) {
      sections.push({ ...heading, heading: paragraph, paragraphs: [] });
    } else if (sections.length > 0) {
      sections[sections.length - 1]!.paragraphs.push(paragraph);
    } else if (numbering === 'none' && (body.length > 0 || readMarker(paragraph.text) !== null)) {
      body.push(paragraph);
    } else {
      preamble.push(paragraph);
    }
  }
  return { numbering, preamble, sections, body };
}

function sectionNumbering(paragraphs: Paragraph[]): SectionSplit['numbering'] {
  const markers = paragraphs.map((paragraph) => readMarker(paragraph.text));
  if (markers.some((marker) => marker?.kind === 'roman')) return 'roman';
  const namedNumberHeadings = markers.filter(
    (marker) => marker?.kind === 'number' && isHeadingText(marker.rest) && sectionRole(marker.rest) !== 'other',
  );
  return namedNumberHeadings.length >= 2 ? 'number' : 'none';
}

function readHeading(
  paragraph: Paragraph,
  numbering: SectionSplit['numbering'],
  nextAppendixCode: () => string,
): { code: string; title: string; role: SectionRole } | null {
  const marker = readMarker(paragraph.text);
  if (marker && ((numbering === 'roman' && marker.kind === 'roman') || (numbering === 'number' && marker.kind === 'number' && isHeadingText(marker.rest)))) {
    const title = headingTitle(marker.rest);
    return { code: marker.label, title, role: sectionRole(title) };
  }
  if (!marker && isUpperCaseHeading(paragraph.text) && sectionRole(paragraph.text) === 'appendix') {
    return { code: nextAppendixCode(), title: headingTitle(paragraph.text), role: 'appendix' };
  }
  return null;
}

function headingTitle(text: string): string {
  return text.replace(/\s*:\s*$/, '').trim();
}

function isHeadingText(text: string): boolean {
  return text.split(' ').length <= MAX_HEADING_WORDS && !/[.;]$/.test(text.trim());
}

function isUpperCaseHeading(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text.split(' ').length <= MAX_HEADING_WORDS;
}
