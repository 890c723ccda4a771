/**
 * Turns the text of a document (typed, pasted, or extracted from Word) into clean paragraphs
 * that remember their source lines. Word exports leave artifacts that would otherwise split
 * or pollute paragraphs: bookmarks, tabs, footnote marks and footnote bodies dropped at page
 * bottoms, `*emphasis*` markers, and sentences cut in two by a page break.
 */
import type { SourceSpan } from './types.ts';

export interface Paragraph extends SourceSpan {
  text: string;
  /** A blank line or a rule (`_____`, `-----`) separated it from the previous paragraph. */
  gapBefore: boolean;
}

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const SUPERSCRIPT_DIGITS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
const FOOTNOTE_BODY = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/;
const EMPHASIS = /\*([^\s*](?:[^*\n]*?[^\s*])?)\*/g;
const INVISIBLE = /[\u200b-\u200d\ufeff\u00ad]/g;
const RULE_LINE = /^(?:[-_=–—.*·•~]\s*){3,}$|^[-–—*·•+]$/;
const PAGE_NUMBER = /^\d{1,3}$/;
const TERMINAL_PUNCTUATION = /[.:;!?…]$/;
const STARTS_LOWER_CASE = /^\p{Ll}/u;
const LETTER_ITEM = /^[a-zđ]\s*[.)]\s/;

export function normalizeText(raw: string): Paragraph[] {
  const lines = raw.normalize('NFC').split(/\r\n|\r|\n/);
  const paragraphs: Paragraph[] = [];
  let gap = false;
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    if (FOOTNOTE_BODY.test(rawLine.trimStart())) return;
    const text = cleanLine(rawLine);
    if (text === '' || RULE_LINE.test(text) || PAGE_NUMBER.test(text)) {
      gap = true;
      return;
    }
    const previous = paragraphs[paragraphs.length - 1];
    if (previous && continuesSentence(previous.text, text)) {
      previous.text = `${previous.text} ${text}`;
      previous.endLine = line;
    } else {
      paragraphs.push({ text, line, endLine: line, gapBefore: gap });
    }
    gap = false;
  });
  return paragraphs;
}

function cleanLine(line: string): string {
  let text = line.replace(BOOKMARK, '').replace(INVISIBLE, '').replace(SUPERSCRIPT_DIGITS, '');
  // Nested markers ("**bold**") need more than one pass; three covers what Word produces.
  for (let pass = 0; pass < 3; pass++) {
    const stripped = text.replace(EMPHASIS, '$1');
    if (stripped === text) break;
    text = stripped;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** A page break cuts "… cho cán bộ, đảng viên, đoàn" / "viên, hội viên …": no stop before, lower case after. */
function continuesSentence(previous: string, next: string): boolean {
  return !TERMINAL_PUNCTUATION.test(previous) && STARTS_LOWER_CASE.test(next) && !LETTER_ITEM.test(next);
}
