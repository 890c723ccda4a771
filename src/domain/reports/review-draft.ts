/**
 * The first draft of a review (sơ kết, tổng kết) of a span of periods at one node, written from
 * what the platform knows: the rolled-up figures, how completely and punctually units reported,
 * the progress of the tasks due in the span, and the text of the reports below, grouped by the
 * template's sections. People edit it in the app before exporting it; nothing here judges a
 * person (the texts are the units' own, quoted under the unit's name).
 */
import { aggregationLabels, type ReportTemplate } from './template.ts';
import type { ReportAggregate } from './aggregate.ts';
import type { Tally } from './completeness.ts';
import { formatNumber } from './values.ts';

export const reviewKindLabels = { so_ket: 'Sơ kết', tong_ket: 'Tổng kết' } as const;
export type ReviewKind = keyof typeof reviewKindLabels;

export interface ReviewSectionDraft {
  heading: string;
  text: string;
}

export interface ReviewInput {
  kind: ReviewKind;
  nodeName: string;
  template: ReportTemplate;
  /** "Quý I/2026", "Quý IV/2026". */
  fromLabel: string;
  toLabel: string;
  figures: ReportAggregate;
  reporting: Tally;
  tasks: { total: number; done: number; overdue: number };
  /** Text answers of the reports below, by field key, in tree order. */
  texts: { unitName: string; periodLabel: string; values: Record<string, string> }[];
}

/** Longest quotation of one unit's answer in the draft; the full text stays in its report. */
const quoteLimit = 1500;

/** "Quý I/2026" → "quý I/2026": only the first letter, so Roman numerals stay upper case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function spanText(fromLabel: string, toLabel: string): string {
  return fromLabel === toLabel ? lowerFirst(fromLabel) : `từ ${lowerFirst(fromLabel)} đến ${lowerFirst(toLabel)}`;
}

export function reviewTitle(kind: ReviewKind, templateName: string, fromLabel: string, toLabel: string): string {
  return `Báo cáo ${lowerFirst(reviewKindLabels[kind])} ${lowerFirst(templateName)} ${spanText(fromLabel, toLabel)}`;
}

function percentText(value: number | null): string {
  return value === null ? 'chưa có' : `${formatNumber(value)}%`;
}

function figureLine(field: ReportAggregate['fields'][number]): string {
  const value = field.value === null ? 'chưa có số liệu' : field.method === 'ratio' ? `${formatNumber(field.value)}%` : formatNumber(field.value);
  const basis = field.method === 'ratio' && field.numerator !== undefined ? ` (${formatNumber(field.numerator)}/${formatNumber(field.denominator ?? 0)})` : '';
  return `- ${field.label}: ${value}${basis} — ${lowerFirst(aggregationLabels[field.method])}, ${field.contributors} báo cáo.`;
}

function quote(text: string): string {
  const trimmed = text.trim().replace(/\s+\n/g, '\n');
  return trimmed.length > quoteLimit ? `${trimmed.slice(0, quoteLimit)}…` : trimmed;
}

export function reviewDraft(input: ReviewInput): { title: string; sections: ReviewSectionDraft[] } {
  const { reporting, tasks, figures } = input;
  const sections: ReviewSectionDraft[] = [];
  sections.push({
    heading: 'Tình hình báo cáo',
    text: [
      `${input.nodeName} ${lowerFirst(reviewKindLabels[input.kind])} việc thực hiện "${input.template.name}" ${spanText(input.fromLabel, input.toLabel)}.`,
      `Số báo cáo phải nộp: ${reporting.expected}; đã nộp: ${reporting.submitted} (${percentText(reporting.completeness)}); đúng hạn: ${reporting.onTime} (${percentText(reporting.timeliness)}); nộp trễ: ${reporting.late}; chưa nộp: ${reporting.missing}.`,
    ].join('\n'),
  });
  const lines = figures.fields.map(figureLine);
  for (const table of figures.tables) {
    lines.push(`- ${table.label}: ${table.rows} dòng từ ${table.reports} báo cáo.`);
    for (const group of table.byOption?.groups ?? []) {
      if (group.rows) lines.push(`  + ${group.label}: ${group.rows} lượt.`);
    }
  }
  sections.push({ heading: 'Kết quả thực hiện (số liệu tổng hợp)', text: lines.length ? lines.join('\n') : 'Mẫu báo cáo không có chỉ tiêu số để tổng hợp.' });
  sections.push({
    heading: 'Tiến độ thực hiện nhiệm vụ',
    text: tasks.total
      ? `Trong kỳ có ${tasks.total} nhiệm vụ đến hạn; đã hoàn thành ${tasks.done} (${percentText(Math.round((tasks.done / tasks.total) * 1000) / 10)}); quá hạn chưa hoàn thành: ${tasks.overdue}.`
      : 'Trong kỳ không có nhiệm vụ đến hạn.',
  });

  const textFields = input.template.fields.filter((field) => field.type === 'long_text' || field.type === 'short_text');
  const bySection = new Map<string, typeof textFields>();
  for (const field of textFields) {
    const heading = field.section ?? 'Ý kiến, kiến nghị của các đơn vị';
    bySection.set(heading, [...(bySection.get(heading) ?? []), field]);
  }
  for (const [heading, fields] of bySection) {
    const quotes = fields.flatMap((field) => {
      const answers = input.texts.filter((entry) => entry.values[field.key]?.trim()).map((entry) => `- ${entry.unitName} (${entry.periodLabel}): ${quote(entry.values[field.key]!)}`);
      return answers.length ? [`${field.label}:`, ...answers] : [];
    });
    if (quotes.length) sections.push({ heading, text: quotes.join('\n') });
  }
  sections.push({ heading: 'Phương hướng, nhiệm vụ thời gian tới', text: '' });
  return { title: reviewTitle(input.kind, input.template.name, input.fromLabel, input.toLabel), sections };
}
