import { meQuery } from '../api/auth.ts';
import { queryClient } from '../api/query-client.ts';
import { complianceMatrixQuery } from '../api/targets.ts';
import { unitDetailQuery } from '../api/units.ts';
import { matrixPeriodOf } from '../pages/compliance/matrix-view.ts';
import { workingUnitOf } from './current-unit.tsx';
import { ComplianceMatrixPage } from './home-pages.ts';

/**
 * Opening the app on its home screen would ask one after the other for the user, the shell, the
 * working unit, the page's code and the compliance matrix (on a city's root the slowest of
 * them). Called as the app starts, before React renders: the user is asked for at once, and as
 * soon as they are known the working unit, the matrix page's code and its matrix for the
 * current quarter, while the shell loads. A cell's secretary, whose home is the cell's duties,
 * costs the cell's small matrix.
 */
export async function prefetchHome({ pathname, search }: Pick<Location, 'pathname' | 'search'>): Promise<void> {
  if (pathname !== '/' && !(pathname === '/compliance' && search === '')) return;
  // The shell shows it if asking for the user fails.
  const me = await queryClient.fetchQuery(meQuery).catch(() => null);
  const unitId = me ? workingUnitOf(me) : null;
  if (!unitId) return;
  void ComplianceMatrixPage.preload();
  void queryClient.prefetchQuery(unitDetailQuery(unitId));
  void queryClient.prefetchQuery(complianceMatrixQuery({ unitId, period: matrixPeriodOf(null) }));
}
