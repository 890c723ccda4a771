import { Alert, Button, Collapse, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { BuilderErrors } from './BuilderErrors.tsx';
import { FieldList } from './FieldList.tsx';
import { FieldPreview } from './FieldPreview.tsx';
import { GeneralSettings } from './GeneralSettings.tsx';
import { RulesEditor } from './RulesEditor.tsx';
import { anchoredErrors, type PlacedError, placeErrors, type TemplateFormState, toDefinition } from './template-form.ts';

interface TemplateFormProps {
  initial: TemplateFormState;
  submitText: string;
  /** Shown above the form (e.g. that saving makes a new version). */
  note?: string;
  saving: boolean;
  onSave: (definition: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
}

/** The builder's form: general settings, fields, rules and a preview; the server checks the definition on save. */
export function TemplateForm({ initial, submitText, note, saving, onSave, onCancel }: TemplateFormProps) {
  const { t } = useTranslation();
  // Untyped: the server's error paths name items deep in the lists.
  const [form] = Form.useForm();
  const [fieldErrors, setFieldErrors] = useState<PlacedError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);

  const save = async () => {
    setFieldErrors([]);
    setFailure(null);
    try {
      await onSave(toDefinition(form.getFieldsValue(true) as TemplateFormState));
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setFieldErrors(placeErrors(error.fieldErrors));
        form.setFields(anchoredErrors(error.fieldErrors));
      } else setFailure(error);
    }
  };

  const section = (title: string) => (
    <Typography.Title level={2} className="template-section-title">
      {title}
    </Typography.Title>
  );

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={() => void save()} className="template-form" requiredMark={false}>
      {note ? <Alert type="info" showIcon title={note} style={{ marginBottom: 16 }} /> : null}
      {section(t('reportTemplates.general.title'))}
      <GeneralSettings />
      {section(t('reportTemplates.fields.title'))}
      <FieldList />
      {section(t('reportTemplates.rules.title'))}
      <RulesEditor />
      <Collapse
        style={{ marginTop: 24 }}
        items={[{ key: 'preview', label: t('reportTemplates.preview.title'), children: <FieldPreview /> }]}
      />
      <div className="template-form-footer">
        <ErrorAlert error={failure} />
        <BuilderErrors errors={fieldErrors} />
        <Flex wrap gap={8}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {submitText}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </Flex>
      </div>
    </Form>
  );
}
