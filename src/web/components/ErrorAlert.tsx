import { Alert } from 'antd';
import { useErrorText } from './use-error-text.ts';

/** The failure of a request, as a visible and announced message; nothing when there is none. */
export function ErrorAlert({ error }: { error: unknown }) {
  const errorText = useErrorText();
  if (!error) return null;
  return <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />;
}
