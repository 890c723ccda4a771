import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/roles.ts';
import { useCreateAccount } from '../../api/accounts.ts';
import type { WithTemporaryPassword } from '../../api/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { roleOptions } from './role-options.ts';
import { useFeedback } from '../../components/feedback.tsx';

interface Values {
  login: string;
  displayName: string;
  email?: string;
  homeUnitId: string;
  password?: string;
  grants?: { unitId: string; role: Role }[];
}

/** A new account with its home unit, optionally a password and its first roles. */
export function CreateAccountModal({ homeUnitId, onClose, onCreated }: { homeUnitId: string | null; onClose: () => void; onCreated: (result: WithTemporaryPassword) => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const create = useCreateAccount();
  const required = [{ required: true, whitespace: true, message: t('errors.required') }];

  const submit = async (values: Values) => {
    const result = await create.mutateAsync({
      login: values.login.trim(),
      displayName: values.displayName.trim(),
      email: values.email?.trim() || null,
      homeUnitId: values.homeUnitId,
      password: values.password || undefined,
      grants: values.grants ?? [],
    });
    message.success(t('accounts.created', { login: result.account.login }));
    onCreated(result);
  };

  return (
    <FormModal<Values> title={t('accounts.create')} width={680} onCancel={onClose} onSubmit={submit} initialValues={{ homeUnitId: homeUnitId ?? undefined, grants: [] }}>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="login" label={t('accounts.login')} rules={required}>
            <Input autoFocus autoCapitalize="none" autoComplete="off" maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="displayName" label={t('accounts.displayName')} rules={required}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label={t('accounts.email')} rules={[{ type: 'email', message: t('errors.email') }]}>
            <Input inputMode="email" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="password" label={t('accounts.password')} rules={[{ min: 10, message: t('password.tooShort') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
        {t('accounts.passwordHint')}
      </Typography.Paragraph>
      <Form.Item name="homeUnitId" label={t('accounts.homeUnit')} rules={[{ required: true, message: t('errors.required') }]}>
        <UnitPicker />
      </Form.Item>
      <Typography.Text strong>{t('accounts.grants')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('accounts.grantsHint')}</Typography.Paragraph>
      <Form.List name="grants">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={8} align="top" wrap={false}>
                <Col flex="auto" style={{ minWidth: 0 }}>
                  <Form.Item name={[field.name, 'unitId']} rules={[{ required: true, message: t('errors.required') }]}>
                    <UnitPicker aria-label={t('accounts.unit')} />
                  </Form.Item>
                </Col>
                <Col flex="140px">
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('errors.required') }]}>
                    <Select aria-label={t('accounts.role')} options={roleOptions(t)} />
                  </Form.Item>
                </Col>
                <Col flex="none">
                  <Button icon={<DeleteOutlined />} aria-label={t('accounts.removeGrant')} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ role: 'member' })}>
              {t('accounts.addGrant')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
