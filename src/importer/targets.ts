/**
 * Targets (chỉ tiêu): measurable commitments anywhere in the body — "100% cơ sở có …",
 * "ít nhất 80% đoàn viên, hội viên được học tập …", "trên 90% …", "ít nhất 01 lớp bồi dưỡng …",
 * and frequencies such as "sinh hoạt chi bộ theo chuyên đề ít nhất 01 lần/01 quý".
 * The subject is what the number counts: the words after it up to the end of the clause,
 * or, for a frequency, the clause before it.
 */
import type { Paragraph } from './normalize.ts';
import type { Comparator, ExtractedTarget, SourceSpan } from './types.ts';

export interface TargetFinding {
  target: ExtractedTarget;
  source: SourceSpan;
}

const COMPARATORS: Array<[string, Comparator]> = [
  ['ít nhất', '>='],
  ['tối thiểu', '>='],
  ['không ít hơn', '>='],
  ['không dưới', '>='],
  ['không quá', '<='],
  ['không vượt quá', '<='],
  ['tối đa', '<='],
  ['trên', '>'],
  ['hơn', '>'],
  ['vượt', '>'],
  ['dưới', '<'],
  ['đạt', '='],
];
const COMPARATOR = alternatives(COMPARATORS.map(([words]) => words));
/** A count needs an explicit bound: "trên 2 năm" or "hơn 10 ngày" is seldom a target. */
const COUNT_COMPARATOR = alternatives(COMPARATORS.filter(([, comparator]) => comparator === '>=' || comparator === '<=').map(([words]) => words));
/** Where a subject ends: sentence and clause stops, brackets and quotes. */
const SUBJECT = String.raw`([^.;:!?()“”"\n]*)`;
const PERCENT = new RegExp(String.raw`(?<![\p{L}\d])(?:${COMPARATOR}\s+)?(\d{1,3}(?:[.,]\d+)?)\s*%\s*${SUBJECT}`, 'giu');
const COUNT = new RegExp(String.raw`(?<![\p{L}\d])${COUNT_COMPARATOR}\s+(\d{1,4})\s+(?!%)${SUBJECT}`, 'giu');
const FREQUENCY = /^lần\s*\/\s*(?:\d+\s*)?(?:quý|tháng|năm|tuần)/iu;
const CLAUSE_START = /[.;:,()\n][^.;:,()\n]*$/u;

export function readTargets(paragraphs: Paragraph[]): TargetFinding[] {
  const findings: TargetFinding[] = [];
  for (const paragraph of paragraphs) {
    const source = { line: paragraph.line, endLine: paragraph.endLine };
    for (const target of [...percentTargets(paragraph.text), ...countTargets(paragraph.text)].sort((a, b) => a.at - b.at)) {
      findings.push({ target: target.target, source });
    }
  }
  return findings;
}

function percentTargets(text: string): Array<{ target: ExtractedTarget; at: number }> {
  const found: Array<{ target: ExtractedTarget; at: number }> = [];
  PERCENT.lastIndex = 0;
  for (let match = PERCENT.exec(text); match; match = PERCENT.exec(text)) {
    const [whole, comparatorWords, number, subject] = match;
    found.push({
      at: match.index,
      target: {
        text: tidy(whole!),
        comparator: comparatorOf(comparatorWords),
        value: Number(number!.replace(',', '.')),
        unit: 'percent',
        subject: nonEmpty(tidy(subject!)),
      },
    });
  }
  return found;
}

function countTargets(text: string): Array<{ target: ExtractedTarget; at: number }> {
  const found: Array<{ target: ExtractedTarget; at: number }> = [];
  COUNT.lastIndex = 0;
  for (let match = COUNT.exec(text); match; match = COUNT.exec(text)) {
    const [whole, comparatorWords, number, following] = match;
    const frequency = FREQUENCY.exec(following!);
    if (frequency) {
      const quantity = `${comparatorWords} ${number} ${frequency[0]}`;
      const before = text.slice(0, match.index);
      const clause = CLAUSE_START.exec(before);
      const subject = tidy(clause ? clause[0].slice(1) : before);
      found.push({
        at: match.index,
        target: { text: tidy(`${subject} ${quantity}`), comparator: comparatorOf(comparatorWords), value: Number(number), unit: 'count', subject: nonEmpty(subject) },
      });
    } else {
      found.push({
        at: match.index,
        target: { text: tidy(whole!), comparator: comparatorOf(comparatorWords), value: Number(number), unit: 'count', subject: nonEmpty(tidy(following!)) },
      });
    }
  }
  return found;
}

function comparatorOf(words: string | undefined): Comparator {
  if (!words) return '=';
  const lower = words.toLowerCase();
  return COMPARATORS.find(([candidate]) => candidate === lower)?.[1] ?? '=';
}

function alternatives(words: string[]): string {
  return `(${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\s,]+$/, '').trim();
}

function nonEmpty(text: string): string | null {
  return text.length > 0 ? text : null;
}
