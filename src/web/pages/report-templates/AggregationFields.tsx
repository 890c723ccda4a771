import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FieldType, prefillSources } from '../../../domain/reports/template.ts';
import { aggregationChoices, type FieldState, type NamePath, numericFieldOptions } from './template-form.ts';

/** How a field rolls up over the reporting units (a ratio names its two fields) and, for whole numbers, the figure it starts from. */
export function AggregationFields({ index, type }: { index: number; type: FieldType }) {
  const { t } = useTranslation();
  const name: NamePath = [index];
  const fields: FieldState[] = Form.useWatch('fields') ?? [];
  const method = Form.useWatch(['fields', index, 'aggregation', 'method']);
  const choices = aggregationChoices(type);
  if (choices.length === 0) return null;
  const ownKey = fields[index]?.key;
  const operands = numericFieldOptions(fields, ['integer', 'decimal']).filter((option) => option.value !== ownKey);

  return (
    <Row gutter={12}>
      <Col xs={24} md={type === 'integer' ? 12 : 24}>
        <Form.Item name={[...name, 'aggregation', 'method']} label={t('reportTemplates.fields.aggregation')}>
          <Select
            options={choices.map((choice) => ({
              value: choice,
              label: choice === 'none' ? t('reportTemplates.fields.noAggregation') : t(`reportTemplates.aggregation.${choice}`),
            }))}
          />
        </Form.Item>
      </Col>
      {type === 'integer' ? (
        <Col xs={24} md={12}>
          <Form.Item name={[...name, 'prefill']} label={t('reportTemplates.fields.prefill')}>
            <Select
              allowClear
              placeholder={t('reportTemplates.fields.noPrefill')}
              options={prefillSources.map((source) => ({ value: source, label: t(`reportTemplates.prefill.${source}`) }))}
            />
          </Form.Item>
        </Col>
      ) : null}
      {method === 'ratio' ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item name={[...name, 'aggregation', 'numerator']} label={t('reportTemplates.fields.numerator')}>
              <Select options={operands} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={[...name, 'aggregation', 'denominator']} label={t('reportTemplates.fields.denominator')}>
              <Select options={operands} />
            </Form.Item>
          </Col>
        </>
      ) : null}
    </Row>
  );
}
