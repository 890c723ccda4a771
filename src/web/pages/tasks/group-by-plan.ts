/** Items grouped by their plan, plans in the order their first item appears (the list's order). */
export function groupByPlan<T extends { document: { id: string } }>(items: readonly T[]): { document: T['document']; items: T[] }[] {
  const groups = new Map<string, { document: T['document']; items: T[] }>();
  for (const item of items) {
    const group = groups.get(item.document.id);
    if (group) group.items.push(item);
    else groups.set(item.document.id, { document: item.document, items: [item] });
  }
  return [...groups.values()];
}
