import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { UnitPicker } from '../components/UnitPicker.tsx';
import { useCurrentUnit } from './current-unit.tsx';

/** The working unit: one of the units of the user's roles, or any unit found by name. */
export function UnitSwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useCurrentUnit();
  const granted = useMemo(() => {
    const seen = new Map(me.grants.map((grant) => [grant.unitId, { id: grant.unitId, name: grant.unitName }]));
    return [...seen.values()];
  }, [me.grants]);
  return <UnitPicker aria-label={t('shell.currentUnit')} value={unitId} onChange={(id) => id && setUnitId(id)} pinned={granted} />;
}
