import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { PersonMemberships } from './PersonMemberships.tsx';

/** The people list on a desktop. */
export function PeopleTable({ people, loading, onOpen }: { people: Person[]; loading: boolean; onOpen: (person: Person) => void }) {
  const { t } = useTranslation();
  return (
    <DataTable<Person>
      rows={people}
      rowKey={(person) => person.id}
      loading={loading}
      emptyText={t('people.noPeople')}
      caption={t('people.title')}
      columns={[
        {
          key: 'name',
          title: t('people.fullName'),
          width: 200,
          render: (person) => (
            <Button type="link" onClick={() => onOpen(person)} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} aria-label={t('people.openPerson', { name: person.fullName })}>
              {person.fullName}
            </Button>
          ),
        },
        { key: 'party', title: t('people.partyStatus'), width: 120, render: (person) => <Tag color={person.partyStatus === 'none' ? 'default' : 'red'}>{t(`enums.partyStatusShort.${person.partyStatus}`)}</Tag> },
        { key: 'code', title: t('people.memberCode'), width: 130, render: (person) => person.memberCode },
        { key: 'units', title: t('people.currentUnits'), render: (person) => <PersonMemberships memberships={person.memberships} /> },
        { key: 'birthYear', title: t('people.birthYear'), width: 100, render: (person) => person.birthYear },
        { key: 'gender', title: t('people.gender'), width: 100, render: (person) => (person.gender ? t(`enums.gender.${person.gender}`) : '') },
      ]}
    />
  );
}
