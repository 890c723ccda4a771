import { Alert, Button, Card, Col, Flex, Radio, Row, Statistic, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode, ImportPreview } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import { columnTitle } from './template.ts';

interface PreviewStepProps {
  preview: ImportPreview;
  onBack: () => void;
  onImport: (mode: ImportMode) => void;
  importing: boolean;
  error: unknown;
}

/** Step 2: counts, the rows with their errors, and the choice of all-or-nothing or valid rows only. */
export function PreviewStep({ preview, onBack, onImport, importing, error }: PreviewStepProps) {
  const { t } = useTranslation();
  const invalid = preview.total - preview.valid;
  const [onlyErrors, setOnlyErrors] = useState(invalid > 0);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const rows = onlyErrors ? preview.rows.filter((row) => row.errors.length > 0) : preview.rows;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Row gutter={16}>
          {[
            { title: t('import.total'), value: preview.total, color: undefined },
            { title: t('import.valid'), value: preview.valid, color: '#389e0d' },
            { title: t('import.invalid'), value: invalid, color: invalid ? '#cf1322' : undefined },
          ].map(({ title, value, color }) => (
            <Col xs={8} key={title} role="group" aria-label={`${title}: ${value}`}>
              <Statistic title={title} value={value} styles={{ content: { color } }} />
            </Col>
          ))}
        </Row>
        {preview.missingColumns.length > 0 ? (
          <Alert type="error" showIcon style={{ marginTop: 16 }} title={t('import.missingColumns', { columns: preview.missingColumns.map(columnTitle).join(', ') })} />
        ) : null}
      </Card>
      <Card>
        <label style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12, minHeight: 32 }}>
          <Switch size="small" checked={onlyErrors} onChange={setOnlyErrors} />
          <Typography.Text>{t('import.onlyErrors')}</Typography.Text>
        </label>
        <ImportRowsTable rows={rows} columns={preview.columns} />
      </Card>
      <Card>
        <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend style={{ fontWeight: 600, fontSize: 16, marginBottom: 8 }}>{t('import.modeTitle')}</legend>
          <Radio.Group value={mode} onChange={(event) => setMode(event.target.value as ImportMode)}>
            <Flex vertical gap={8}>
              <Radio value="all_or_nothing">
                {t('import.allOrNothing')}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('import.allOrNothingHint')}
                </Typography.Text>
              </Radio>
              <Radio value="valid_only">
                {t('import.validOnly')}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('import.validOnlyHint')}
                </Typography.Text>
              </Radio>
            </Flex>
          </Radio.Group>
        </fieldset>
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={error} />
          <Flex wrap gap={8}>
            <Button onClick={onBack}>{t('import.back')}</Button>
            <Button type="primary" loading={importing} disabled={preview.valid === 0} onClick={() => onImport(mode)}>
              {t('import.submit')}
            </Button>
          </Flex>
        </div>
      </Card>
    </Flex>
  );
}
