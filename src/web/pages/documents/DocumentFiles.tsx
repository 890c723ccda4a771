import { DownloadOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DocumentDetail, fileUrl, useAttachFile } from '../../api/documents.ts';
import { UploadButton } from '../../components/UploadButton.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { fileSize } from '../../format/sizes.ts';

/** The attached originals (.docx, .pdf) to download, and attaching another while the document may still be drafted. */
export function DocumentFiles({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const attach = useAttachFile();
  // The signed scan may join an issued document too; a superseded one is closed.
  const canAttach = doc.status !== 'superseded' && (doc.allowed.edit || doc.allowed.newVersion);

  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('documents.detail.files')}</Typography.Title>}>
      <Flex vertical gap={8}>
        {doc.files.length === 0 ? <Typography.Text type="secondary">{t('documents.detail.noFiles')}</Typography.Text> : null}
        {doc.files.map((file) => (
          <Flex key={file.id} gap={8} align="center" wrap>
            <a href={fileUrl(file.id)} download={file.filename} aria-label={t('documents.detail.download', { name: file.filename })} style={{ overflowWrap: 'anywhere' }}>
              <DownloadOutlined aria-hidden /> {file.filename}
            </a>
            <Typography.Text type="secondary">
              {fileSize(file.sizeBytes)} · {formatDateTime(file.uploadedAt)}
            </Typography.Text>
          </Flex>
        ))}
        {canAttach ? (
          <UploadButton
            accept=".docx,.pdf"
            upload={(file) => attach.mutateAsync({ documentId: doc.id, file })}
            uploaded={(stored) => t('documents.detail.uploaded', { name: stored.filename })}
            busy={attach.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('documents.detail.upload')}
          </UploadButton>
        ) : null}
      </Flex>
    </Card>
  );
}
