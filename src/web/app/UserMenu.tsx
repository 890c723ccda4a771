import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../api/auth.ts';
import type { Me } from '../api/types.ts';

/** The signed-in user's name with "Đổi mật khẩu" and "Đăng xuất". */
export function UserMenu({ me, compact, onChangePassword }: { me: Me; compact: boolean; onChangePassword: () => void }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const roles = [...new Set(me.grants.map((grant) => t(`enums.role.${grant.role}`)))].join(', ');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', label: <span>{me.displayName}{roles ? ` · ${roles}` : ''}</span>, disabled: true },
          { type: 'divider' },
          { key: 'password', icon: <KeyOutlined />, label: t('shell.changePassword'), onClick: onChangePassword },
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('shell.signOut'), onClick: () => signOut.mutate() },
        ],
      }}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={t('shell.userMenu')} style={{ minWidth: 40 }}>
        {compact ? null : <span className="user-name">{me.displayName}</span>}
      </Button>
    </Dropdown>
  );
}
