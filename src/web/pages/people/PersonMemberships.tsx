import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/types.ts';
import { positionLabel } from '../../i18n/labels.ts';
import { currentMemberships } from './memberships.ts';

/** Where a person is active now: "Chi bộ Văn phòng Sở — Bí thư", one line each. */
export function PersonMemberships({ memberships }: { memberships: readonly Membership[] }) {
  const { t } = useTranslation();
  return (
    <>
      {currentMemberships(memberships).map((membership) => (
        <div key={membership.id}>
          {membership.unitName} — {positionLabel(t, membership.position, membership.isParty)}
        </div>
      ))}
    </>
  );
}
