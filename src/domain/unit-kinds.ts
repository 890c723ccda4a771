import { foldedWords } from './text.ts';

export const unitKinds = ['committee', 'base_committee', 'cell', 'department', 'association'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const departmentFunctions = ['propaganda', 'organization', 'mass_mobilization', 'inspection', 'office'] as const;
export type DepartmentFunction = (typeof departmentFunctions)[number];
export const associationTypes = ['union', 'youth', 'veterans', 'women'] as const;
export type AssociationType = (typeof associationTypes)[number];
export const partyKinds: readonly UnitKind[] = ['committee', 'base_committee', 'cell'];

export function isPartyKind(kind: UnitKind): boolean {
  return partyKinds.includes(kind);
}

interface UnitShape {
  kind: UnitKind;
  associationType: AssociationType | null;
}

/**
 * Where a unit may sit in the tree. Returns a Vietnamese reason when it may not.
 * Party units nest committee → base committee → cell; departments belong to a committee;
 * an association hangs under a Party unit (its bloc or base level) or under an association
 * of the same type (its own tree).
 */
export function placementProblem(child: UnitShape, parent: UnitShape | null): string | null {
  if (!parent) return child.kind === 'committee' ? null : 'Chỉ cấp ủy cấp trên cơ sở mới có thể là đơn vị gốc.';
  switch (child.kind) {
    case 'committee':
      return parent.kind === 'committee' ? null : 'Cấp ủy cấp trên cơ sở chỉ trực thuộc một cấp ủy cấp trên.';
    case 'base_committee':
      return parent.kind === 'committee' || parent.kind === 'base_committee'
        ? null
        : 'Tổ chức cơ sở đảng phải trực thuộc một cấp ủy.';
    case 'cell':
      return parent.kind === 'base_committee' || parent.kind === 'committee' ? null : 'Chi bộ phải trực thuộc một tổ chức Đảng.';
    case 'department':
      return parent.kind === 'committee' || parent.kind === 'base_committee' ? null : 'Ban chuyên môn phải thuộc một cấp ủy.';
    case 'association':
      if (parent.kind === 'association') {
        return parent.associationType === child.associationType ? null : 'Đoàn thể cấp dưới phải cùng loại với đoàn thể cấp trên.';
      }
      return parent.kind === 'committee' || parent.kind === 'base_committee' ? null : 'Đoàn thể phải trực thuộc cấp ủy hoặc đoàn thể cấp trên.';
  }
}

/** A default code from a unit's short name or initials: "Ban Tuyên giáo" → "BTG". */
export function suggestUnitCode(name: string, shortName: string | null): string {
  const source = shortName?.trim() ? foldedWords(shortName) : foldedWords(name).map((word) => word[0] ?? '');
  const code = source.join(shortName?.trim() ? '-' : '').toUpperCase();
  return code || 'DV';
}
