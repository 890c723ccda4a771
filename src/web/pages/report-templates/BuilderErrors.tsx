import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlacedError } from './template-form.ts';

/** Every problem the server found, each with the field, column or rule it is about. */
export function BuilderErrors({ errors }: { errors: readonly PlacedError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  const place = (error: PlacedError) => {
    if (error.field !== undefined && error.column !== undefined) return t('reportTemplates.builder.errorColumn', { index: error.field + 1, column: error.column + 1 });
    if (error.field !== undefined) return t('reportTemplates.builder.errorField', { index: error.field + 1 });
    if (error.rule !== undefined) return t('reportTemplates.builder.errorRule', { index: error.rule + 1 });
    return null;
  };
  return (
    <Alert
      type="error"
      showIcon
      title={t('reportTemplates.builder.errorsTitle')}
      description={
        <ul className="template-errors">
          {errors.map((error, index) => {
            const where = place(error);
            return (
              <li key={index}>
                {where ? <strong>{where}: </strong> : null}
                {error.message}
              </li>
            );
          })}
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
