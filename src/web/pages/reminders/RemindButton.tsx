import { CheckOutlined, NotificationOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { type OverdueItem, useRemind } from '../../api/reminders.ts';
import { useFeedback } from '../../components/feedback.tsx';
import { useErrorText } from '../../components/use-error-text.ts';

/**
 * "Nhắc": one click sends the reminder and a toast says how many people it reached. Once a
 * day per task, so after that the button only says it was done.
 */
export function RemindButton({ item, size = 'middle' }: { item: OverdueItem; size?: 'middle' | 'large' }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const errorText = useErrorText();
  const remind = useRemind();
  if (!item.allowed.remind) return null;
  if (item.remindedToday) {
    return (
      <Button size={size} disabled icon={<CheckOutlined />}>
        {t('reminders.remindedToday')}
      </Button>
    );
  }
  const unit = item.unit.name;
  return (
    <Button
      size={size}
      type="primary"
      icon={<NotificationOutlined />}
      loading={remind.isPending}
      aria-label={t('reminders.remindTask', { unit, task: `${item.task.code} ${item.task.title}` })}
      onClick={() =>
        remind.mutate(item.id, {
          onSuccess: (result) => message.success(result.recipients > 0 ? t('reminders.sent', { unit, count: result.recipients }) : t('reminders.sentToNobody', { unit })),
          onError: (error) => message.error(errorText(error)),
        })
      }
    >
      {t('reminders.remind')}
    </Button>
  );
}
