import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types.ts';
import { type AccountCommand, AccountActions, AccountGrants, AccountStatus } from './AccountParts.tsx';
import { AccountName } from './AccountName.tsx';

/** The accounts on a phone: one card each. */
export function AccountCards({ accounts, loading, onCommand }: { accounts: Account[]; loading: boolean; onCommand: (command: AccountCommand, account: Account) => void }) {
  const { t } = useTranslation();
  if (loading && accounts.length === 0) return <Spin />;
  if (accounts.length === 0) return <Empty description={t('common.empty')} />;
  return (
    <Flex vertical gap={8} role="list">
      {accounts.map((account) => (
        <Card key={account.id} size="small" role="listitem">
          <Flex justify="space-between" gap={8} align="start">
            <div style={{ minWidth: 0 }}>
              <AccountName account={account} />
            </div>
            <AccountActions account={account} onCommand={onCommand} iconOnly={false} />
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
  );
}
