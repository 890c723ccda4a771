import { Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/types.ts';
import { PersonMemberships } from './PersonMemberships.tsx';

/** The people list on a phone: one card per person, the whole card opens the person. */
export function PeopleCards({ people, loading, onOpen }: { people: Person[]; loading: boolean; onOpen: (person: Person) => void }) {
  const { t } = useTranslation();
  if (loading && people.length === 0) return <Spin />;
  if (people.length === 0) return <Empty description={t('people.noPeople')} />;
  return (
    <Flex vertical gap={8} role="list">
      {people.map((person) => (
        <Card key={person.id} size="small" hoverable role="listitem" onClick={() => onOpen(person)}>
          <button
            type="button"
            className="card-title-button"
            onClick={(event) => {
              event.stopPropagation();
              onOpen(person);
            }} aria-label={t('people.openPerson', { name: person.fullName })}>
            {person.fullName}
          </button>
          <Flex wrap gap={4} style={{ margin: '4px 0' }}>
            <Tag color={person.partyStatus === 'none' ? 'default' : 'red'}>{t(`enums.partyStatusShort.${person.partyStatus}`)}</Tag>
            {person.memberCode ? <Tag>{person.memberCode}</Tag> : null}
          </Flex>
          <Typography.Text type="secondary">
            <PersonMemberships memberships={person.memberships} />
          </Typography.Text>
        </Card>
      ))}
    </Flex>
  );
}
