import type { CascadeAssignment, CascadeNode } from '../../api/assignments.ts';

/** The node and every node below it, depth first (for keys to expand and for counting). */
export function flattenCascade(node: CascadeNode): CascadeNode[] {
  return [node, ...node.children.flatMap(flattenCascade)];
}

/** How many plans the task is carried out in: its own, and each lower plan implementing a task below it. */
export function cascadeSummary(root: CascadeNode): { plans: number; units: number; tasks: number } {
  const nodes = flattenCascade(root);
  return {
    plans: new Set(nodes.map((node) => node.documentId)).size,
    units: new Set(nodes.flatMap((node) => node.assignments.map((assignment) => assignment.unitId))).size,
    tasks: nodes.length,
  };
}

/** A node's assignments by unit, units in the order they first appear, periods in order. */
export function assignmentsByUnit(assignments: readonly CascadeAssignment[]): { unitId: string; unitName: string; assignments: CascadeAssignment[] }[] {
  const units = new Map<string, { unitId: string; unitName: string; assignments: CascadeAssignment[] }>();
  for (const assignment of assignments) {
    const unit = units.get(assignment.unitId) ?? { unitId: assignment.unitId, unitName: assignment.unitName, assignments: [] };
    unit.assignments.push(assignment);
    units.set(assignment.unitId, unit);
  }
  for (const unit of units.values()) unit.assignments.sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''));
  return [...units.values()];
}
