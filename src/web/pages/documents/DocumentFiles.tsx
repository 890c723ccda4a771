import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentDetail, fileUrl, useAttachFile } from '../../api/documents.ts';
import { useFeedback } from '../../components/feedback.tsx';
import { useErrorText } from '../../components/use-error-text.ts';
import { formatDateTime } from '../../format/dates.ts';
import { fileSize } from '../../format/sizes.ts';

/** The attached originals (.docx, .pdf) to download, and attaching another while the document may still be drafted. */
export function DocumentFiles({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const errorText = useErrorText();
  const attach = useAttachFile();
  const input = useRef<HTMLInputElement>(null);
  // The signed scan may join an issued document too; a superseded one is closed.
  const canAttach = doc.status !== 'superseded' && (doc.allowed.edit || doc.allowed.newVersion);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      const stored = await attach.mutateAsync({ documentId: doc.id, file });
      message.success(t('documents.detail.uploaded', { name: stored.filename }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

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
          <>
            <input ref={input} type="file" accept=".docx,.pdf" hidden onChange={(event) => void upload(event.target.files?.[0])} />
            <Button icon={<PaperClipOutlined />} loading={attach.isPending} onClick={() => input.current?.click()} style={{ alignSelf: 'flex-start' }}>
              {t('documents.detail.upload')}
            </Button>
          </>
        ) : null}
      </Flex>
    </Card>
  );
}
