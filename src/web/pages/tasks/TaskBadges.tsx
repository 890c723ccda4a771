import { Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DueState, ProgressStatus } from '../../../domain/task-status.ts';
import type { Figure } from '../../api/assignments.ts';
import { formatDate } from '../../format/dates.ts';
import { dueStateColors, dueStateTagColors, statusColors, statusTagColors } from './task-colors.ts';
import './tasks.css';

export function StatusTag({ status }: { status: ProgressStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusTagColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`tasks.status.${status}`)}
    </Tag>
  );
}

/**
 * The due date in dd/mm/yyyy, coloured by how close it is, with the state in words (except
 * for finished work, whose status already says so).
 */
export function DueDate({ dueOn, dueState }: { dueOn: string | null; dueState: DueState }) {
  const { t } = useTranslation();
  return (
    <span className="due-date">
      {dueOn ? <span style={{ color: dueStateColors[dueState], fontWeight: dueState === 'overdue' || dueState === 'due_soon' ? 600 : undefined }}>{formatDate(dueOn)}</span> : null}
      {dueState === 'done' ? null : (
        <Tag color={dueStateTagColors[dueState]} style={{ marginInlineEnd: 0 }}>
          {t(`tasks.dueState.${dueState}`)}
        </Tag>
      )}
    </span>
  );
}

export function PercentBar({ percent, status }: { percent: number; status: ProgressStatus }) {
  const { t } = useTranslation();
  return (
    <Progress
      percent={percent}
      size="small"
      strokeColor={statusColors[status]}
      status={status === 'done' ? 'success' : 'normal'}
      aria-label={t('tasks.percentOf', { percent })}
      style={{ margin: 0, minWidth: 100, width: '100%' }}
    />
  );
}

/** A rolled-up figure: its percent, how many parts are done, and the method that combined them. */
export function FigureText({ figure, method }: { figure: Figure; method?: string }) {
  const { t } = useTranslation();
  return (
    <span>
      <Typography.Text strong>{figure.percent === null ? t('tasks.noFigure') : `${figure.percent}%`}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {' · '}
        {t('tasks.doneOf', { done: figure.done, total: figure.total })}
        {method ? ` · ${method}` : ''}
      </Typography.Text>
    </span>
  );
}

/** How many more implementing plans exist that the reader may not open (they count in the figures). */
export function HiddenPlans({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('tasks.hiddenPlans', { count })}
    </Typography.Text>
  );
}
