import type { RollupMethod } from '../../../domain/rollup.ts';
import type { ExtractedDocument, ExtractedSection, ExtractedTarget, ExtractedTask, PlanSources, SourceSpan } from '../../../importer/types.ts';
import type { ImportPreview, SaveImportInput, UnitMatch } from '../../api/plan-imports.ts';

/**
 * What the reviewer edits: the extraction, the unit chosen for each name the document writes,
 * the issuers and the roll-up method. Tasks and sections keep the code they were read with
 * (`key`) so that their source spans stay found when the reviewer renumbers them.
 */
export interface ReviewTask extends ExtractedTask {
  key: string;
}

export interface ReviewSection extends ExtractedSection {
  key: string;
}

export interface Review {
  document: ExtractedDocument;
  sections: ReviewSection[];
  tasks: ReviewTask[];
  targets: ExtractedTarget[];
  /** Name as written → the chosen unit, or null while unmatched. */
  mapping: Record<string, string | null>;
  issuerUnitIds: (string | null)[];
  rollupMethod: RollupMethod;
}

export function initialReview(preview: ImportPreview, issuerUnitId: string | null): Review {
  const { extraction } = preview;
  return {
    document: extraction.document,
    sections: extraction.sections.map((section) => ({ ...section, key: section.code })),
    tasks: extraction.tasks.map((task) => ({ ...task, key: task.code })),
    targets: extraction.targets,
    mapping: Object.fromEntries(preview.unitMatches.map((match) => [match.name, match.unitId])),
    issuerUnitIds: [issuerUnitId],
    rollupMethod: 'average',
  };
}

/** The names the tasks still carry, each once, in reading order. */
export function namesInUse(tasks: readonly ExtractedTask[]): string[] {
  return [...new Set(tasks.flatMap((task) => [...task.lead, ...task.partners]))];
}

export function unmatchedNames(review: Review): string[] {
  return namesInUse(review.tasks).filter((name) => !review.mapping[name]);
}

/** How deep each task sits under the tasks above it (0 at the top of its section). */
export function taskDepths(tasks: readonly ReviewTask[]): Map<string, number> {
  const byCode = new Map(tasks.map((task) => [task.code, task]));
  const depths = new Map<string, number>();
  for (const task of tasks) {
    let depth = 0;
    const seen = new Set([task.code]);
    for (let parent = task.parentCode; parent !== null && byCode.has(parent) && !seen.has(parent); parent = byCode.get(parent)!.parentCode) {
      seen.add(parent);
      depth++;
    }
    depths.set(task.key, depth);
  }
  return depths;
}

/** A new code for a task; its sub-tasks follow it. */
export function recodeTask(tasks: readonly ReviewTask[], key: string, code: string): ReviewTask[] {
  const old = tasks.find((task) => task.key === key)?.code;
  return tasks.map((task) => {
    if (task.key === key) return { ...task, code };
    return task.parentCode === old ? { ...task, parentCode: code } : task;
  });
}

/** Removes a task with everything under it. */
export function removeTask(tasks: readonly ReviewTask[], key: string): ReviewTask[] {
  const removed = new Set<string>();
  const root = tasks.find((task) => task.key === key);
  if (root) removed.add(root.code);
  // Tasks come in document order, parents first, so one pass collects the whole subtree.
  for (const task of tasks) if (task.parentCode !== null && removed.has(task.parentCode)) removed.add(task.code);
  return tasks.filter((task) => !removed.has(task.code));
}

/** One span covering several (the recipients, the bases), or null for none. */
export function spanOver(spans: readonly (SourceSpan | null | undefined)[]): SourceSpan | null {
  const present = spans.filter((span): span is SourceSpan => Boolean(span));
  if (present.length === 0) return null;
  return { line: Math.min(...present.map((span) => span.line)), endLine: Math.max(...present.map((span) => span.endLine)) };
}

/** Where a task field came from; a task's title stands in for a field it does not name. */
export function taskSpan(sources: PlanSources, key: string, field: 'task' | 'title' | 'timeframe' | 'assignment'): SourceSpan | null {
  const spans = sources.tasks[key];
  if (!spans) return null;
  return spans[field] ?? spans.title;
}

/** The body of POST /plan-imports/save: the edited extraction and the mapping of the names still in use. */
export function saveBody(review: Review): SaveImportInput {
  const strip = <T extends { key: string }>({ key: _key, ...rest }: T) => rest;
  return {
    extraction: {
      // Recipients are edited one per line; blank lines are not recipients.
      document: { ...review.document, recipients: review.document.recipients.map((line) => line.trim()).filter(Boolean) },
      sections: review.sections.map(strip),
      tasks: review.tasks.map(strip),
      targets: review.targets,
    },
    issuerUnitIds: review.issuerUnitIds.filter((id): id is string => Boolean(id)),
    unitMapping: Object.fromEntries(namesInUse(review.tasks).map((name) => [name, review.mapping[name] ?? null])),
    rollupMethod: review.rollupMethod,
  };
}

/** The candidates offered for a name before anything is typed. */
export function candidatesByName(matches: readonly UnitMatch[]): Map<string, { id: string; name: string }[]> {
  return new Map(matches.map((match) => [match.name, match.candidates.map((candidate) => ({ id: candidate.unitId, name: candidate.name }))]));
}
