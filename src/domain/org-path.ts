/**
 * The org tree is stored as a materialized path (PostgreSQL ltree) whose labels are the
 * unit ids without dashes, so "everything under X" is one indexed `path <@ X.path` query.
 */
export function pathLabel(unitId: string): string {
  return unitId.replace(/-/g, '');
}

/** The unit id a path label was made from. */
export function unitIdOfLabel(label: string): string {
  return `${label.slice(0, 8)}-${label.slice(8, 12)}-${label.slice(12, 16)}-${label.slice(16, 20)}-${label.slice(20)}`;
}

export function childPath(parentPath: string | null, unitId: string): string {
  return parentPath ? `${parentPath}.${pathLabel(unitId)}` : pathLabel(unitId);
}

/** True when `path` is `scope` itself or lies beneath it. */
export function isWithin(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}.`);
}

export function depthOf(path: string): number {
  return path.split('.').length;
}

/** Path labels of the ancestors of `path`, root first, excluding the unit itself. */
export function ancestorLabels(path: string): string[] {
  return path.split('.').slice(0, -1);
}

/** The path of a unit after its subtree moved from `oldPrefix` to `newPrefix`. */
export function rebasePath(path: string, oldPrefix: string, newPrefix: string): string {
  if (!isWithin(path, oldPrefix)) throw new Error(`${path} is not under ${oldPrefix}`);
  return newPrefix + path.slice(oldPrefix.length);
}

/** Whether the unit at `path` may move under the unit at `newParentPath` without a cycle. */
export function canMoveUnder(path: string, newParentPath: string): boolean {
  return !isWithin(newParentPath, path);
}

/** Reduces a set of scopes to the minimal ones (drops scopes inside another scope). */
export function minimalScopes(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => depthOf(a) - depthOf(b));
  const kept: string[] = [];
  for (const path of sorted) {
    if (!kept.some((scope) => isWithin(path, scope))) kept.push(path);
  }
  return kept;
}
