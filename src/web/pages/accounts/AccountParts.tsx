import { MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRevokeGrant } from '../../api/accounts.ts';
import type { Account } from '../../api/types.ts';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { formatDateTime } from '../../format/dates.ts';

/** The roles of an account, each revocable after a confirmation (a full-size button on phones). */
export function AccountGrants({ account, compact }: { account: Account; compact: boolean }) {
  const { t } = useTranslation();
  const revoke = useRevokeGrant();
  const confirm = useConfirmedAction();
  if (account.grants.length === 0) return <Typography.Text type="secondary">{t('accounts.noGrants')}</Typography.Text>;
  return (
    <Flex wrap={!compact} vertical={compact} gap={4}>
      {account.grants.map((grant) => {
        const names = { role: t(`enums.role.${grant.role}`), unit: grant.unitName };
        const askRevoke = () => confirm({ title: t('accounts.revokeConfirm', names), okText: t('accounts.revoke'), danger: true, action: () => revoke.mutateAsync(grant.id), success: t('common.saved') });
        const label = `${names.role} · ${names.unit}`;
        return compact ? (
          <Flex key={grant.id} justify="space-between" align="center" gap={8}>
            <Tag color="red" style={{ whiteSpace: 'normal' }}>
              {label}
            </Tag>
            <Button type="link" danger aria-label={t('accounts.revokeLabel', names)} onClick={askRevoke}>
              {t('accounts.revoke')}
            </Button>
          </Flex>
        ) : (
          <Tag
            key={grant.id}
            color="red"
            closable={{ 'aria-label': t('accounts.revokeLabel', names) }}
            onClose={(event) => {
              event.preventDefault();
              askRevoke();
            }}
            style={{ whiteSpace: 'normal' }}
          >
            {label}
          </Tag>
        );
      })}
    </Flex>
  );
}

/** Active, deactivated, locked after failed sign-ins, waiting for a new password. */
export function AccountStatus({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {account.isActive ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('accounts.deactivated')}</Tag>}
      {account.lockedUntil ? <Tag color="orange">{t('accounts.locked', { time: formatDateTime(account.lockedUntil) })}</Tag> : null}
      {account.mustChangePassword ? <Tag color="gold">{t('accounts.mustChangePassword')}</Tag> : null}
    </Flex>
  );
}

export type AccountCommand = 'grant' | 'reset' | 'toggle';

/** The account's actions in one menu button (icon only in the desktop table). */
export function AccountActions({ account, iconOnly, onCommand }: { account: Account; iconOnly: boolean; onCommand: (command: AccountCommand, account: Account) => void }) {
  const { t } = useTranslation();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'grant', label: t('accounts.grant') },
          { key: 'reset', label: t('accounts.resetPassword') },
          { key: 'toggle', label: account.isActive ? t('accounts.deactivate') : t('accounts.reactivate'), danger: account.isActive },
        ],
        onClick: ({ key }) => onCommand(key as AccountCommand, account),
      }}
    >
      <Button icon={<MoreOutlined />} aria-label={`${t('common.actions')}: ${account.login}`} style={{ minWidth: 40 }}>
        {iconOnly ? null : t('common.actions')}
      </Button>
    </Dropdown>
  );
}
