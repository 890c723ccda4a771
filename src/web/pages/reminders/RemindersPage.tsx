import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { countLabel } from '../../../domain/reminders.ts';
import { useTranslation } from 'react-i18next';
import { useOverdue } from '../../api/reminders.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { OverdueList } from './OverdueList.tsx';
import { Pager } from '../../components/Pager.tsx';

type Shown = 'all' | 'overdue' | 'due_soon';
const pageSize = 30;

/** "Đôn đốc": late and soon-due work of the working unit and everything under it, with "Nhắc" per task. */
export function RemindersPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const current = useCurrentUnit();
  const [shown, setShown] = useState<Shown>('overdue');
  const [page, setPage] = useState(0);
  const list = useOverdue(
    { unitId: current.unitId ?? '', state: shown === 'all' ? undefined : shown, limit: pageSize, offset: page * pageSize },
    Boolean(current.unitId),
  );
  const counts = list.data?.counts;
  const count = (value: number | undefined) => (value === undefined ? '…' : countLabel(value));

  return (
    <>
      <PageHeader title={t('reminders.title')} subtitle={current.unit ? t('reminders.subtitle', { unit: current.unit.name }) : t('reminders.noUnit')} />
      <Card>
        <Segmented<Shown>
          aria-label={t('reminders.filter')}
          // Three labels with counts do not fit side by side on a phone: they stack.
          block={isPhone}
          orientation={isPhone ? 'vertical' : 'horizontal'}
          value={shown}
          onChange={(value) => {
            setShown(value);
            setPage(0);
          }}
          options={[
            { value: 'overdue', label: t('reminders.overdue', { count: count(counts?.overdue) }) },
            { value: 'due_soon', label: t('reminders.dueSoon', { count: count(counts?.dueSoon) }) },
            { value: 'all', label: t('reminders.all', { count: count(counts ? counts.overdue + counts.dueSoon : undefined) }) },
          ]}
          style={{ marginBottom: 16 }}
        />
        <ErrorAlert error={list.error} />
        <OverdueList items={list.data?.items ?? []} loading={list.isFetching} />
        <Pager page={page} hasMore={Boolean(list.data?.hasMore)} onChange={setPage} />
      </Card>
    </>
  );
}
