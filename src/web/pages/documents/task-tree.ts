/**
 * A plan's tasks arrive as a flat list in document order, each naming its parent; the editor
 * shows them nested as the document nests them ("II", "II.1", "II.1.a").
 */
import { fromRoman, toRoman } from '../../../domain/roman-numerals.ts';

interface FlatTask {
  id: string;
  parentId: string | null;
  position: number;
  code: string;
}

export interface TaskNode<T extends FlatTask> {
  task: T;
  depth: number;
  children: TaskNode<T>[];
}

/** The forest of tasks, siblings in document order; a task whose parent is not in the list is a root. */
export function buildTaskTree<T extends FlatTask>(tasks: readonly T[]): TaskNode<T>[] {
  const ids = new Set(tasks.map((task) => task.id));
  const childrenOf = new Map<string | null, T[]>();
  for (const task of [...tasks].sort((a, b) => a.position - b.position)) {
    const parent = task.parentId && ids.has(task.parentId) ? task.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), task]);
  }
  const grow = (parentId: string | null, depth: number): TaskNode<T>[] =>
    (childrenOf.get(parentId) ?? []).map((task) => ({ task, depth, children: grow(task.id, depth + 1) }));
  return grow(null, 0);
}

/** How many tasks lie below a node (deleting a task deletes them too). */
export function countDescendants<T extends FlatTask>(node: TaskNode<T>): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}

// Vietnamese documents letter their items in the Vietnamese alphabet: a), b), c), d), đ), e), g) …
const letters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** The segment after this one in its own numbering: "3" → "4", "d" → "đ", "IV" → "V"; null when unknown. */
export function nextSegment(segment: string): string | null {
  if (/^\d+$/.test(segment)) return String(Number(segment) + 1);
  const letter = letters.indexOf(segment);
  if (letter >= 0) return letters[letter + 1] ?? null;
  const roman = fromRoman(segment);
  return roman === null ? null : toRoman(roman + 1);
}

/** The first segment one level below a segment: under "II" come "1", "2"; under "1" come "a", "b"; then "1" again. */
function firstChildSegment(parentSegment: string): string {
  return /^\d+$/.test(parentSegment) ? 'a' : '1';
}

function lastSegment(code: string): string {
  return code.split('.').at(-1) ?? code;
}

/**
 * The code to offer for a new task: after the last sibling ("II.2" → "II.3"), or the first
 * under its parent ("II" → "II.1", "II.1" → "II.1.a"), never one the plan already uses.
 * Empty when the numbering cannot be continued (the user then types the code).
 */
export function suggestTaskCode(parentCode: string | null, siblingCodes: readonly string[], takenCodes: readonly string[]): string {
  const taken = new Set(takenCodes);
  const last = siblingCodes.at(-1);
  let prefix: string;
  let segment: string | null;
  if (last) {
    const cut = last.lastIndexOf('.');
    prefix = cut >= 0 ? last.slice(0, cut + 1) : '';
    segment = nextSegment(lastSegment(last));
  } else {
    prefix = parentCode ? `${parentCode}.` : '';
    segment = parentCode ? firstChildSegment(lastSegment(parentCode)) : '1';
  }
  for (let tries = 0; segment !== null && tries < 1000; tries++) {
    if (!taken.has(`${prefix}${segment}`)) return `${prefix}${segment}`;
    segment = nextSegment(segment);
  }
  return '';
}
