import type { TFunction } from 'i18next';
import { genders, membershipPositions, partyStatuses } from '../../../domain/people.ts';
import { positionLabel } from '../../i18n/labels.ts';

/** Choices of the people forms, labelled in the interface language. */
export const positionOptions = (t: TFunction, isParty: boolean) => membershipPositions.map((value) => ({ value, label: positionLabel(t, value, isParty) }));

export const partyStatusOptions = (t: TFunction) => partyStatuses.map((value) => ({ value, label: t(`enums.partyStatus.${value}`) }));

export const genderOptions = (t: TFunction) => genders.map((value) => ({ value, label: t(`enums.gender.${value}`) }));
