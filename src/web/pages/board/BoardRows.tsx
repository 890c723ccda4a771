import { ApartmentOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BoardUnit } from '../../api/assignments.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { FigureText, HiddenPlans } from '../tasks/TaskBadges.tsx';
import { UnitAssignments } from './AssignmentChips.tsx';
import type { BoardRow } from './board-filter.ts';
import './board.css';

/** The task tree: a table indented by depth on a desktop, indented cards on a phone. */
export function BoardRows({ rows, filtered }: { rows: readonly BoardRow[]; filtered: boolean }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const emptyText = filtered ? t('tasks.board.noMatch') : t('tasks.board.noTasks');

  if (isPhone) {
    if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
    return (
      <Flex vertical gap={8} role="list">
        {rows.map((row) => (
          <Card key={row.task.id} size="small" role="listitem" className={row.matches ? 'board-card' : 'board-card board-context'} style={{ marginInlineStart: Math.min(row.task.depth, 3) * 12 }}>
            <TaskCell row={row} />
            <div style={{ margin: '8px 0' }}>
              <TaskFigure row={row} />
            </div>
            <UnitStatuses units={row.units} />
          </Card>
        ))}
      </Flex>
    );
  }

  return (
    <DataTable<BoardRow>
      rows={rows}
      rowKey={(row) => row.task.id}
      emptyText={emptyText}
      caption={t('tasks.board.title')}
      columns={[
        {
          key: 'task',
          title: t('tasks.task'),
          render: (row) => (
            <div className={row.matches ? undefined : 'board-context'} style={{ paddingInlineStart: Math.min(row.task.depth, 6) * 20 }}>
              <TaskCell row={row} />
            </div>
          ),
        },
        { key: 'units', title: t('tasks.board.units'), width: 380, render: (row) => <UnitStatuses units={row.units} /> },
        { key: 'figure', title: t('tasks.board.result'), width: 190, render: (row) => <TaskFigure row={row} /> },
      ]}
    />
  );
}

function TaskCell({ row }: { row: BoardRow }) {
  const { t } = useTranslation();
  const { task } = row;
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text strong>{task.code}</Typography.Text> {task.title}
      <Flex wrap gap={8} align="center">
        {task.timeframe.text ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {task.timeframe.text}
          </Typography.Text>
        ) : null}
        <Link to={`/cascade/${task.id}`} aria-label={t('tasks.cascade.openFor', { code: task.code })} style={{ fontSize: 13 }}>
          <ApartmentOutlined /> {t('tasks.cascade.short')}
        </Link>
      </Flex>
      {task.implementedBy.map((lower) => (
        <div key={lower.taskId} style={{ fontSize: 13 }}>
          {t('tasks.board.implementedBy')}{' '}
          <Link to={`/documents/${lower.documentId}/board`}>{lower.numberLine ?? lower.title}</Link>
          {lower.documentStatus === 'draft' ? ` (${t('tasks.draft')})` : ''} · {lower.unitName} · <FigureText figure={lower.figure} />
        </div>
      ))}
      <HiddenPlans count={task.implementedByHidden} />
    </div>
  );
}

function TaskFigure({ row }: { row: BoardRow }) {
  const { figure } = row.task;
  return (
    <div>
      <FigureText figure={figure} />
      {figure.percent !== null ? <Progress percent={figure.percent} showInfo={false} size="small" style={{ margin: 0 }} /> : null}
    </div>
  );
}

/** Each unit: its name and role, then one chip per assignment (per period for a recurring task). */
function UnitStatuses({ units }: { units: readonly BoardUnit[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6}>
      {units.map((unit) => (
        <div key={unit.unitId} className="board-unit">
          <Typography.Text>
            {unit.shortName ?? unit.name} <Typography.Text type="secondary">({t(`tasks.role.${unit.role}`)})</Typography.Text>
          </Typography.Text>
          <UnitAssignments assignments={unit.assignments} />
        </div>
      ))}
    </Flex>
  );
}
