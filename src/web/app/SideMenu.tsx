import { AimOutlined, ApartmentOutlined, AuditOutlined, BarChartOutlined, BookOutlined, CalendarOutlined, CarryOutOutlined, DashboardOutlined, FileAddOutlined, FileDoneOutlined, FileTextOutlined, FormOutlined, HistoryOutlined, HomeOutlined, InboxOutlined, MailOutlined, NotificationOutlined, ProfileOutlined, SafetyCertificateOutlined, SolutionOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Grant } from '../api/types.ts';
import { activeNavPath, type NavItem, visibleNavItems } from './navigation.ts';

const icons: Record<NavItem['path'], ReactNode> = {
  '/tasks': <CarryOutOutlined />,
  '/home': <HomeOutlined />,
  '/compliance': <DashboardOutlined />,
  '/targets': <AimOutlined />,
  '/documents': <FileTextOutlined />,
  '/documents/import': <FileAddOutlined />,
  '/reminders': <NotificationOutlined />,
  '/meetings': <CalendarOutlined />,
  '/meetings/topics': <BookOutlined />,
  '/meetings/topic-reports': <InboxOutlined />,
  '/meetings/compliance': <AuditOutlined />,
  '/reports': <FormOutlined />,
  '/reports/received': <FileDoneOutlined />,
  '/reports/rollup': <BarChartOutlined />,
  '/reports/reviews': <SolutionOutlined />,
  '/reports/templates': <ProfileOutlined />,
  '/units': <ApartmentOutlined />,
  '/people': <TeamOutlined />,
  '/people/import': <UploadOutlined />,
  '/accounts': <SafetyCertificateOutlined />,
  '/audit': <HistoryOutlined />,
  '/outbox': <MailOutlined />,
};

/** The pages the user's roles open, as a vertical menu (side bar on desktops, drawer on phones). */
export function SideMenu({ grants, onNavigate }: { grants: readonly Grant[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = activeNavPath(pathname);
  return (
    <nav aria-label={t('nav.mainMenu')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={visibleNavItems(grants).map((item) => ({ key: item.path, icon: icons[item.path], label: t(item.label) }))}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
