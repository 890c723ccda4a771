/**
 * Bases (căn cứ): the documents a plan implements, cited in its opening paragraph —
 * "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06 tháng 7 năm 2018 …", "Thực hiện Kế hoạch số
 * 59-KH/ĐUK ngày 22/3/2022 …". Each becomes a cascade link to the higher document.
 * Only numbered citations count: "Nghị quyết Đại hội XIII" names no registry entry.
 */
import { foldVietnamese } from '../domain/text.ts';
import { DATE_PATTERN, readDate } from './dates.ts';
import { DOCUMENT_NUMBER_PATTERN, fromGroups } from './document-number.ts';
import type { Paragraph } from './normalize.ts';
import type { DocumentReference, SourceSpan } from './types.ts';

export interface Bases {
  bases: DocumentReference[];
  sources: SourceSpan[];
}

const CITATION = new RegExp(`${DOCUMENT_NUMBER_PATTERN}(?:\\s*,?\\s*ngày\\s+(${DATE_PATTERN}))?`, 'giu');
const BASIS_CUE = /\b(?:can cu|thuc hien|trien khai|theo)\b/;

export function readBases(preamble: Paragraph[]): Bases {
  const result: Bases = { bases: [], sources: [] };
  const seen = new Set<string>();
  for (const paragraph of preamble) {
    if (!BASIS_CUE.test(foldVietnamese(paragraph.text))) continue;
    CITATION.lastIndex = 0;
    for (let match = CITATION.exec(paragraph.text); match; match = CITATION.exec(paragraph.text)) {
      const number = fromGroups(match.slice(1, 9));
      const key = `${number.number}|${number.typeCode}|${number.issuerCode}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.bases.push({ ...number, issuedOn: match[9] ? readDate(match[9]) : null });
      result.sources.push({ line: paragraph.line, endLine: paragraph.endLine });
    }
  }
  return result;
}
