import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValueError } from '../../../domain/reports/values.ts';
import { inputIdOf } from './report-form.ts';

/** All problems a submission would refuse, each a link to its input. */
export function ReportErrorList({ errors }: { errors: readonly ValueError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  const focus = (path: ValueError['path']) => {
    const id = inputIdOf(path);
    const element = id ? document.getElementById(id) : null;
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('reports.form.errorsTitle', { count: errors.length })}
      description={
        <ul className="report-error-list">
          {errors.map((error, index) => (
            <li key={index}>
              {inputIdOf(error.path) ? (
                <a href={`#${inputIdOf(error.path)}`} onClick={(event) => { event.preventDefault(); focus(error.path); }}>
                  {error.label}
                </a>
              ) : (
                error.label
              )}
              : {error.message}
            </li>
          ))}
        </ul>
      }
      style={{ marginBottom: 12 }}
    />
  );
}
