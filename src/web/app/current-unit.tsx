import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { Permission } from '../../domain/roles.ts';
import type { Me, UnitDetail } from '../api/types.ts';
import { useUnitDetail } from '../api/units.ts';
import { mayAt, unitChain } from './permissions.ts';

interface CurrentUnit {
  /** The working unit the pages show, chosen in the header; null for a user without any role. */
  unitId: string | null;
  unit: UnitDetail | undefined;
  setUnitId: (unitId: string) => void;
  /** Whether the user's roles allow this at the working unit. */
  may: (permission: Permission) => boolean;
}

const CurrentUnitContext = createContext<CurrentUnit | null>(null);

const storageKey = (userId: string) => `congtac.unit.${userId}`;

/** The working unit the pages open on: the one chosen last on this device, else the unit of the user's first role. */
export const workingUnitOf = (me: Me) => localStorage.getItem(storageKey(me.userId)) ?? firstRoleUnit(me);
const firstRoleUnit = (me: Me) => me.grants[0]?.unitId ?? null;

/** Keeps the working unit per user on this device; starts at the unit of the user's first role. */
export function CurrentUnitProvider({ me, children }: { me: Me; children: ReactNode }) {
  const [stored, setStored] = useState(() => localStorage.getItem(storageKey(me.userId)));
  const unitId = stored ?? firstRoleUnit(me);
  const detail = useUnitDetail(unitId);

  useEffect(() => {
    // A remembered unit that is no longer readable (role revoked, unit gone) falls back to the first role's unit.
    if (detail.isError && stored) {
      localStorage.removeItem(storageKey(me.userId));
      setStored(null);
    }
  }, [detail.isError, stored, me.userId]);

  const value = useMemo<CurrentUnit>(
    () => ({
      unitId,
      unit: detail.data,
      setUnitId: (next) => {
        localStorage.setItem(storageKey(me.userId), next);
        setStored(next);
      },
      may: (permission) => (detail.data ? mayAt(me.grants, unitChain(detail.data), permission) : false),
    }),
    [unitId, detail.data, me.userId, me.grants],
  );
  return <CurrentUnitContext.Provider value={value}>{children}</CurrentUnitContext.Provider>;
}

export function useCurrentUnit(): CurrentUnit {
  const context = useContext(CurrentUnitContext);
  if (!context) throw new Error('useCurrentUnit outside CurrentUnitProvider');
  return context;
}
