import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { Permission } from '../../domain/roles.ts';
import { useMe } from '../api/auth.ts';
import { StatusPage } from '../components/StatusPage.tsx';
import { useErrorText } from '../components/use-error-text.ts';
// The shell comes with the app's first code, not after the user is known: a lazy shell made the
// home screen wait for React's 300 ms hold on a suspended first render.
import { AppShell } from './AppShell.tsx';
import { useCurrentUnit } from './current-unit.tsx';
import { homePath } from './navigation.ts';
import { mayAnywhere } from './permissions.ts';

const spinner = <Spin size="large" className="page-spinner" />;

/** The app for a signed-in user; the sign-in page (remembering where to come back) otherwise. */
export function RequireSignIn() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return spinner;
  if (me.isError) {
    return (
      <Alert
        type="warning"
        showIcon
        title={errorText(me.error)}
        action={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
        style={{ maxWidth: 560, margin: '15vh auto' }}
      />
    );
  }
  if (!me.data) return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <AppShell me={me.data} />;
}

/** A page shown only to users whose roles allow it somewhere. */
export function RequirePermission({ permission, children }: { permission: Permission | readonly Permission[]; children: ReactNode }) {
  const me = useMe();
  return me.data && mayAnywhere(me.data.grants, permission) ? children : <StatusPage status={403} />;
}

/**
 * The index page: a committee or base organization opens on its compliance matrix, a cell on its
 * duties of the month (for those who report for it), anyone else on the first page of the menu.
 */
export function HomeRedirect() {
  const me = useMe();
  const current = useCurrentUnit();
  const grants = me.data?.grants ?? [];
  if (current.unitId && !current.unit) return spinner;
  const kind = current.unit?.kind;
  if ((kind === 'committee' || kind === 'base_committee') && current.may('person.read')) return <Navigate to="/compliance" replace />;
  if (kind === 'cell' && current.may('task.report')) return <Navigate to="/home" replace />;
  return <Navigate to={homePath(grants)} replace />;
}
