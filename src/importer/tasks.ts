/**
 * Tasks from the item trees of the sections that hold commitments. Rules (see README):
 * - codes join the section's numeral and the document's own numbers ("II.1", "II.1.1" for a
 *   written "1.1."), letters ("II.1.a"), and for bullets their position among the parent's
 *   bullets ("II.1.3"); in sections numbered "1.", "2." a written "1.1." is already complete;
 * - an item whose lines carry labelled fields ("Thời gian:", "Nội dung cụ thể:", "Phân công:")
 *   is one activity: all its bullets describe it (numbered or lettered items under it are still
 *   sub-tasks); otherwise each bullet is a sub-task;
 * - a section without items turns each of its paragraphs into a task;
 * - a task without dates of its own takes its parent's ("Những nội dung … 6 tháng cuối năm 2018:").
 */
import { periodEnd, periodStart } from '../domain/periods.ts';
import { findTimeframe, parseTimeframe, type Timeframe } from '../domain/timeframe.ts';
import { readAssignment, splitUnitNames, type Assignment } from './assignments.ts';
import { fieldText, groupFields, readFieldLabel, type FieldLine, type LabelledField } from './fields.ts';
import type { Paragraph } from './normalize.ts';
import { buildItemTree, type OutlineNode } from './outline.ts';
import { TASK_ROLES, type SectionSplit } from './sections.ts';
import type { ExtractedTask, SourceSpan, TaskSources } from './types.ts';

export interface TaskDraft {
  task: ExtractedTask;
  sources: TaskSources;
}

/** Roles whose unnumbered paragraphs are tasks when the section lists no items. */
const PARAGRAPH_TASK_ROLES = new Set(['content', 'tasks', 'implementation']);

interface Context {
  year: number | null;
  numbering: SectionSplit['numbering'];
  sectionCode: string;
  drafts: TaskDraft[];
  codes: Set<string>;
}

export function buildTasks(split: SectionSplit, year: number | null): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  const codes = new Set<string>();
  const blocks = split.sections.length > 0
    ? split.sections.filter((section) => TASK_ROLES.has(section.role)).map((section) => ({ code: section.code, role: section.role, paragraphs: section.paragraphs }))
    : [{ code: '', role: 'other' as const, paragraphs: split.body }];
  for (const block of blocks) {
    const context: Context = { year, numbering: split.numbering, sectionCode: block.code, drafts, codes };
    const tree = buildItemTree(block.paragraphs);
    if (tree.items.length > 0) {
      addChildren(context, tree.items, null);
    } else if (PARAGRAPH_TASK_ROLES.has(block.role)) {
      tree.intro.forEach((paragraph, index) => addParagraphTask(context, paragraph, index + 1));
    }
  }
  return drafts;
}

function addChildren(context: Context, nodes: OutlineNode[], parent: TaskDraft | null): void {
  let bullets = 0;
  for (const node of nodes) {
    if (node.marker.kind === 'bullet') bullets++;
    addNode(context, node, parent, bullets);
  }
}

function addNode(context: Context, node: OutlineNode, parent: TaskDraft | null, bulletOrdinal: number): void {
  // An activity's bullets describe it; numbered and lettered items under it stay tasks.
  const structured = isFieldStructured(node);
  const describing = structured ? node.children.filter((child) => child.marker.kind === 'bullet') : [];
  const subTasks = structured ? node.children.filter((child) => child.marker.kind !== 'bullet') : node.children;
  const lines: FieldLine[] = [
    { text: node.marker.rest, paragraph: node.paragraph },
    ...node.continuation.map((paragraph) => ({ text: paragraph.text, paragraph })),
    ...describing.flatMap(flatten),
  ];
  const fields = groupFields(lines.slice(1));
  const code = unique(context, nodeCode(context, node, parent, bulletOrdinal));
  const timeframe = readTimeframe(context, lines, fields, parent);
  const assignment = readTaskAssignment(lines, fields);
  const draft: TaskDraft = {
    task: {
      code,
      parentCode: parent?.task.code ?? null,
      title: cleanTitle(node.marker.rest),
      description: lines.slice(1).map((line) => line.text).join('\n'),
      lead: assignment.value.lead,
      partners: assignment.value.partners,
      timeframe: timeframe.value,
    },
    sources: {
      task: spanOf(lines.map((line) => line.paragraph)),
      title: spanOf([node.paragraph]),
      timeframe: timeframe.source,
      assignment: assignment.source,
    },
  };
  context.drafts.push(draft);
  addChildren(context, subTasks, draft);
}

function addParagraphTask(context: Context, paragraph: Paragraph, ordinal: number): void {
  const lines = [{ text: paragraph.text, paragraph }];
  const timeframe = readTimeframe(context, lines, [], null);
  const assignment = readTaskAssignment(lines, []);
  context.drafts.push({
    task: {
      code: unique(context, join(context.sectionCode, String(ordinal))),
      parentCode: null,
      title: cleanTitle(paragraph.text),
      description: '',
      lead: assignment.value.lead,
      partners: assignment.value.partners,
      timeframe: timeframe.value,
    },
    sources: { task: spanOf([paragraph]), title: spanOf([paragraph]), timeframe: timeframe.source, assignment: assignment.source },
  });
}

