import { Form, Input, InputNumber, Radio, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportTemplate, TableColumn, TemplateField } from '../../../domain/reports/template.ts';
import { type ReportValues, withDerivedRatios } from '../../../domain/reports/values.ts';
import { percentText } from './report-form.ts';

type ScalarDefinition = Exclude<TemplateField, { type: 'table' }> | TableColumn;

/** What Form.Item hands its child: the id for the label, the value and the change handler. */
// `any` as antd's own inputs type their value and change handler per kind of input.
interface ControlProps {
  id?: string;
  value?: any;
  onChange?: (value: any) => void;
}

/** The input of one scalar field or table column, by its type (inside a Form.Item, which passes the control). */
export function ScalarInput({ field, ...control }: { field: ScalarDefinition } & ControlProps) {
  const { t } = useTranslation();
  switch (field.type) {
    case 'integer':
      return <InputNumber {...control} precision={0} min={field.min} max={field.max} suffix={field.unit} inputMode="numeric" />;
    case 'percent':
      return <InputNumber {...control} min={field.min ?? 0} max={field.max ?? 100} suffix="%" inputMode="decimal" />;
    case 'decimal':
      return <InputNumber {...control} min={field.min} max={field.max} suffix={field.unit} inputMode="decimal" />;
    case 'yes_no':
      return (
        <Radio.Group
          {...control}
          optionType="button"
          options={[
            { value: true, label: t('common.yes') },
            { value: false, label: t('common.no') },
          ]}
        />
      );
    case 'choice':
      return (
        <Select
          {...control}
          mode={field.multiple ? 'multiple' : undefined}
          allowClear
          placeholder={t('reports.form.choose')}
          options={field.options.map((option) => ({ value: option.value, label: option.label }))}
          style={{ maxWidth: 480 }}
        />
      );
    case 'short_text':
      return <Input {...control} maxLength={field.maxLength} />;
    case 'long_text':
      return <Input.TextArea {...control} maxLength={field.maxLength} autoSize={{ minRows: 3, maxRows: 12 }} />;
  }
}

/** The field's label with the marker of a figure the platform filled in. */
export function FieldLabel({ field, prefilled }: { field: TemplateField; prefilled: boolean }) {
  const { t } = useTranslation();
  return (
    <span>
      {field.label}
      {prefilled ? (
        <Tag color="blue" className="report-prefilled" style={{ marginInlineStart: 8 }}>
          {t('reports.form.prefilled')}
        </Tag>
      ) : null}
    </span>
  );
}

/** For a ratio left empty: the share the unit's own numerator and denominator give, as the roll-up computes it. */
export function DerivedRatio({ template, field }: { template: ReportTemplate; field: TemplateField }) {
  const { t, i18n } = useTranslation();
  const aggregation = 'aggregation' in field ? field.aggregation : undefined;
  const ratio = aggregation?.method === 'ratio' ? aggregation : undefined;
  const own = Form.useWatch(field.key);
  const top = Form.useWatch(ratio?.numerator ?? '');
  const bottom = Form.useWatch(ratio?.denominator ?? '');
  if (!ratio || (own !== undefined && own !== null)) return null;
  const derived = withDerivedRatios(template, { [ratio.numerator]: top, [ratio.denominator]: bottom } as ReportValues)[field.key];
  if (typeof derived !== 'number') return null;
  return <Typography.Text type="secondary">{t('reports.form.derived', { value: percentText(derived, i18n.language) })}</Typography.Text>;
}
