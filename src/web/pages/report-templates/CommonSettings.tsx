import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../../domain/reports/template.ts';
import { type NamePath, withType } from './template-form.ts';

interface CommonSettingsProps {
  name: NamePath;
  path: NamePath;
  types: readonly FieldType[];
}

/** What every field and column has besides its names: the type (a new type starts its settings afresh), required, help. */
export function CommonSettings({ name, path, types }: CommonSettingsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Row gutter={12} align="bottom">
      <Col xs={24} md={10}>
        <Form.Item name={[...name, 'type']} label={t('reportTemplates.fields.type')}>
          <Select
            options={types.map((type) => ({ value: type, label: t(`reportTemplates.fieldType.${type}`) }))}
            onChange={(type: FieldType) => form.setFieldValue(path, withType(form.getFieldValue(path), type))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item name={[...name, 'required']} valuePropName="checked">
          <Checkbox>{t('reportTemplates.fields.required')}</Checkbox>
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name={[...name, 'help']} label={t('reportTemplates.fields.help')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Col>
    </Row>
  );
}
