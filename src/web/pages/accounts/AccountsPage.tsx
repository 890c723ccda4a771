import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts, useResetPassword, useSetAccountActive } from '../../api/accounts.ts';
import type { Account } from '../../api/types.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { lazyNamed } from '../../components/lazy-named.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import type { AccountCommand } from './AccountParts.tsx';
import { TemporaryPasswordModal } from './TemporaryPasswordModal.tsx';

// A phone loads the cards, a desktop the table.
const AccountCards = lazyNamed(() => import('./AccountCards.tsx'), 'AccountCards');
const AccountsTable = lazyNamed(() => import('./AccountsTable.tsx'), 'AccountsTable');
const CreateAccountModal = lazyNamed(() => import('./CreateAccountModal.tsx'), 'CreateAccountModal');
const GrantRoleModal = lazyNamed(() => import('./GrantRoleModal.tsx'), 'GrantRoleModal');

/** "Tài khoản và phân quyền": accounts of the administrator's subtrees and their roles. */
export function AccountsPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const current = useCurrentUnit();
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim());
  const accounts = useAccounts(search);
  const resetPassword = useResetPassword();
  const setActive = useSetAccountActive();
  const confirm = useConfirmedAction();
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<Account | null>(null);
  const [secret, setSecret] = useState<{ login: string; password: string } | null>(null);

  const command = (name: AccountCommand, account: Account) => {
    if (name === 'grant') setGranting(account);
    if (name === 'reset') {
      confirm({
        title: t('accounts.resetConfirm', { name: account.displayName }),
        okText: t('accounts.resetPassword'),
        danger: true,
        action: async () => {
          const result = await resetPassword.mutateAsync(account.id);
          if (result.temporaryPassword) setSecret({ login: result.account.login, password: result.temporaryPassword });
        },
        success: t('common.saved'),
      });
    }
    if (name === 'toggle') {
      confirm({
        title: account.isActive ? t('accounts.deactivateConfirm', { name: account.displayName }) : `${t('accounts.reactivate')}: ${account.displayName}`,
        okText: account.isActive ? t('accounts.deactivate') : t('accounts.reactivate'),
        danger: account.isActive,
        action: () => setActive.mutateAsync({ id: account.id, active: !account.isActive }),
        success: t('common.saved'),
      });
    }
  };

  const List = isPhone ? AccountCards : AccountsTable;

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        }
      />
      <Card>
        <Input.Search aria-label={t('accounts.searchPlaceholder')} placeholder={t('accounts.searchPlaceholder')} allowClear value={typed} onChange={(event) => setTyped(event.target.value)} style={{ marginBottom: 16, maxWidth: 480 }} />
        <ErrorAlert error={accounts.error} />
        <Suspense fallback={<Spin />}>
          <List accounts={accounts.data ?? []} loading={accounts.isFetching} onCommand={command} />
        </Suspense>
      </Card>
      <Suspense fallback={null}>
        {creating ? (
          <CreateAccountModal
            homeUnitId={current.unitId}
            onClose={() => setCreating(false)}
            onCreated={(result) => {
              setCreating(false);
              if (result.temporaryPassword) setSecret({ login: result.account.login, password: result.temporaryPassword });
            }}
          />
        ) : null}
        {granting ? <GrantRoleModal account={granting} onClose={() => setGranting(null)} /> : null}
      </Suspense>
      {secret ? <TemporaryPasswordModal login={secret.login} password={secret.password} onClose={() => setSecret(null)} /> : null}
    </>
  );
}
