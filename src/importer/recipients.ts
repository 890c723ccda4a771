/**
 * The distribution list ("Nơi nhận:") at the foot of a document: one recipient per line,
 * usually as "- Thường trực Thành ủy (để báo cáo)," ending with "- Lưu." or "- Lưu: VP".
 */
import type { Paragraph } from './normalize.ts';
import { readMarker } from './outline.ts';
import type { SourceSpan } from './types.ts';

export interface Recipients {
  recipients: string[];
  sources: SourceSpan[];
  /** Index of the first paragraph after the list. */
  end: number;
}

const HEADING = /^Nơi nhận\s*:?\s*(.*)$/iu;

/** Index of the "Nơi nhận:" paragraph at or after `from`, or -1. */
export function findRecipientsHeading(paragraphs: Paragraph[], from: number): number {
  for (let index = paragraphs.length - 1; index >= from; index--) {
    if (HEADING.test(paragraphs[index]!.text)) return index;
  }
  return -1;
}

export function readRecipients(paragraphs: Paragraph[], heading: number): Recipients {
  const result: Recipients = { recipients: [], sources: [], end: heading + 1 };
  const inline = HEADING.exec(paragraphs[heading]!.text)?.[1]?.trim() ?? '';
  const first = paragraphs[heading]!;
  // "Nơi nhận: - Như trên; - Lưu VT." keeps the whole list on the heading's line.
  for (const item of inline.split(/(?:^|\s)[-–+•]\s+/)) add(result, item, first);
  for (let index = heading + 1; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    const marker = readMarker(paragraph.text);
    if (!marker || marker.kind !== 'bullet') break;
    add(result, marker.rest, paragraph);
    result.end = index + 1;
  }
  return result;
}

function add(result: Recipients, text: string, paragraph: Paragraph): void {
  const recipient = text.replace(/[\s,;.]+$/, '').trim();
  if (recipient.length === 0) return;
  result.recipients.push(recipient);
  result.sources.push({ line: paragraph.line, endLine: paragraph.endLine });
}
