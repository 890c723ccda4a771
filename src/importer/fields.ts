/**
 * Labelled fields inside an activity ("· Thời gian: Cả năm 2018.", "· Nội dung cụ thể:",
 * "· Phân công: X chủ trì. Y tham gia", "Đơn vị chủ trì: …"). Lines after a label that carry
 * no label of their own belong to it ("· Phân công:" followed by one line per unit).
 */
import type { Paragraph } from './normalize.ts';

export type FieldKind = 'time' | 'deadline' | 'content' | 'assignment' | 'lead' | 'partners';

export interface FieldLine {
  /** Paragraph text without its outline marker. */
  text: string;
  paragraph: Paragraph;
}

export interface LabelledField {
  kind: FieldKind;
  /** Text after the colon on the label's own line. */
  value: string;
  /** The label's line and the unlabelled lines that follow it. */
  lines: FieldLine[];
}

const LABELS: Array<[FieldKind, string]> = [
  ['time', 'Thời gian(?: thực hiện| tổ chức)?'],
  ['deadline', 'Thời hạn(?: hoàn thành)?'],
  ['content', 'Nội dung(?: cụ thể| thực hiện| chính)?'],
  ['assignment', 'Phân công(?: thực hiện)?|Phụ trách'],
  ['lead', '(?:Đơn vị|Cơ quan|Bộ phận) chủ trì|Chủ trì'],
  ['partners', '(?:Đơn vị|Cơ quan|Bộ phận) phối hợp|Phối hợp'],
];
const LABEL = new RegExp(`^(?:${LABELS.map(([, pattern]) => `(${pattern})`).join('|')})\\s*:\\s*(.*)$`, 'iu');

export function readFieldLabel(text: string): { kind: FieldKind; value: string } | null {
  const match = LABEL.exec(text);
  if (!match) return null;
  const index = LABELS.findIndex((_, i) => match[i + 1] !== undefined);
  return { kind: LABELS[index]![0], value: match[LABELS.length + 1]!.trim() };
}

/** Groups lines under the label they follow; lines before any label are left out. */
export function groupFields(lines: FieldLine[]): LabelledField[] {
  const fields: LabelledField[] = [];
  for (const line of lines) {
    const label = readFieldLabel(line.text);
    if (label) fields.push({ kind: label.kind, value: label.value, lines: [line] });
    else fields[fields.length - 1]?.lines.push(line);
  }
  return fields;
}

/** The field's own text: its value, then its continuation lines. */
export function fieldText(field: LabelledField): string {
  return [field.value, ...field.lines.slice(1).map((line) => line.text)].filter((text) => text.length > 0).join('\n');
}
