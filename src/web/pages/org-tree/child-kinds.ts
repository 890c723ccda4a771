import { type AssociationType, placementProblem, type UnitKind, unitKinds } from '../../../domain/unit-kinds.ts';

interface Parent {
  kind: UnitKind;
  associationType: AssociationType | null;
}

/** The kinds of unit that may be created under a parent (src/domain/unit-kinds.ts decides). */
export function childKinds(parent: Parent): UnitKind[] {
  return unitKinds.filter((kind) => placementProblem({ kind, associationType: kind === 'association' ? (parent.associationType ?? 'union') : null }, parent) === null);
}

/** An association under an association belongs to the same tree, hence the same type. */
export function inheritedAssociationType(parent: Parent): AssociationType | null {
  return parent.kind === 'association' ? parent.associationType : null;
}
