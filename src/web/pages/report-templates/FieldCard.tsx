import { Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../../domain/reports/template.ts';
import { AggregationFields } from './AggregationFields.tsx';
import { ColumnsEditor } from './ColumnsEditor.tsx';
import { CommonSettings } from './CommonSettings.tsx';
import { ItemHeader } from './ItemHeader.tsx';
import { LabelKeyInputs } from './LabelKeyInputs.tsx';
import { TypeSettings } from './TypeSettings.tsx';

const fieldTypes: readonly FieldType[] = ['integer', 'percent', 'decimal', 'yes_no', 'choice', 'short_text', 'long_text', 'table'];

interface FieldCardProps {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}

/** One field of the template: names, type, the type's settings, section; moved and removed from its heading. */
export function FieldCard({ index, count, onMove, onRemove }: FieldCardProps) {
  const { t } = useTranslation();
  const path = ['fields', index];
  const label: string | undefined = Form.useWatch([...path, 'label']);
  const type: FieldType = Form.useWatch([...path, 'type']) ?? 'integer';
  const labels = { index: index + 1 };
  return (
    <Card size="small" className="template-field" aria-label={t('reportTemplates.fields.item', labels)}>
      <ItemHeader
        title={`${t('reportTemplates.fields.item', labels)}: ${label || t('reportTemplates.fields.untitled')}`}
        index={index}
        count={count}
        labels={{ up: t('reportTemplates.fields.up', labels), down: t('reportTemplates.fields.down', labels), remove: t('reportTemplates.fields.remove', labels) }}
        onMove={onMove}
        onRemove={onRemove}
      />
      <LabelKeyInputs
        name={[index]}
        path={path}
        listPath={['fields']}
        labelText={t('reportTemplates.fields.label')}
        keyText={t('reportTemplates.fields.key')}
        keyHint={t('reportTemplates.fields.keyHint')}
      />
      <CommonSettings name={[index]} path={path} types={fieldTypes} />
      <TypeSettings name={[index]} path={path} type={type} />
      {type === 'table' ? <ColumnsEditor index={index} /> : <AggregationFields index={index} type={type} />}
      <Form.Item name={[index, 'section']} label={t('reportTemplates.fields.section')}>
        <Input maxLength={300} />
      </Form.Item>
    </Card>
  );
}
