import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** "Not allowed" or "not found", with a way back. */
export function StatusPage({ status }: { status: 403 | 404 }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" gap={16} style={{ padding: '15vh 16px', textAlign: 'center' }}>
      <Typography.Text type="secondary" style={{ fontSize: 48, fontWeight: 700 }}>
        {status}
      </Typography.Text>
      <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
        {t(status === 403 ? 'errors.forbiddenPage' : 'errors.notFoundPage')}
      </Typography.Title>
      <Link to="/">
        <Button type="primary">{t('common.backHome')}</Button>
      </Link>
    </Flex>
  );
}
