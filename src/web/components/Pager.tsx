import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Trang trước · Trang n · Trang sau" under a list the server pages; nothing while it fits one page. */
export function Pager({ page, hasMore, onChange }: { page: number; hasMore: boolean; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  if (page === 0 && !hasMore) return null;
  return (
    <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 16 }}>
      <Button disabled={page === 0} onClick={() => onChange(page - 1)}>
        {t('common.previousPage')}
      </Button>
      <Typography.Text aria-live="polite">{t('common.page', { page: page + 1 })}</Typography.Text>
      <Button disabled={!hasMore} onClick={() => onChange(page + 1)}>
        {t('common.nextPage')}
      </Button>
    </Flex>
  );
}
