import { Card, Empty, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentItem } from '../../api/assignments.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { AssignmentActions } from './AssignmentActions.tsx';
import { DueDate, PercentBar, StatusTag } from './TaskBadges.tsx';
import { TaskHeading } from './TaskHeading.tsx';
import './tasks.css';

interface AssignmentListProps {
  items: readonly AssignmentItem[];
  loading: boolean;
  /** Several units' tasks are listed: each row names its unit. */
  showUnit: boolean;
  /** The list is under its plan's heading: rows do not repeat the plan. */
  showPlan?: boolean;
  onReport: (assignment: AssignmentItem) => void;
}

/** The inbox rows: a table on a desktop, cards with large buttons on a phone. */
export function AssignmentList({ items, loading, showUnit, showPlan = true, onReport }: AssignmentListProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();

  if (isPhone) {
    if (items.length === 0) return loading ? <Spin /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.empty')} />;
    return (
      <Flex vertical gap={8} role="list">
        {items.map((item) => (
          <Card key={item.id} size="small" role="listitem" className="assignment-card">
            <TaskHeading item={item} showPlan={showPlan} showUnit={showUnit} />
            <Flex wrap gap={8} align="center">
              <DueDate dueOn={item.dueOn} dueState={item.dueState} />
              <StatusTag status={item.status} />
            </Flex>
            <PercentBar percent={item.percent} status={item.status} />
            <Flex gap={8} className="assignment-card-actions">
              <AssignmentActions assignment={item} onReport={onReport} size="large" />
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }

  return (
    <DataTable<AssignmentItem>
      rows={items}
      rowKey={(item) => item.id}
      loading={loading}
      emptyText={t('tasks.empty')}
      caption={t('tasks.title')}
      columns={[
        { key: 'task', title: t('tasks.task'), render: (item) => <TaskHeading item={item} showPlan={showPlan} showUnit={showUnit} /> },
        { key: 'due', title: t('tasks.due'), width: 130, render: (item) => <DueDate dueOn={item.dueOn} dueState={item.dueState} /> },
        {
          key: 'progress',
          title: t('tasks.progress'),
          width: 150,
          render: (item) => (
            <Flex vertical gap={4} align="start">
              <StatusTag status={item.status} />
              <PercentBar percent={item.percent} status={item.status} />
            </Flex>
          ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 170,
          render: (item) => (
            <Flex vertical gap={8} align="stretch">
              <AssignmentActions assignment={item} onReport={onReport} />
            </Flex>
          ),
        },
      ]}
    />
  );
}
