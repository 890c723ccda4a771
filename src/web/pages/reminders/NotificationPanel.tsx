import { Button, Drawer, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type NotificationPage, useReadAllNotifications, useReadNotification } from '../../api/notifications.ts';
import { formatDateTime } from '../../format/dates.ts';
import './reminders.css';

interface NotificationsProps {
  page: NotificationPage | undefined;
  onClose: () => void;
}

/** The bell under the header on a desktop: a panel with the list. */
export function NotificationPanel({ page, onClose }: NotificationsProps) {
  const { t } = useTranslation();
  return (
    <section className="notification-panel" aria-label={t('reminders.bell.title')}>
      <Flex justify="space-between" align="center" gap={8} className="notification-panel-header">
        <Typography.Text strong>{t('reminders.bell.title')}</Typography.Text>
        <MarkAllRead page={page} />
      </Flex>
      <NotificationList page={page} onClose={onClose} />
    </section>
  );
}

/** The bell on a phone: the list fills the screen, closed by its own button or by opening an item. */
export function NotificationDrawer({ page, onClose, open }: NotificationsProps & { open: boolean }) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} placement="right" size="100%" title={t('reminders.bell.title')} extra={<MarkAllRead page={page} />} onClose={onClose} styles={{ body: { padding: 0 } }}>
      <NotificationList page={page} onClose={onClose} />
    </Drawer>
  );
}

function MarkAllRead({ page }: { page: NotificationPage | undefined }) {
  const { t } = useTranslation();
  const readAll = useReadAllNotifications();
  return (
    <Button type="link" size="small" disabled={!page?.unreadCount} loading={readAll.isPending} onClick={() => readAll.mutate()}>
      {t('reminders.bell.markAll')}
    </Button>
  );
}

/** Newest first, unread ones marked; a click reads the notification and opens what it is about. */
function NotificationList({ page, onClose }: NotificationsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const read = useReadNotification();
  const items = page?.items ?? [];
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reminders.bell.empty')} style={{ padding: 16 }} />;
  return (
    <ul className="notification-list">
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className={`notification-item${item.readAt ? '' : ' is-unread'}`}
            onClick={() => {
              if (!item.readAt) read.mutate(item.id);
              onClose();
              if (item.link) navigate(item.link);
            }}
          >
            {item.readAt ? null : <span className="visually-hidden">{t('reminders.bell.unread')}: </span>}
            <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
            <span className="notification-body">{item.body}</span>
            <span className="notification-time">{formatDateTime(item.createdAt)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
