import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifications } from '../api/notifications.ts';
import { lazyNamed } from '../components/lazy-named.ts';
import { useIsPhone } from '../components/use-is-phone.ts';

// The list's code loads the first time the bell opens; the count comes with the shell.
const NotificationPanel = lazyNamed(() => import('../pages/reminders/NotificationPanel.tsx'), 'NotificationPanel');
const NotificationDrawer = lazyNamed(() => import('../pages/reminders/NotificationPanel.tsx'), 'NotificationDrawer');

/** The header's bell: unread count on a badge; the latest notifications under it (a full-screen drawer on a phone). */
export function NotificationBell() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const notifications = useNotifications();
  const unread = notifications.data?.unreadCount ?? 0;
  const toggle = (next: boolean) => {
    setUsed(true);
    setOpen(next);
    if (next) void notifications.refetch();
  };
  const bell = (
    <Button
      type="text"
      aria-label={unread > 0 ? t('reminders.bell.labelUnread', { count: unread }) : t('reminders.bell.label')}
      onClick={isPhone ? () => toggle(true) : undefined}
      style={{ minWidth: 40 }}
    >
      <Badge count={unread} size="small" overflowCount={99} offset={[4, -2]}>
        <BellOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Button>
  );
  const close = () => setOpen(false);

  if (isPhone) {
    return (
      <>
        {bell}
        {used ? (
          <Suspense fallback={null}>
            <NotificationDrawer page={notifications.data} open={open} onClose={close} />
          </Suspense>
        ) : null}
      </>
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={toggle}
      placement="bottomRight"
      popupRender={() => (
        <Suspense fallback={null}>
          <NotificationPanel page={notifications.data} onClose={close} />
        </Suspense>
      )}
    >
      {bell}
    </Dropdown>
  );
}
