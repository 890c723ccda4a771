import { lazyNamed } from '../components/lazy-named.ts';

/** The pages a user lands on (see HomeRedirect), apart so the app can preload one as it starts. */
export const ComplianceMatrixPage = lazyNamed(() => import('../pages/compliance/ComplianceMatrixPage.tsx'), 'ComplianceMatrixPage');
export const CellHomePage = lazyNamed(() => import('../pages/home/CellHomePage.tsx'), 'CellHomePage');

/** The page a working unit of this kind lands on: a cell's duties, the matrix of a committee or base organization. */
export const landingPageOf = (kind: string) => (kind === 'cell' ? CellHomePage : kind === 'committee' || kind === 'base_committee' ? ComplianceMatrixPage : null);
