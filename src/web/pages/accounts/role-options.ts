import type { TFunction } from 'i18next';
import { roles } from '../../../domain/roles.ts';

export const roleOptions = (t: TFunction) => roles.map((value) => ({ value, label: t(`enums.role.${value}`) }));
