import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '../../components/FileDrop.tsx';

interface UploadStepProps {
  file: File | null;
  onFile: (file: File) => void;
  onRead: () => void;
  reading: boolean;
  error: unknown;
}

/** Step 1: the Word or text file of a plan. */
export function UploadStep({ file, onFile, onRead, reading, error }: UploadStepProps) {
  const { t } = useTranslation();
  return (
    <Card style={{ maxWidth: 720 }}>
      <Typography.Paragraph>{t('planImport.intro')}</Typography.Paragraph>
      <FileDrop
        accept=".docx,.txt"
        file={file}
        onFile={onFile}
        texts={{ choose: t('planImport.chooseFile'), hint: t('planImport.dropHint'), chosen: (name) => t('planImport.fileChosen', { name }), action: t('planImport.read') }}
        onAction={onRead}
        busy={reading}
        error={error}
      />
    </Card>
  );
}
