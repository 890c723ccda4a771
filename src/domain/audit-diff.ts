type Row = Record<string, unknown>;

const ignoredFields = new Set(['updated_at', 'created_at', 'search_name', 'password_hash']);

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What an audit entry keeps of a change: only the fields that differ, before and after.
 * Creation has no before, deletion no after; bookkeeping and secret fields are left out.
 */
export function auditDiff(before: Row | null, after: Row | null): { before: Row | null; after: Row | null } {
  const keep = (row: Row | null, keys: string[]) => (row ? Object.fromEntries(keys.map((key) => [key, row[key] ?? null])) : null);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((key) => !ignoredFields.has(key));
  if (!before || !after) return { before: keep(before, keys), after: keep(after, keys) };
  const changed = keys.filter((key) => !sameValue(before[key], after[key]));
  return { before: keep(before, changed), after: keep(after, changed) };
}
