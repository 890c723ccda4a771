import { Card, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportTemplate, TemplateField } from '../../../domain/reports/template.ts';
import { DerivedRatio, FieldLabel, ScalarInput } from './FieldInput.tsx';
import { errorAt, type ErrorPlaces, groupBySection } from './report-form.ts';
import { TableFieldInput } from './TableFieldInput.tsx';

interface ReportFieldsProps {
  template: ReportTemplate;
  prefilled: readonly string[];
  /** Errors to show at their fields, or null before the first save or submission. */
  errors: ErrorPlaces | null;
  readOnly: boolean;
}

/** The template's fields, one card per section, each input by its type with help, required mark and error. */
export function ReportFields({ template, prefilled, errors, readOnly }: ReportFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {groupBySection(template.fields).map((group) => (
        <Card key={group.section ?? ''} size="small" title={group.section ?? t('reports.form.otherSection')} style={{ marginBottom: 12 }}>
          {group.fields.map((field) => (
            <ReportField key={field.key} template={template} field={field} prefilled={prefilled.includes(field.key)} errors={errors} readOnly={readOnly} />
          ))}
        </Card>
      ))}
    </>
  );
}

function ReportField({ template, field, prefilled, errors, readOnly }: { template: ReportTemplate; field: TemplateField; prefilled: boolean; errors: ErrorPlaces | null; readOnly: boolean }) {
  if (field.type === 'table') return <TableFieldInput field={field} prefilled={prefilled} errors={errors} readOnly={readOnly} />;
  const error = errors ? errorAt(errors, [field.key]) : undefined;
  const ratio = 'aggregation' in field && field.aggregation?.method === 'ratio';
  const help =
    field.help || ratio ? (
      <>
        {field.help ? <div>{field.help}</div> : null}
        {ratio ? <DerivedRatio template={template} field={field} /> : null}
      </>
    ) : undefined;
  return (
    <Form.Item
      name={field.key}
      label={<FieldLabel field={field} prefilled={prefilled} />}
      required={field.required}
      validateStatus={error ? 'error' : undefined}
      help={error}
      extra={help}
    >
      <ScalarInput field={field} />
    </Form.Item>
  );
}
