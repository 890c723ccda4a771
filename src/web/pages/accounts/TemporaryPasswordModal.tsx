import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The one time a temporary password is shown: copy it and pass it on. */
export function TemporaryPasswordModal({ login, password, onClose }: { login: string; password: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open title={t('accounts.temporaryPasswordTitle', { login })} onOk={onClose} onCancel={onClose} okText={t('common.close')} cancelButtonProps={{ style: { display: 'none' } }}>
      <Alert type="warning" showIcon title={t('accounts.temporaryPasswordHint')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph copyable={{ text: password, tooltips: [t('common.copy'), t('common.copied')] }} style={{ fontSize: 20 }}>
        <code aria-label={t('accounts.password')}>{password}</code>
      </Typography.Paragraph>
    </Modal>
  );
}
