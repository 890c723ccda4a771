import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import type { Me } from '../api/types.ts';
import { FeedbackProvider } from '../components/feedback.tsx';
import { lazyNamed } from '../components/lazy-named.ts';
import { useIsPhone } from '../components/use-is-phone.ts';
import { ChangePasswordModal } from './ChangePasswordModal.tsx';
import { CurrentUnitProvider } from './current-unit.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { SideMenu } from './SideMenu.tsx';
import { UnitSwitcher } from './UnitSwitcher.tsx';
import { UserMenu } from './UserMenu.tsx';

const PhoneMenu = lazyNamed(() => import('./PhoneMenu.tsx'), 'PhoneMenu');

/** Header (name, working unit, language, user), menu (side bar or drawer) and the page. */
export function AppShell({ me }: { me: Me }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuUsed, setMenuUsed] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const openMenu = () => {
    // The drawer's code loads the first time the menu opens.
    setMenuUsed(true);
    setMenuOpen(true);
  };

  return (
    <CurrentUnitProvider me={me}>
      <FeedbackProvider>
        <a className="skip-link" href="#main">
          {t('shell.skipToContent')}
        </a>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header className="app-header">
            {isPhone ? <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={openMenu} style={{ minWidth: 40 }} /> : null}
            <Link to="/" className="app-brand">
              {t('app.name')}
            </Link>
            {isPhone ? null : (
              <div className="app-unit-switcher">
                <UnitSwitcher me={me} />
              </div>
            )}
            <div className="app-header-spacer" />
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu me={me} compact={isPhone} onChangePassword={() => setChangingPassword(true)} />
          </Layout.Header>
          {isPhone ? (
            <div className="app-unit-bar">
              <UnitSwitcher me={me} />
            </div>
          ) : null}
          <Layout>
            {isPhone ? null : (
              <Layout.Sider width={272} theme="light" className="app-sider">
                <SideMenu grants={me.grants} />
              </Layout.Sider>
            )}
            <Layout.Content id="main" tabIndex={-1} className="app-content">
              <Suspense fallback={<Spin size="large" className="page-spinner" />}>
                <Outlet />
              </Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
        {isPhone && menuUsed ? (
          <Suspense fallback={null}>
            <PhoneMenu grants={me.grants} open={menuOpen} onClose={() => setMenuOpen(false)} />
          </Suspense>
        ) : null}
        {me.mustChangePassword || changingPassword ? <ChangePasswordModal required={me.mustChangePassword} onClose={() => setChangingPassword(false)} /> : null}
      </FeedbackProvider>
    </CurrentUnitProvider>
  );
}
