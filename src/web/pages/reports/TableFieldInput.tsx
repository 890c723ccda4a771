import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TableField } from '../../../domain/reports/template.ts';
import { errorAt, type ErrorPlaces } from './report-form.ts';
import { FieldLabel, ScalarInput } from './FieldInput.tsx';

interface TableFieldInputProps {
  field: TableField;
  prefilled: boolean;
  /** Errors to show, or null before the first save or submission. */
  errors: ErrorPlaces | null;
  readOnly: boolean;
}

/**
 * A repeating table as one block per row with its columns laid out in a grid: readable on a
 * phone, a row per line on a wide screen.
 */
export function TableFieldInput({ field, prefilled, errors, readOnly }: TableFieldInputProps) {
  const { t } = useTranslation();
  const tableError = errors ? errorAt(errors, [field.key]) : undefined;

  return (
    <fieldset className="report-table" id={`report_${field.key}`} style={{ border: 'none', margin: '0 0 16px', padding: 0, minWidth: 0 }}>
      <legend style={{ fontSize: 14, marginBottom: 8, border: 'none' }}>
        {field.required ? <span className="report-required" aria-hidden>* </span> : null}
        <FieldLabel field={field} prefilled={prefilled} />
      </legend>
      {field.help ? <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{field.help}</Typography.Paragraph> : null}
      {tableError ? <Alert type="error" showIcon title={tableError} style={{ marginBottom: 8 }} /> : null}
      <Form.List name={field.key}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, index) => {
              const rowError = errors ? errorAt(errors, [field.key, index]) : undefined;
              return (
                <div key={row.key} className="report-table-row" role="group" aria-label={t('reports.form.row', { table: field.label, row: index + 1 })}>
                  <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
                    <Typography.Text strong>{t('reports.form.rowNumber', { row: index + 1 })}</Typography.Text>
                    {readOnly ? null : <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={t('reports.form.removeRow', { row: index + 1 })} />}
                  </Flex>
                  {rowError ? <Typography.Text type="danger">{rowError}</Typography.Text> : null}
                  <div className="report-table-cells">
                    {field.columns.map((column) => {
                      const error = errors ? errorAt(errors, [field.key, index, column.key]) : undefined;
                      return (
                        <Form.Item
                          key={column.key}
                          name={[row.name, column.key]}
                          label={column.label}
                          required={column.required}
                          validateStatus={error ? 'error' : undefined}
                          help={error}
                          tooltip={column.help}
                        >
                          <ScalarInput field={column} />
                        </Form.Item>
                      );
                    })}
                  </div>
                </div>
              );
            })}
            {rows.length === 0 && readOnly ? <Typography.Text type="secondary">{t('reports.form.noRows')}</Typography.Text> : null}
            {!readOnly && (field.maxRows === undefined || rows.length < field.maxRows) ? (
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('reports.form.addRow')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
