import type { Unit } from '../../api/types.ts';

/** A node of the organization tree: children present once they have been loaded. */
export interface UnitNode {
  key: string;
  unit: Unit;
  isLeaf: boolean;
  children?: UnitNode[];
}

/**
 * The tree as far as it is loaded: `childrenOf` answers the children fetched so far for a
 * unit, or undefined when they have not been asked for yet (the node stays expandable).
 */
export function unitNodes(units: readonly Unit[], childrenOf: (unitId: string) => readonly Unit[] | undefined): UnitNode[] {
  return units.map((unit) => {
    const children = childrenOf(unit.id);
    if (!children) return { key: unit.id, unit, isLeaf: !unit.hasChildren };
    return { key: unit.id, unit, isLeaf: children.length === 0, children: unitNodes(children, childrenOf) };
  });
}
