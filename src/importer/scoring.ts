/**
 * Per-field precision and recall of an extraction against a hand-checked one. Every field is
 * turned into a bag of items keyed by what it belongs to ("II.1.a→Ban Tuyên giáo" for a lead,
 * "59|KH|ĐUK|2022-03-22" for a basis); an item counts as found when the same item is in both
 * bags. Empty values are not items, so a missing value costs recall and an invented one
 * costs precision.
 */
import type { PlanExtraction } from './types.ts';

export interface FieldTally {
  field: string;
  matched: number;
  predicted: number;
  expected: number;
}

export interface FieldScore extends FieldTally {
  precision: number;
  recall: number;
}

/** The fields a reviewer relies on first; the golden test holds them to a floor. */
export const HEADLINE_FIELDS = [
  'document.number',
  'document.typeCode',
  'document.issuerCode',
  'document.kind',
  'document.title',
  'document.place',
  'document.issuedOn',
  'document.bases',
  'document.recipients',
  'signature.signer',
  'sections',
  'task.code',
  'task.parentCode',
  'task.title',
  'task.lead',
  'task.partners',
  'task.timeframe',
  'targets',
] as const;

type Items = (extraction: PlanExtraction) => string[];

const FIELDS: Array<[string, Items]> = [
  ['document.number', (e) => present(e.document.number)],
  ['document.typeCode', (e) => present(e.document.typeCode)],
  ['document.issuerCode', (e) => present(e.document.issuerCode)],
  ['document.kind', (e) => [e.document.kind]],
  ['document.title', (e) => present(text(e.document.title))],
  ['document.place', (e) => present(e.document.place)],
  ['document.issuedOn', (e) => present(e.document.issuedOn)],
  ['document.bases', (e) => e.document.bases.map((b) => [b.number, b.typeCode, b.issuerCode, b.issuedOn].join('|'))],
  ['document.recipients', (e) => e.document.recipients.map(text)],
  ['signature.capacity', (e) => present(e.document.signature?.capacity)],
  ['signature.position', (e) => present(e.document.signature?.position)],
  ['signature.signer', (e) => present(e.document.signature?.signer)],
  ['sections', (e) => e.sections.map((s) => `${s.code}|${text(s.title)}`)],
  ['section.role', (e) => e.sections.map((s) => `${s.code}|${s.role}`)],
  ['task.code', (e) => e.tasks.map((t) => t.code)],
  ['task.parentCode', (e) => e.tasks.map((t) => `${t.code}→${t.parentCode ?? '∅'}`)],
  ['task.title', (e) => e.tasks.map((t) => `${t.code}→${text(t.title)}`)],
  ['task.description', (e) => e.tasks.filter((t) => t.description !== '').map((t) => `${t.code}→${text(t.description)}`)],
  ['task.lead', (e) => e.tasks.flatMap((t) => t.lead.map((name) => `${t.code}→${text(name)}`))],
  ['task.partners', (e) => e.tasks.flatMap((t) => t.partners.map((name) => `${t.code}→${text(name)}`))],
  [
    'task.timeframe',
    (e) =>
      e.tasks
        .filter(({ timeframe: f }) => f.start !== null || f.end !== null || f.deadline !== null || f.peaks.length > 0 || f.recurrence !== null)
        .map(({ code, timeframe: f }) => `${code}→${JSON.stringify([f.start, f.end, f.deadline, f.peaks, f.recurrence])}`),
  ],
  ['task.timeframe.text', (e) => e.tasks.filter((t) => t.timeframe.text !== null).map((t) => `${t.code}→${text(t.timeframe.text!)}`)],
  ['targets', (e) => e.targets.map((t) => `${t.comparator}|${t.value}|${t.unit}`)],
  ['target.subject', (e) => e.targets.map((t) => `${t.value}|${text(t.subject ?? '')}`)],
  ['target.text', (e) => e.targets.map((t) => text(t.text))],
];

export function tallyExtraction(expected: PlanExtraction, actual: PlanExtraction): FieldTally[] {
  return FIELDS.map(([field, items]) => {
    const wanted = items(expected);
    const found = items(actual);
    return { field, matched: bagIntersection(wanted, found), predicted: found.length, expected: wanted.length };
  });
}

/** The items one field got wrong: missing (expected, not found) and extra (found, not expected). */
export function fieldDifferences(expected: PlanExtraction, actual: PlanExtraction, field: string): { missing: string[]; extra: string[] } {
  const items = FIELDS.find(([name]) => name === field)?.[1];
  if (!items) throw new RangeError(`Unknown field: ${field}`);
  return { missing: bagDifference(items(expected), items(actual)), extra: bagDifference(items(actual), items(expected)) };
}

export function fieldNames(): string[] {
  return FIELDS.map(([field]) => field);
}

/** Sums tallies field by field (over several documents) and scores them. */
export function combineTallies(tallies: FieldTally[][]): FieldScore[] {
  const totals = new Map<string, FieldTally>();
  for (const tally of tallies.flat()) {
    const total = totals.get(tally.field) ?? { field: tally.field, matched: 0, predicted: 0, expected: 0 };
    total.matched += tally.matched;
    total.predicted += tally.predicted;
    total.expected += tally.expected;
    totals.set(tally.field, total);
  }
  return [...totals.values()].map((total) => ({
    ...total,
    precision: total.predicted === 0 ? 1 : total.matched / total.predicted,
    recall: total.expected === 0 ? 1 : total.matched / total.expected,
  }));
}

export function formatScoreTable(scores: FieldScore[]): string {
  const width = Math.max(...scores.map((score) => score.field.length), 'field'.length);
  const header = `${'field'.padEnd(width)}  precision  recall  matched/predicted/expected`;
  const rows = scores.map(
    (score) =>
      `${score.field.padEnd(width)}  ${score.precision.toFixed(3).padStart(9)}  ${score.recall.toFixed(3).padStart(6)}  ${score.matched}/${score.predicted}/${score.expected}`,
  );
  return [header, ...rows].join('\n');
}

function present(value: string | null | undefined): string[] {
  return value === null || value === undefined || value === '' ? [] : [value];
}

function text(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function bagIntersection(a: string[], b: string[]): number {
  const counts = countItems(b);
  let matched = 0;
  for (const item of a) {
    const count = counts.get(item) ?? 0;
    if (count > 0) {
      matched++;
      counts.set(item, count - 1);
    }
  }
  return matched;
}

function bagDifference(a: string[], b: string[]): string[] {
  const counts = countItems(b);
  return a.filter((item) => {
    const count = counts.get(item) ?? 0;
    if (count > 0) counts.set(item, count - 1);
    return count === 0;
  });
}

function countItems(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
