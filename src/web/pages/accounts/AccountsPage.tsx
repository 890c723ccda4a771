import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts, useResetPassword, useSetAccountActive } from '../../api/accounts.ts';
import type { Account } from '../../api/types.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDateTime } from '../../format/dates.ts';
import { type AccountCommand, AccountActions, AccountGrants, AccountStatus } from './AccountParts.tsx';
import { CreateAccountModal } from './CreateAccountModal.tsx';
import { GrantRoleModal } from './GrantRoleModal.tsx';
import { TemporaryPasswordModal } from './TemporaryPasswordModal.tsx';

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

  const rows = accounts.data ?? [];
  const who = (account: Account) => (
    <>
      <Typography.Text strong>{account.displayName}</Typography.Text>
      <br />
      <Typography.Text type="secondary">{account.login}</Typography.Text>
    </>
  );

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
        {isPhone ? (
          accounts.isPending ? (
            <Spin />
          ) : rows.length === 0 ? (
            <Empty description={t('common.empty')} />
          ) : (
            <Flex vertical gap={8} role="list">
              {rows.map((account) => (
                <Card key={account.id} size="small" role="listitem">
                  <Flex justify="space-between" gap={8} align="start">
                    <div style={{ minWidth: 0 }}>{who(account)}</div>
                    <AccountActions account={account} onCommand={command} iconOnly={false} />
                  </Flex>
                  <Typography.Paragraph type="secondary" style={{ margin: '6px 0' }}>
                    {account.homeUnit.name}
                  </Typography.Paragraph>
                  <AccountStatus account={account} />
                  <div style={{ marginTop: 6 }}>
                    <AccountGrants account={account} compact />
                  </div>
                </Card>
              ))}
            </Flex>
          )
        ) : (
          <Table<Account>
            rowKey="id"
            dataSource={rows}
            loading={accounts.isFetching}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { key: 'who', title: t('accounts.displayName'), width: 230, render: (_, account) => who(account) },
              { key: 'home', title: t('accounts.homeUnit'), render: (_, account) => account.homeUnit.name },
              { key: 'grants', title: t('accounts.grants'), render: (_, account) => <AccountGrants account={account} compact={false} /> },
              { key: 'status', title: t('accounts.status'), width: 150, render: (_, account) => <AccountStatus account={account} /> },
              { key: 'lastLogin', title: t('accounts.lastLogin'), width: 150, render: (_, account) => (account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('accounts.never')) },
              { key: 'actions', title: <span className="visually-hidden">{t('common.actions')}</span>, width: 72, render: (_, account) => <AccountActions account={account} onCommand={command} iconOnly /> },
            ]}
          />
        )}
      </Card>
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
      {secret ? <TemporaryPasswordModal login={secret.login} password={secret.password} onClose={() => setSecret(null)} /> : null}
    </>
  );
}
