import { ApartmentOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Task } from '../../api/plans.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import type { TaskNode } from './task-tree.ts';
import { timeframeParts } from './timeframe-text.ts';

export interface TaskTreeActions {
  onAddChild: (parent: Task) => void;
  onEdit: (task: Task) => void;
  onDelete: (node: TaskNode<Task>) => void;
}

interface TaskTreeProps {
  nodes: TaskNode<Task>[];
  /** Without actions the tree is read-only (an issued plan). */
  actions?: TaskTreeActions;
  /** Weights matter only to a plan that rolls up by weight. */
  showWeight: boolean;
  label?: string;
}

function TaskUnits({ task }: { task: Task }) {
  const { t } = useTranslation();
  const lead = task.units.filter((unit) => unit.role === 'lead');
  const partners = task.units.filter((unit) => unit.role === 'partner');
  if (task.units.length === 0 && task.unmatchedUnits.length === 0) return null;
  return (
    <Flex wrap gap={4} align="center" style={{ marginTop: 4 }}>
      {lead.length > 0 ? <Typography.Text type="secondary">{t('documents.plan.lead')}:</Typography.Text> : null}
      {lead.map((unit) => (
        <Tag key={unit.unitId} color="red" style={{ whiteSpace: 'normal' }}>
          {unit.name}
        </Tag>
      ))}
      {partners.length > 0 ? <Typography.Text type="secondary">{t('documents.plan.partners')}:</Typography.Text> : null}
      {partners.map((unit) => (
        <Tag key={unit.unitId} style={{ whiteSpace: 'normal' }}>
          {unit.name}
        </Tag>
      ))}
      {task.unmatchedUnits.length > 0 ? (
        <Tag color="warning" style={{ whiteSpace: 'normal' }}>
          {t('documents.plan.unmatched', { names: task.unmatchedUnits.join(', ') })}
        </Tag>
      ) : null}
    </Flex>
  );
}

function TaskItem({ node, actions, showWeight }: { node: TaskNode<Task>; actions?: TaskTreeActions; showWeight: boolean }) {
  const { t } = useTranslation();
  const { task } = node;
  const isPhone = useIsPhone();
  const when = timeframeParts(task.timeframe, t);
  return (
    <li>
      {/* On a phone the buttons go under the text, which keeps the full width. */}
      <Flex vertical={isPhone} gap={8} align={isPhone ? 'stretch' : 'start'} justify="space-between" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong>{task.code}</Typography.Text> <Typography.Text strong={node.children.length > 0}>{task.title}</Typography.Text>
          {task.description ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ margin: '2px 0 0', whiteSpace: 'pre-line' }}>
              {task.description}
            </Typography.Paragraph>
          ) : null}
          {task.implementsTaskId ? (
            <div style={{ marginTop: 2 }}>
              <Link to={`/cascade/${task.implementsTaskId}`}>
                <ApartmentOutlined aria-hidden /> {t('documents.plan.implements')}
              </Link>
            </div>
          ) : null}
          <TaskUnits task={task} />
          {when.length > 0 || (showWeight && task.weight !== 1) ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, marginTop: 2 }}>
              {[...when, ...(showWeight ? [t('documents.plan.weight', { weight: task.weight })] : [])].join(' · ')}
            </Typography.Text>
          ) : null}
        </div>
        {actions ? (
          <Flex gap={4} wrap justify={isPhone ? 'start' : 'end'} style={{ flex: 'none' }}>
            <Button size="small" icon={<PlusOutlined />} aria-label={t('documents.plan.addSubtask', { code: task.code })} title={t('documents.plan.addSubtask', { code: task.code })} onClick={() => actions.onAddChild(task)} />
            <Button size="small" icon={<EditOutlined />} aria-label={t('documents.plan.editTask', { code: task.code })} title={t('documents.plan.editTask', { code: task.code })} onClick={() => actions.onEdit(task)} />
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('documents.plan.deleteTask', { code: task.code })} title={t('documents.plan.deleteTask', { code: task.code })} onClick={() => actions.onDelete(node)} />
          </Flex>
        ) : null}
      </Flex>
      {node.children.length > 0 ? <TaskTree nodes={node.children} actions={actions} showWeight={showWeight} /> : null}
    </li>
  );
}

/** A plan's tasks nested as the document nests them, each with its units and timeframe; `label` names the outermost list. */
export function TaskTree({ nodes, actions, showWeight, label }: TaskTreeProps) {
  const isPhone = useIsPhone();
  const indent = (nodes[0]?.depth ?? 0) === 0 ? 0 : isPhone ? 12 : 24;
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, paddingInlineStart: indent }}>
      {nodes.map((node) => (
        <TaskItem key={node.task.id} node={node} actions={actions} showWeight={showWeight} />
      ))}
    </ul>
  );
}
