import { Form, Modal } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../api/problem.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

interface FormModalProps<T> {
  title: ReactNode;
  okText?: string;
  /** Without it the dialog cannot be dismissed (a required step). */
  onCancel?: () => void;
  onSubmit: (values: T) => Promise<unknown>;
  initialValues?: Partial<T>;
  danger?: boolean;
  width?: number;
  children: ReactNode;
}

/**
 * A dialog holding one form: Enter submits, the server's message is shown above the fields
 * and the fields it blames are marked. The caller closes it after a successful submit.
 */
export function FormModal<T extends object>({ title, okText, onCancel, onSubmit, initialValues, danger, width, children }: FormModalProps<T>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<T>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: T) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (failure) {
      setError(failure);
      form.setFields(formFieldErrors(failure).map((field) => ({ name: field.name as NamePath<T>, errors: field.errors })));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      closable={Boolean(onCancel)}
      keyboard={Boolean(onCancel)}
      mask={{ closable: false }}
      okButtonProps={{ htmlType: 'submit', danger }}
      cancelButtonProps={onCancel ? undefined : { style: { display: 'none' } }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} clearOnDestroy scrollToFirstError>
          {dialog}
        </Form>
      )}
    >
      <ErrorAlert error={error} />
      {children}
    </Modal>
  );
}
