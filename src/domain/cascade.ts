/**
 * The cascade: a lower unit turns a higher task into its own plan, whose tasks implement
 * the higher task. Tasks form a tree inside a plan (parent) and a graph across plans
 * (implements). These walks are pure; the database hands over the rows a recursive query found.
 */
export interface CascadeLink {
  id: string;
  parentId: string | null;
  implementsTaskId: string | null;
  documentId: string;
}

/**
 * Whether making `documentId`'s task implement a task whose upward chain is `chainDocuments`
 * (the documents of the higher task, of the tasks it implements and so on to the top)
 * would close a loop: a plan may not, however indirectly, implement itself.
 */
export function closesLoop(documentId: string, chainDocuments: readonly string[]): boolean {
  return chainDocuments.includes(documentId);
}

/** Whether moving `taskId` under `newParentId` would put a task inside its own subtree. */
export function parentLoop(parentOf: ReadonlyMap<string, string | null>, taskId: string, newParentId: string | null): boolean {
  const seen = new Set<string>();
  for (let current = newParentId; current !== null && current !== undefined; current = parentOf.get(current) ?? null) {
    if (current === taskId || seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}

/** A task and every task below it in its plan, the task first. */
export function subtreeOf(parentOf: ReadonlyMap<string, string | null>, rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const [id, parentId] of parentOf) if (parentId) children.set(parentId, [...(children.get(parentId) ?? []), id]);
  const result: string[] = [];
  const queue = [rootId];
  const seen = new Set<string>();
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

export type CascadeEdge = 'root' | 'subtask' | 'implements';

export interface CascadeNode<T extends CascadeLink> {
  task: T;
  edge: CascadeEdge;
  children: CascadeNode<T>[];
}

/**
 * The tree below `rootId`: each task's sub-tasks, then the tasks of other plans that
 * implement it, in the order given. Each task appears once even if rows repeat.
 */
export function cascadeTree<T extends CascadeLink>(rows: readonly T[], rootId: string): CascadeNode<T> | null {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const subtasks = new Map<string, T[]>();
  const implementers = new Map<string, T[]>();
  for (const row of byId.values()) {
    if (row.parentId) subtasks.set(row.parentId, [...(subtasks.get(row.parentId) ?? []), row]);
    if (row.implementsTaskId) implementers.set(row.implementsTaskId, [...(implementers.get(row.implementsTaskId) ?? []), row]);
  }
  const placed = new Set<string>();
  const build = (task: T, edge: CascadeEdge): CascadeNode<T> => {
    placed.add(task.id);
    const next = (list: T[] | undefined, kind: CascadeEdge) => (list ?? []).filter((child) => !placed.has(child.id)).map((child) => build(child, kind));
    const children = [...next(subtasks.get(task.id), 'subtask'), ...next(implementers.get(task.id), 'implements')];
    return { task, edge, children };
  };
  const root = byId.get(rootId);
  return root ? build(root, 'root') : null;
}

/**
 * The chain above a task, nearest first: its parent tasks, and where a task implements a
 * higher one, that task and its own chain. Stops at a repeat, so bad data cannot loop.
 */
export function lineage<T extends CascadeLink>(rows: readonly T[], startId: string): { task: T; edge: 'subtask' | 'implements' }[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const chain: { task: T; edge: 'subtask' | 'implements' }[] = [];
  const seen = new Set<string>([startId]);
  let current = byId.get(startId);
  while (current) {
    const [nextId, edge] = current.implementsTaskId ? [current.implementsTaskId, 'implements' as const] : [current.parentId, 'subtask' as const];
    const next = nextId ? byId.get(nextId) : undefined;
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    chain.push({ task: next, edge });
    current = next;
  }
  return chain;
}
