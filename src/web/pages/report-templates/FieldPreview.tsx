import { Empty, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldState } from './template-form.ts';

/** What one field asks for, in a line: type, unit, range, roll-up, options or columns. */
function FieldFacts({ field, labelOf }: { field: FieldState; labelOf: (key?: string) => string }) {
  const { t } = useTranslation();
  const facts: string[] = [t(`reportTemplates.fieldType.${field.type}`)];
  if (field.unit) facts.push(field.unit);
  if (typeof field.min === 'number' || typeof field.max === 'number') facts.push(t('reportTemplates.preview.range', { min: field.min ?? '…', max: field.max ?? '…' }));
  const { method, numerator, denominator } = field.aggregation ?? { method: 'none' };
  if (method === 'ratio') facts.push(t('reportTemplates.preview.ratio', { numerator: labelOf(numerator), denominator: labelOf(denominator) }));
  else if (method !== 'none' && field.type !== 'table') facts.push(t('reportTemplates.preview.aggregation', { method: t(`reportTemplates.aggregation.${method}`) }));
  if (field.type === 'choice') facts.push(t('reportTemplates.preview.options', { options: field.options.map((option) => option.label).join(', ') }));
  if (field.type === 'table') facts.push(t('reportTemplates.preview.columns', { columns: field.columns.map((column) => column.label).join(', ') }));
  return <Typography.Text type="secondary">{facts.join(' · ')}</Typography.Text>;
}

/** A read-only view of the fields as the reporting unit will meet them, grouped by section. */
export function FieldPreview() {
  const { t } = useTranslation();
  const fields: FieldState[] = Form.useWatch('fields') ?? [];
  if (fields.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reportTemplates.preview.empty')} />;
  const labelOf = (key?: string) => fields.find((field) => field.key === key)?.label || key || '…';
  return (
    <ol className="template-preview">
      {fields.map((field, index) => (
        <li key={index}>
          {field.section && field.section !== fields[index - 1]?.section ? <div className="template-preview-section">{field.section}</div> : null}
          <Typography.Text strong>{field.label || t('reportTemplates.fields.untitled')}</Typography.Text>
          {field.required ? (
            <Tag color="red" style={{ marginInlineStart: 6 }}>
              {t('reportTemplates.preview.required')}
            </Tag>
          ) : null}
          <div>
            <FieldFacts field={field} labelOf={labelOf} />
          </div>
          {field.help ? <div className="template-preview-help">{field.help}</div> : null}
        </li>
      ))}
    </ol>
  );
}
