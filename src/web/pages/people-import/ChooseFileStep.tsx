import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download.ts';
import { FileDrop } from '../../components/FileDrop.tsx';
import { importColumns, templateCsv } from './template.ts';

interface ChooseFileStepProps {
  file: File | null;
  onFile: (file: File) => void;
  onCheck: () => void;
  checking: boolean;
  error: unknown;
}

/** Step 1: the template, the file to check, and what each column takes. */
export function ChooseFileStep({ file, onFile, onCheck, checking, error }: ChooseFileStepProps) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card>
          <Typography.Paragraph>{t('import.templateIntro')}</Typography.Paragraph>
          <Button icon={<DownloadOutlined />} onClick={() => downloadText(t('import.templateFileName'), templateCsv(), 'text/csv;charset=utf-8')} style={{ marginBottom: 16 }}>
            {t('import.downloadTemplate')}
          </Button>
          <FileDrop
            accept=".csv,.xlsx"
            file={file}
            onFile={onFile}
            texts={{ choose: t('import.chooseFile'), hint: t('import.dropHint'), chosen: (name) => t('import.fileChosen', { name }), action: t('import.check') }}
            onAction={onCheck}
            busy={checking}
            error={error}
          />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('import.columnsTitle')}</h2>}>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={importColumns.map((column) => ({
              key: column.field,
              label: (
                <span>
                  {column.title}
                  {column.required ? (
                    <Tag color="red" style={{ marginInlineStart: 6 }}>
                      {t('import.columnRequired')}
                    </Tag>
                  ) : null}
                </span>
              ),
              children: t(`import.columnRules.${column.field}`),
            }))}
          />
        </Card>
      </Col>
    </Row>
  );
}
