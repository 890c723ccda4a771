import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../api/types.ts';
import { SideMenu } from './SideMenu.tsx';

/** The menu of a phone: a drawer from the left, closed once a page is chosen. */
export function PhoneMenu({ grants, open, onClose }: { grants: readonly Grant[]; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} placement="left" size={288} title={t('app.name')} onClose={onClose} styles={{ body: { padding: 0 } }}>
      <SideMenu grants={grants} onNavigate={onClose} />
    </Drawer>
  );
}
