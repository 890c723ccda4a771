import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { type AccountCommand, AccountActions, AccountGrants, AccountStatus } from './AccountParts.tsx';
import { AccountName } from './AccountName.tsx';

/** The accounts on a desktop. */
export function AccountsTable({ accounts, loading, onCommand }: { accounts: Account[]; loading: boolean; onCommand: (command: AccountCommand, account: Account) => void }) {
  const { t } = useTranslation();
  return (
    <DataTable<Account>
      rows={accounts}
      rowKey={(account) => account.id}
      loading={loading}
      caption={t('accounts.title')}
      columns={[
        { key: 'who', title: t('accounts.displayName'), width: 230, render: (account) => <AccountName account={account} /> },
        { key: 'home', title: t('accounts.homeUnit'), render: (account) => account.homeUnit.name },
        { key: 'grants', title: t('accounts.grants'), render: (account) => <AccountGrants account={account} compact={false} /> },
        { key: 'status', title: t('accounts.status'), width: 150, render: (account) => <AccountStatus account={account} /> },
        { key: 'lastLogin', title: t('accounts.lastLogin'), width: 150, render: (account) => (account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('accounts.never')) },
        { key: 'actions', title: <span className="visually-hidden">{t('common.actions')}</span>, width: 72, render: (account) => <AccountActions account={account} onCommand={onCommand} iconOnly /> },
      ]}
    />
  );
}
