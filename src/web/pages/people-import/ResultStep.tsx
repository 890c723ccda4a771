import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ImportResult } from '../../api/types.ts';
import { ImportRowsTable } from './ImportRowsTable.tsx';

/** Step 3: how many people were created, and the rows left out. */
export function ResultStep({ result, columns, onAgain }: { result: ImportResult; columns: string[]; onAgain: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status={result.skipped > 0 ? 'warning' : 'success'}
        title={t('import.resultTitle', { created: result.created })}
        subTitle={result.skipped > 0 ? t('import.resultSkipped', { skipped: result.skipped }) : undefined}
        extra={[
          <Button key="people" type="primary" onClick={() => navigate('/people')}>
            {t('import.toPeople')}
          </Button>,
          <Button key="again" onClick={onAgain}>
            {t('import.again')}
          </Button>,
        ]}
      />
      {result.skippedRows.length > 0 ? (
        <section aria-label={t('import.skippedRows')}>
          <h2 style={{ fontSize: 16 }}>{t('import.skippedRows')}</h2>
          <ImportRowsTable rows={result.skippedRows} columns={columns} />
        </section>
      ) : null}
    </Card>
  );
}
