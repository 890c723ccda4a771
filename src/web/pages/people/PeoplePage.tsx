import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Spin } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { PartyStatus } from '../../../domain/people.ts';
import { usePeople } from '../../api/people.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { partyStatusOptions } from './options.ts';
import { lazyNamed } from '../../components/lazy-named.ts';

// A phone loads the cards, a desktop the table.
const PeopleCards = lazyNamed(() => import('./PeopleCards.tsx'), 'PeopleCards');
const PeopleTable = lazyNamed(() => import('./PeopleTable.tsx'), 'PeopleTable');
const PersonDrawer = lazyNamed(() => import('./PersonDrawer.tsx'), 'PersonDrawer');
const PersonFormModal = lazyNamed(() => import('./PersonFormModal.tsx'), 'PersonFormModal');

const pageSize = 20;

/** "Đảng viên và hội viên": the people active in the working unit and below. */
export function PeoplePage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const current = useCurrentUnit();
  const [typed, setTyped] = useState('');
  const [partyStatus, setPartyStatus] = useState<PartyStatus | undefined>();
  const [page, setPage] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const search = useDebouncedValue(typed.trim());
  // Another working unit has other people: back to their first page.
  useEffect(() => setPage(0), [current.unitId]);
  const canManage = current.may('person.manage');
  const people = usePeople({ unitId: current.unitId ?? undefined, search: search || undefined, partyStatus, limit: pageSize, offset: page * pageSize }, Boolean(current.unitId));
  const items = people.data?.items ?? [];
  const List = isPhone ? PeopleCards : PeopleTable;

  return (
    <>
      <PageHeader
        title={t('people.title')}
        subtitle={current.unit ? t('people.inUnit', { unit: current.unit.name }) : undefined}
        extra={
          canManage ? (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('people.add')}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => navigate('/people/import')}>
                {t('nav.import')}
              </Button>
            </>
          ) : null
        }
      />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('people.searchPlaceholder')}
            placeholder={t('people.searchPlaceholder')}
            allowClear
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setPage(0);
            }}
            style={{ flex: '1 1 260px' }}
          />
          <Select<PartyStatus | 'all'>
            aria-label={t('people.partyFilter')}
            value={partyStatus ?? 'all'}
            onChange={(value) => {
              setPartyStatus(value === 'all' ? undefined : value);
              setPage(0);
            }}
            options={[{ value: 'all', label: t('common.all') }, ...partyStatusOptions(t)]}
            style={{ flex: '1 1 200px', maxWidth: isPhone ? undefined : 260 }}
          />
        </Flex>
        <ErrorAlert error={people.error} />
        <Suspense fallback={<Spin />}>
          <List people={items} loading={people.isFetching} onOpen={(person) => setOpenId(person.id)} />
        </Suspense>
        <Pager page={page} hasMore={Boolean(people.data?.hasMore)} onChange={setPage} />
      </Card>
      <Suspense fallback={null}>
        {openId ? <PersonDrawer personId={openId} canManage={canManage} onClose={() => setOpenId(null)} /> : null}
        {adding ? (
          <PersonFormModal
            unitId={current.unitId}
            onClose={() => setAdding(false)}
            onSaved={(person) => {
              setAdding(false);
              setOpenId(person.id);
            }}
          />
        ) : null}
      </Suspense>
    </>
  );
}