function isFieldStructured(node: OutlineNode): boolean {
  return (
    node.children.some((child) => readFieldLabel(child.marker.rest) !== null) ||
    node.continuation.some((paragraph) => readFieldLabel(paragraph.text) !== null)
  );
}

function flatten(node: OutlineNode): FieldLine[] {
  return [
    { text: node.marker.rest, paragraph: node.paragraph },
    ...node.continuation.map((paragraph) => ({ text: paragraph.text, paragraph })),
    ...node.children.flatMap(flatten),
  ];
}

function nodeCode(context: Context, node: OutlineNode, parent: TaskDraft | null, bulletOrdinal: number): string {
  const { marker } = node;
  const base = parent?.task.code ?? context.sectionCode;
  switch (marker.kind) {
    case 'number':
    case 'path':
    case 'roman': {
      const own = marker.label;
      const complete = context.numbering === 'number' && (own === context.sectionCode || own.startsWith(`${context.sectionCode}.`));
      return complete ? own : join(context.sectionCode, own);
    }
    case 'letter':
      return join(base, marker.label);
    case 'bullet':
      return join(base, String(bulletOrdinal));
  }
}

function unique(context: Context, code: string): string {
  let candidate = code;
  for (let copy = 2; context.codes.has(candidate); copy++) candidate = `${code}~${copy}`;
  context.codes.add(candidate);
  return candidate;
}

function join(prefix: string, part: string): string {
  return prefix ? `${prefix}.${part}` : part;
}

function readTimeframe(
  context: Context,
  lines: FieldLine[],
  fields: LabelledField[],
  parent: TaskDraft | null,
): { value: Timeframe; source: SourceSpan | null } {
  const options = { year: context.year, spanYearForRecurrence: false };
  const timeFields = fields.filter((field) => field.kind === 'time' || field.kind === 'deadline');
  let value: Timeframe;
  let source: SourceSpan | null;
  if (timeFields.length > 0) {
    value = parseTimeframe(timeFields.map(fieldText).join('. '), options);
    if (value.deadline === null && value.end !== null && timeFields.some((field) => field.kind === 'deadline')) {
      value.deadline = value.end;
    }
    source = spanOf(timeFields.flatMap((field) => field.lines.map((line) => line.paragraph)));
  } else {
    value = findTimeframe(lines.map((line) => line.text).join('\n'), options);
    const phrases = value.text?.split('; ') ?? [];
    const first = lines.find((line) => phrases.some((phrase) => line.text.includes(phrase)));
    source = first ? spanOf([first.paragraph]) : null;
  }
  if (value.start === null && value.end === null && parent && parent.task.timeframe.end !== null) {
    const inherited = parent.task.timeframe;
    value = {
      text: [value.text, inherited.text].filter((text) => text !== null).join('; '),
      start: inherited.start,
      end: inherited.end,
      deadline: inherited.deadline,
      peaks: value.peaks.length > 0 ? value.peaks : inherited.peaks,
      recurrence: value.recurrence ?? inherited.recurrence,
    };
    source ??= parent.sources.timeframe;
  }
  if (value.start === null && value.recurrence !== null && context.year !== null) {
    value.start = periodStart(String(context.year));
    value.end ??= periodEnd(String(context.year));
    if (value.start > value.end) value.start = null;
  }
  return { value, source };
}

function readTaskAssignment(lines: FieldLine[], fields: LabelledField[]): { value: Assignment; source: SourceSpan | null } {
  const assignmentFields = fields.filter((field) => field.kind === 'assignment' || field.kind === 'lead' || field.kind === 'partners');
  const value: Assignment = { lead: [], partners: [] };
  if (assignmentFields.length > 0) {
    for (const field of assignmentFields) {
      if (field.kind === 'assignment') {
        const read = readAssignment(fieldText(field), { assignmentField: true });
        value.lead.push(...read.lead);
        value.partners.push(...read.partners);
        continue;
      }
      // The label line may carry both labels ("Đơn vị chủ trì: X; đơn vị phối hợp: Y"); lines
      // below it list further names of the field's own kind.
      const [labelLine, ...more] = field.lines;
      const read = readAssignment(labelLine!.text);
      const further = more.flatMap((line) => splitUnitNames(line.text));
      value.lead.push(...read.lead, ...(field.kind === 'lead' ? further : []));
      value.partners.push(...read.partners, ...(field.kind === 'partners' ? further : []));
    }
    value.partners = value.partners.filter((name) => !value.lead.includes(name));
    return { value, source: spanOf(assignmentFields.flatMap((field) => field.lines.map((line) => line.paragraph))) };
  }
  const read = readAssignment(lines.map((line) => line.text).join('\n'));
  const named = [...read.lead, ...read.partners];
  const mentioning = lines.filter((line) => named.some((name) => line.text.includes(name))).map((line) => line.paragraph);
  return { value: read, source: mentioning.length > 0 ? spanOf(mentioning) : null };
}

function cleanTitle(text: string): string {
  return text.replace(/\s*[:;,]\s*$/, '').replace(/(?<!\.)\.$/, '').trim();
}

function spanOf(paragraphs: Paragraph[]): SourceSpan {
  return {
    line: Math.min(...paragraphs.map((paragraph) => paragraph.line)),
    endLine: Math.max(...paragraphs.map((paragraph) => paragraph.endLine)),
  };
}
