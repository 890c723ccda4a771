import { Checkbox, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../../domain/reports/template.ts';
import { OptionsEditor } from './OptionsEditor.tsx';
import type { NamePath } from './template-form.ts';

/** The settings of a field's or column's own type: range, unit, decimals, options, length. */
export function TypeSettings({ name, path, type }: { name: NamePath; path: NamePath; type: FieldType }) {
  const { t } = useTranslation();
  const numeric = type === 'integer' || type === 'percent' || type === 'decimal';
  return (
    <>
      {numeric ? (
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name={[...name, 'min']} label={t('reportTemplates.fields.min')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={[...name, 'max']} label={t('reportTemplates.fields.max')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {type !== 'percent' ? (
            <Col xs={12} md={6}>
              <Form.Item name={[...name, 'unit']} label={t('reportTemplates.fields.unit')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          ) : null}
          {type === 'decimal' ? (
            <Col xs={12} md={6}>
              <Form.Item name={[...name, 'decimals']} label={t('reportTemplates.fields.decimals')}>
                <InputNumber min={0} max={6} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      ) : null}
      {type === 'short_text' || type === 'long_text' ? (
        <Form.Item name={[...name, 'maxLength']} label={t('reportTemplates.fields.maxLength')}>
          <InputNumber min={1} max={type === 'short_text' ? 2000 : 50_000} precision={0} placeholder={type === 'short_text' ? '500' : '10000'} style={{ width: 200, maxWidth: '100%' }} />
        </Form.Item>
      ) : null}
      {type === 'choice' ? (
        <>
          <OptionsEditor name={name} path={path} />
          <Form.Item name={[...name, 'multiple']} valuePropName="checked">
            <Checkbox>{t('reportTemplates.fields.multiple')}</Checkbox>
          </Form.Item>
        </>
      ) : null}
    </>
  );
}
