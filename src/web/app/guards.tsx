import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { Permission } from '../../domain/roles.ts';
import { useMe } from '../api/auth.ts';
import { StatusPage } from '../components/StatusPage.tsx';
import { useErrorText } from '../components/use-error-text.ts';
import { AppShell } from './AppShell.tsx';
import { homePath } from './navigation.ts';
import { mayAnywhere } from './permissions.ts';

/** The app for a signed-in user; the sign-in page (remembering where to come back) otherwise. */
export function RequireSignIn() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spin size="large" className="page-spinner" />;
  if (me.isError) return <Result status="warning" title={errorText(me.error)} extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>} />;
  if (!me.data) return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <AppShell me={me.data} />;
}

/** A page shown only to users whose roles allow it somewhere. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  return me.data && mayAnywhere(me.data.grants, permission) ? children : <StatusPage status={403} />;
}

export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={homePath(me.data?.grants ?? [])} replace />;
}
