import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/types.ts';
import { PersonMemberships } from './PersonMemberships.tsx';

/** The people list on a desktop. */
export function PeopleTable({ people, loading, onOpen }: { people: Person[]; loading: boolean; onOpen: (person: Person) => void }) {
  const { t } = useTranslation();
  return (
    <Table<Person>
      rowKey="id"
      dataSource={people}
      loading={loading}
      pagination={false}
      size="middle"
      locale={{ emptyText: t('people.noPeople') }}
      columns={[
        {
          key: 'name',
          title: t('people.fullName'),
          width: 200,
          render: (_, person) => (
            <Button type="link" onClick={() => onOpen(person)} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} aria-label={t('people.openPerson', { name: person.fullName })}>
              {person.fullName}
            </Button>
          ),
        },
        { key: 'party', title: t('people.partyStatus'), width: 130, render: (_, person) => <Tag color={person.partyStatus === 'none' ? 'default' : 'red'}>{t(`enums.partyStatusShort.${person.partyStatus}`)}</Tag> },
        { key: 'code', title: <span style={{ whiteSpace: 'nowrap' }}>{t('people.memberCode')}</span>, dataIndex: 'memberCode', width: 130 },
        { key: 'units', title: t('people.currentUnits'), render: (_, person) => <PersonMemberships memberships={person.memberships} /> },
        { key: 'birthYear', title: t('people.birthYear'), dataIndex: 'birthYear', width: 100 },
        { key: 'gender', title: t('people.gender'), width: 100, render: (_, person) => (person.gender ? t(`enums.gender.${person.gender}`) : '') },
      ]}
    />
  );
}
