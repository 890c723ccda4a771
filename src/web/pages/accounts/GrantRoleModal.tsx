import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/roles.ts';
import { useGrantRole } from '../../api/accounts.ts';
import type { Account } from '../../api/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { roleOptions } from './role-options.ts';
import { useFeedback } from '../../components/feedback.tsx';

/** Grants one more role, in a unit and its subtree. */
export function GrantRoleModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const grant = useGrantRole();
  const required = [{ required: true, message: t('errors.required') }];

  const submit = async (values: { unitId: string; role: Role }) => {
    await grant.mutateAsync({ accountId: account.id, ...values });
    message.success(t('common.saved'));
    onClose();
  };

  return (
    <FormModal<{ unitId: string; role: Role }> title={t('accounts.grantTitle', { name: account.displayName })} okText={t('accounts.grant')} onCancel={onClose} onSubmit={submit} initialValues={{ unitId: account.homeUnit.id }}>
      <Form.Item name="role" label={t('accounts.role')} rules={required}>
        <Select autoFocus options={roleOptions(t)} />
      </Form.Item>
      <Form.Item name="unitId" label={t('accounts.unit')} extra={t('accounts.grantsHint')} rules={required}>
        <UnitPicker />
      </Form.Item>
    </FormModal>
  );
}
