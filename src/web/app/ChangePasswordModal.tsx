import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../api/auth.ts';
import { FormModal } from '../components/FormModal.tsx';
import { useFeedback } from '../components/feedback.tsx';

const minimumLength = 10;

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Changing one's own password; `required` when the password is a temporary one. */
export function ChangePasswordModal({ required, onClose }: { required: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const change = useChangePassword();

  const submit = async ({ currentPassword, newPassword }: Values) => {
    await change.mutateAsync({ currentPassword, newPassword });
    message.success(t('password.changed'));
    onClose();
  };

  return (
    <FormModal<Values> title={t('password.title')} onCancel={required ? undefined : onClose} onSubmit={submit}>
      {required ? <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('errors.required') }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.next')}
        extra={t('password.hint')}
        rules={[{ required: true, message: t('errors.required') }, { min: minimumLength, message: t('password.tooShort') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('errors.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
