import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AssignmentItem } from '../../api/assignments.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { AssignmentActions } from './AssignmentActions.tsx';
import { periodText } from './period-text.ts';
import { DueDate, PercentBar, StatusTag } from './TaskBadges.tsx';
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

/** Code and title (opening the task), then the plan's number and the period or unit when they matter. */
function TaskHeading({ item, showPlan, showUnit }: { item: AssignmentItem; showPlan: boolean; showUnit: boolean }) {
  const { t } = useTranslation();
  const facts = [
    showPlan ? (item.document.numberLine ?? item.document.title) : null,
    item.period ? periodText(t, item.period) : null,
    showUnit ? item.unit.shortName ?? item.unit.name : null,
    t(`tasks.role.${item.role}`),
  ].filter(Boolean);
  return (
    <div style={{ minWidth: 0 }}>
      <Link to={`/tasks/${item.id}`} className="assignment-title">
        <Typography.Text strong>{item.task.code}</Typography.Text> {item.task.title}
      </Link>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {facts.join(' · ')}
        </Typography.Text>
      </div>
    </div>
  );
}
