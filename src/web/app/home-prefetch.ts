import { meQuery } from '../api/auth.ts';
import { queryClient } from '../api/query-client.ts';
import { complianceMatrixQuery } from '../api/targets.ts';
import { unitDetailQuery } from '../api/units.ts';
import { matrixPeriodOf } from '../pages/compliance/matrix-view.ts';
import { workingUnitOf } from './current-unit.tsx';
import { landingPageOf } from './home-pages.ts';

/**
 * Opening the app on its home screen would ask one after the other for the user, the shell, the
 * working unit, the page's code and the compliance matrix (on a city's root the slowest of
 * them). Called as the app starts, before React renders: the user is asked for at once, and as
 * soon as they are known the working unit and its matrix for the current quarter, while the
 * shell renders; once the unit's kind is known, the code of the page it lands on (a preloaded
 * page renders without waiting, see `lazyNamed`). A cell's secretary, whose home is the cell's
 * duties, costs the cell's small matrix: waiting for the kind would delay a city root's, the
 * slowest answer of all.
 */
export async function prefetchHome({ pathname, search }: Pick<Location, 'pathname' | 'search'>): Promise<void> {
  if (pathname !== '/' && !(pathname === '/compliance' && search === '')) return;
  // The shell shows it if asking for the user fails.
  const me = await queryClient.fetchQuery(meQuery).catch(() => null);
  const unitId = me ? workingUnitOf(me) : null;
  if (!unitId) return;
  // Should the unit or the page's code not come, the page asks again when it renders.
  void queryClient
    .fetchQuery(unitDetailQuery(unitId))
    .then((unit) => landingPageOf(unit.kind)?.preload())
    .catch(() => {});
  void queryClient.prefetchQuery(complianceMatrixQuery({ unitId, period: matrixPeriodOf(null) }));
}
