import { BarChartOutlined, FieldTimeOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DocumentDetail } from '../../api/documents.ts';
import { type Task, useDeleteTask, usePlanTasks } from '../../api/plans.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { lazyNamed } from '../../components/lazy-named.ts';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { buildTaskTree, countDescendants, suggestTaskCode, type TaskNode } from './task-tree.ts';
import { TaskTree, type TaskTreeActions } from './TaskTree.tsx';

const TaskForm = lazyNamed(() => import('./TaskForm.tsx'), 'TaskForm');

type Editing = { task: Task } | { parent: Task | null };

/**
 * The plan's task tree: edited while the plan is a draft, read-only once issued. Progress
 * of an issued plan lives on its own pages (the board and the timeline).
 */
export function PlanTasks({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const tasks = usePlanTasks(doc.id);
  const remove = useDeleteTask();
  const confirm = useConfirmedAction();
  const [editing, setEditing] = useState<Editing | null>(null);
  const all = useMemo(() => tasks.data ?? [], [tasks.data]);
  const tree = useMemo(() => buildTaskTree(all), [all]);
  const issuers = useMemo(() => doc.issuers.map((issuer) => ({ id: issuer.id, name: issuer.name })), [doc.issuers]);

  const offeredCode = (parent: Task | null) => {
    const siblings = all.filter((task) => task.parentId === (parent?.id ?? null)).sort((a, b) => a.position - b.position);
    return suggestTaskCode(parent?.code ?? null, siblings.map((task) => task.code), all.map((task) => task.code));
  };

  const actions: TaskTreeActions | undefined = doc.allowed.edit
    ? {
        onAddChild: (parent) => setEditing({ parent }),
        onEdit: (task) => setEditing({ task }),
        onDelete: (node: TaskNode<Task>) => {
          const below = countDescendants(node);
          confirm({
            title: t('documents.plan.deleteConfirm', { code: node.task.code }),
            content: below > 0 ? t('documents.plan.deleteWithSubtasks', { count: below }) : undefined,
            okText: t('documents.plan.deleteTask', { code: node.task.code }),
            danger: true,
            action: () => remove.mutateAsync(node.task.id),
            success: t('documents.plan.deleted', { code: node.task.code }),
          });
        },
      }
    : undefined;

  const heading = `${t('documents.plan.tasks')}${all.length > 0 ? ` (${all.length})` : ''}`;
  return (
    <Card size={isPhone ? 'small' : 'default'}>
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {heading}
        </Typography.Title>
        <Flex wrap gap={16} align="center">
          {doc.status === 'draft' ? null : (
            <>
              <Link to={`/documents/${doc.id}/board`}>
                <BarChartOutlined aria-hidden /> {t('documents.plan.progress')}
              </Link>
              <Link to={`/documents/${doc.id}/timeline`}>
                <FieldTimeOutlined aria-hidden /> {t('documents.plan.timeline')}
              </Link>
            </>
          )}
          {actions ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ parent: null })}>
              {t('documents.plan.addTask')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {doc.status === 'draft' ? null : <Alert type="info" showIcon title={t('documents.plan.readOnly')} style={{ marginBottom: 12 }} />}
      <ErrorAlert error={tasks.error} />
      {tasks.isPending ? <Spin /> : null}
      {tasks.isSuccess && all.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.plan.noTasks')} /> : null}
      {tree.length > 0 ? <TaskTree nodes={tree} actions={actions} showWeight={doc.rollupMethod === 'weighted'} label={t('documents.plan.tasks')} /> : null}
      <Suspense fallback={null}>
        {editing ? (
          <TaskForm
            documentId={doc.id}
            issuers={issuers}
            task={'task' in editing ? editing.task : undefined}
            parent={'parent' in editing ? (editing.parent ?? undefined) : undefined}
            code={'parent' in editing ? offeredCode(editing.parent) : ''}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Suspense>
    </Card>
  );
}
