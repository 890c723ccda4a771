import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { StatusPage } from '../components/StatusPage.tsx';
import { HomeRedirect, RequirePermission, RequireSignIn } from './guards.tsx';

// Each page is its own chunk: the first load carries only the shell and the page it opens.
const SignInPage = lazy(() => import('../pages/sign-in/SignInPage.tsx').then((module) => ({ default: module.SignInPage })));
const OrgTreePage = lazy(() => import('../pages/org-tree/OrgTreePage.tsx').then((module) => ({ default: module.OrgTreePage })));
const PeoplePage = lazy(() => import('../pages/people/PeoplePage.tsx').then((module) => ({ default: module.PeoplePage })));
const ImportPage = lazy(() => import('../pages/people-import/ImportPage.tsx').then((module) => ({ default: module.ImportPage })));
const AccountsPage = lazy(() => import('../pages/accounts/AccountsPage.tsx').then((module) => ({ default: module.AccountsPage })));
const AuditPage = lazy(() => import('../pages/audit/AuditPage.tsx').then((module) => ({ default: module.AuditPage })));

export const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: (
      <Suspense fallback={<Spin size="large" className="page-spinner" />}>
        <SignInPage />
      </Suspense>
    ),
  },
  {
    element: <RequireSignIn />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'units', element: <RequirePermission permission="unit.read"><OrgTreePage /></RequirePermission> },
      { path: 'people', element: <RequirePermission permission="person.read"><PeoplePage /></RequirePermission> },
      { path: 'people/import', element: <RequirePermission permission="person.manage"><ImportPage /></RequirePermission> },
      { path: 'accounts', element: <RequirePermission permission="account.manage"><AccountsPage /></RequirePermission> },
      { path: 'audit', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
      { path: '*', element: <StatusPage status={404} /> },
    ],
  },
]);
