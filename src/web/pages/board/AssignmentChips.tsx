import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AssignmentState } from '../../api/assignments.ts';
import { formatDate } from '../../format/dates.ts';
import { periodText } from '../tasks/period-text.ts';
import { dueStateColors, statusColors, statusTagColors } from '../tasks/task-colors.ts';
import { DueDate } from '../tasks/TaskBadges.tsx';
import './board.css';

/** One unit's assignments of a task: its status and due date, or one chip per period of a recurring task. */
export function UnitAssignments({ assignments }: { assignments: readonly AssignmentState[] }) {
  return (
    <Flex wrap gap={4} align="center">
      {assignments.length === 1 && !assignments[0]!.period ? (
        <SingleAssignment assignment={assignments[0]!} />
      ) : (
        assignments.map((assignment) => <PeriodChip key={assignment.id} assignment={assignment} />)
      )}
    </Flex>
  );
}

function SingleAssignment({ assignment }: { assignment: AssignmentState }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={`/tasks/${assignment.id}`}>
        <Tag color={statusTagColors[assignment.status]} style={{ marginInlineEnd: 0 }}>
          {t(`tasks.status.${assignment.status}`)} {assignment.percent}%
        </Tag>
      </Link>
      {assignment.status === 'done' ? null : <DueDate dueOn={assignment.dueOn} dueState={assignment.dueState} />}
      {assignment.acknowledgedAt ? null : <Tag style={{ marginInlineEnd: 0 }}>{t('tasks.notAcknowledged')}</Tag>}
    </>
  );
}

/** A recurring task's instance: the period, coloured by status, with its percent; details on hover. */
function PeriodChip({ assignment }: { assignment: AssignmentState }) {
  const { t } = useTranslation();
  const label = assignment.period ? periodText(t, assignment.period) : formatDate(assignment.dueOn);
  const details = [t(`tasks.status.${assignment.status}`), `${assignment.percent}%`, assignment.dueOn ? t('tasks.dueOn', { date: formatDate(assignment.dueOn) }) : null, t(`tasks.dueState.${assignment.dueState}`)]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip title={details}>
      <Link to={`/tasks/${assignment.id}`} aria-label={`${label}: ${details}`} className="board-period-chip" style={{ borderColor: statusColors[assignment.status], color: assignment.dueState === 'overdue' ? dueStateColors.overdue : undefined }}>
        <span className="board-period-dot" style={{ background: statusColors[assignment.status] }} />
        {label} {assignment.percent}%
      </Link>
    </Tooltip>
  );
}
