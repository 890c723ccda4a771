import type { TFunction } from 'i18next';
import type { MembershipPosition } from '../../domain/people.ts';
import type { Unit } from '../api/types.ts';

/** A position in a unit: Party titles in Party units, "Đoàn viên, hội viên" for association members. */
export function positionLabel(t: TFunction, position: MembershipPosition, isParty: boolean): string {
  return position === 'member' && !isParty ? t('enums.associationMember') : t(`enums.position.${position}`);
}

/** The kind of a unit, with the department function or association type when it has one. */
export function unitKindLabel(t: TFunction, unit: Pick<Unit, 'kind' | 'departmentFunction' | 'associationType'>): string {
  const kind = t(`enums.unitKind.${unit.kind}`);
  if (unit.departmentFunction) return `${kind} · ${t(`enums.departmentFunction.${unit.departmentFunction}`)}`;
  if (unit.associationType) return `${kind} · ${t(`enums.associationType.${unit.associationType}`)}`;
  return kind;
}
