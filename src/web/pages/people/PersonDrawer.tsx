import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Flex, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePerson } from '../../api/people.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate } from '../../format/dates.ts';
import { type MembershipAction, MembershipActionModal } from './MembershipActionModal.tsx';
import { MembershipHistory } from './MembershipHistory.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';

/** One person: details, membership history and (for administrators) the changes to make. */
export function PersonDrawer({ personId, canManage, onClose }: { personId: string; canManage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const person = usePerson(personId);
  const [editing, setEditing] = useState(false);
  const [action, setAction] = useState<MembershipAction | null>(null);
  const data = person.data;

  return (
    <Drawer open onClose={onClose} size={isPhone ? '100%' : 560} title={data?.fullName ?? t('common.loading')} destroyOnHidden>
      {person.isPending ? <Spin /> : null}
      <ErrorAlert error={person.error} />
      {data ? (
        <>
          <Flex wrap gap={8} style={{ marginBottom: 12 }}>
            <Tag color={data.partyStatus === 'none' ? 'default' : 'red'}>{t(`enums.partyStatus.${data.partyStatus}`)}</Tag>
            {data.isActive ? null : <Tag>{t('common.inactive')}</Tag>}
          </Flex>
          {canManage ? (
            <Flex wrap gap={8} style={{ marginBottom: 16 }}>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('people.editTitle')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setAction({ kind: 'add' })}>
                {t('people.addMembership')}
              </Button>
            </Flex>
          ) : null}
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('people.details')}
          </Typography.Title>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'gender', label: t('people.gender'), children: data.gender ? t(`enums.gender.${data.gender}`) : t('common.notSet') },
              { key: 'birthYear', label: t('people.birthYear'), children: data.birthYear ?? t('common.notSet') },
              { key: 'partyJoinedOn', label: t('people.partyJoinedOn'), children: formatDate(data.partyJoinedOn) || t('common.notSet') },
              { key: 'memberCode', label: t('people.memberCode'), children: data.memberCode ?? t('common.notSet') },
              { key: 'email', label: t('people.email'), children: data.email ?? t('common.notSet') },
              { key: 'phone', label: t('people.phone'), children: data.phone ?? t('common.notSet') },
            ]}
          />
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
            {t('people.history')}
          </Typography.Title>
          <MembershipHistory memberships={data.memberships} canManage={canManage} onAction={setAction} />
          {editing ? <PersonFormModal person={data} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} /> : null}
          {action ? <MembershipActionModal person={data} action={action} onClose={() => setAction(null)} /> : null}
        </>
      ) : null}
    </Drawer>
  );
}
