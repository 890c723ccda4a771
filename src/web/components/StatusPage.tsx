import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** "Not allowed" or "not found", with a way back. */
export function StatusPage({ status }: { status: 403 | 404 }) {
  const { t } = useTranslation();
  return (
    <Result
      status={status}
      title={t(status === 403 ? 'errors.forbiddenPage' : 'errors.notFoundPage')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
