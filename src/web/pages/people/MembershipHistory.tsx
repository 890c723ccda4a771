import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/types.ts';
import { formatDate } from '../../format/dates.ts';
import { positionLabel } from '../../i18n/labels.ts';
import type { MembershipAction } from './MembershipActionModal.tsx';
import { orderedMemberships } from './memberships.ts';

/** "Quá trình sinh hoạt": where the person has been a member, when, in what position. */
export function MembershipHistory({ memberships, canManage, onAction }: { memberships: readonly Membership[]; canManage: boolean; onAction: (action: MembershipAction) => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      {orderedMemberships(memberships).map((membership) => {
        const current = membership.endedOn === null;
        return (
          <Card key={membership.id} size="small" style={current ? undefined : { background: '#fafafa' }}>
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text strong>{membership.unitName}</Typography.Text>
              <Tag color={current ? 'green' : 'default'}>{current ? t('people.current') : t('people.ended')}</Tag>
            </Flex>
            <div>{positionLabel(t, membership.position, membership.isParty)}</div>
            <Typography.Text type="secondary">
              {t('people.from')} {formatDate(membership.startedOn)}
              {membership.endedOn ? ` · ${t('people.to')} ${formatDate(membership.endedOn)}` : ''}
              {membership.endReason ? ` · ${t(`enums.endReason.${membership.endReason}`)}` : ''}
            </Typography.Text>
            {current && canManage ? (
              <Flex wrap gap={8} style={{ marginTop: 8 }}>
                <Button onClick={() => onAction({ kind: 'position', membership })}>
                  {t('people.changePosition')}
                </Button>
                <Button onClick={() => onAction({ kind: 'transfer', membership })}>
                  {t('people.transfer')}
                </Button>
                <Button danger onClick={() => onAction({ kind: 'end', membership })}>
                  {t('people.end')}
                </Button>
              </Flex>
            ) : null}
          </Card>
        );
      })}
    </Flex>
  );
}
