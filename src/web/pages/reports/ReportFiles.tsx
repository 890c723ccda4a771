import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ReportDetail, reportFileUrl, useAttachReportFile, useRemoveReportFile } from '../../api/reports.ts';
import { UploadButton } from '../../components/UploadButton.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { fileSize } from '../../format/sizes.ts';

/** The files attached to the report; while it may be edited, attaching and removing them. */
export function ReportFiles({ report, editable }: { report: ReportDetail; editable: boolean }) {
  const { t } = useTranslation();
  const attach = useAttachReportFile(report.id);
  const remove = useRemoveReportFile(report.id);
  const confirm = useConfirmedAction();

  return (
    <Card size="small" title={t('reports.files.title')} style={{ marginBottom: 12 }}>
      <Flex vertical gap={8}>
        {report.files.length === 0 ? <Typography.Text type="secondary">{t('reports.files.none')}</Typography.Text> : null}
        {report.files.map((file) => (
          <Flex key={file.id} gap={8} align="center" wrap>
            <a href={reportFileUrl(report.id, file.id)} download={file.filename} style={{ overflowWrap: 'anywhere' }}>
              <DownloadOutlined aria-hidden /> {file.filename}
            </a>
            <Typography.Text type="secondary">{fileSize(file.sizeBytes)}</Typography.Text>
            {editable ? (
              <Button
                type="text"
                danger
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('reports.files.remove', { name: file.filename })}
                onClick={() =>
                  confirm({
                    title: t('reports.files.removeConfirm', { name: file.filename }),
                    okText: t('reports.files.removeOk'),
                    danger: true,
                    action: () => remove.mutateAsync(file.id),
                    success: t('reports.files.removed'),
                  })
                }
              />
            ) : null}
          </Flex>
        ))}
        {editable ? (
          <UploadButton
            accept=".pdf,.docx,.doc,.xlsx,.xls,.jpg,.jpeg,.png"
            upload={(file) => attach.mutateAsync(file)}
            uploaded={(_, file) => t('reports.files.uploaded', { name: file.name })}
            busy={attach.isPending}
            inputLabel={t('reports.files.choose')}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('reports.files.attach')}
          </UploadButton>
        ) : null}
      </Flex>
    </Card>
  );
}
