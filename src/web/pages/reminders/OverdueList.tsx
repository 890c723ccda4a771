import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverdueItem } from '../../api/reminders.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDateTime } from '../../format/dates.ts';
import { DueDate, PercentBar, StatusTag } from '../tasks/TaskBadges.tsx';
import { TaskHeading } from '../tasks/TaskHeading.tsx';
import { RemindButton } from './RemindButton.tsx';

/** The đôn đốc rows: a table on a desktop, cards with a large "Nhắc" on a phone. */
export function OverdueList({ items, loading }: { items: readonly OverdueItem[]; loading: boolean }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const lastReminder = (item: OverdueItem) => (item.lastReminderAt ? formatDateTime(item.lastReminderAt) : t('reminders.never'));

  if (isPhone) {
    if (items.length === 0) return loading ? <Spin /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reminders.empty')} />;
    return (
      <Flex vertical gap={8} role="list">
        {items.map((item) => (
          <Card key={item.id} size="small" role="listitem" className="assignment-card">
            <TaskHeading item={item} showPlan showUnit={false} />
            <Typography.Text>{item.unit.name}</Typography.Text>
            <Flex wrap gap={8} align="center">
              <DueDate dueOn={item.dueOn} dueState={item.dueState} />
              <StatusTag status={item.status} />
            </Flex>
            <PercentBar percent={item.percent} status={item.status} />
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('reminders.lastReminder')}: {lastReminder(item)}
            </Typography.Text>
            <Flex className="assignment-card-actions">
              <RemindButton item={item} size="large" />
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }

  return (
    <DataTable<OverdueItem>
      rows={items}
      rowKey={(item) => item.id}
      loading={loading}
      emptyText={t('reminders.empty')}
      caption={t('reminders.title')}
      columns={[
        { key: 'task', title: t('reminders.task'), render: (item) => <TaskHeading item={item} showPlan showUnit={false} /> },
        { key: 'unit', title: t('reminders.unit'), width: 180, render: (item) => item.unit.name },
        { key: 'due', title: t('reminders.due'), width: 130, render: (item) => <DueDate dueOn={item.dueOn} dueState={item.dueState} /> },
        {
          key: 'progress',
          title: t('reminders.progress'),
          width: 140,
          render: (item) => (
            <Flex vertical gap={4} align="start">
              <StatusTag status={item.status} />
              <PercentBar percent={item.percent} status={item.status} />
            </Flex>
          ),
        },
        { key: 'reminded', title: t('reminders.lastReminder'), width: 140, render: (item) => <span style={{ whiteSpace: 'nowrap' }}>{lastReminder(item)}</span> },
        { key: 'actions', title: t('common.actions'), width: 150, render: (item) => <RemindButton item={item} /> },
      ]}
    />
  );
}
