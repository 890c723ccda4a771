import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AssignmentItem, useAcknowledge } from '../../api/assignments.ts';
import { useFeedback } from '../../components/feedback.tsx';
import { useErrorText } from '../../components/use-error-text.ts';

interface AssignmentActionsProps {
  assignment: AssignmentItem;
  onReport: (assignment: AssignmentItem) => void;
  size?: 'middle' | 'large';
}

/** "Tiếp nhận" until the unit has acknowledged the task, and "Báo cáo tiến độ" where it may report. */
export function AssignmentActions({ assignment, onReport, size = 'middle' }: AssignmentActionsProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const errorText = useErrorText();
  const acknowledge = useAcknowledge();
  const label = `${assignment.task.code} ${assignment.unit.shortName ?? assignment.unit.name}`;
  return (
    <>
      {assignment.allowed.acknowledge && !assignment.acknowledgedAt ? (
        <Button
          size={size}
          icon={<CheckOutlined />}
          loading={acknowledge.isPending}
          aria-label={t('tasks.acknowledgeTask', { task: label })}
          onClick={() =>
            acknowledge.mutate(assignment.id, {
              onSuccess: () => message.success(t('tasks.acknowledged')),
              onError: (error) => message.error(errorText(error)),
            })
          }
        >
          {t('tasks.acknowledge')}
        </Button>
      ) : null}
      {assignment.allowed.report ? (
        <Button size={size} type="primary" icon={<EditOutlined />} aria-label={t('tasks.reportTask', { task: label })} onClick={() => onReport(assignment)}>
          {t('tasks.report')}
        </Button>
      ) : null}
    </>
  );
}
