import { lazyNamed } from '../components/lazy-named.ts';

/** The pages a user lands on (see HomeRedirect), apart so the app can preload one as it starts. */
export const ComplianceMatrixPage = lazyNamed(() => import('../pages/compliance/ComplianceMatrixPage.tsx'), 'ComplianceMatrixPage');
export const CellHomePage = lazyNamed(() => import('../pages/home/CellHomePage.tsx'), 'CellHomePage');
