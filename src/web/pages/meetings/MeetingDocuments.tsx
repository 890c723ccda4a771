import { DeleteOutlined, DownloadOutlined, FileTextOutlined, LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeKinds, type FileKind } from '../../../domain/file-types.ts';
import {
  type MeetingDocument,
  type MeetingFile,
  meetingFileUrl,
  useAttachMeetingFile,
  useLinkMeetingDocument,
  useMeetingDocuments,
  useRemoveMeetingDocument,
} from '../../api/meeting-documents.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { UploadButton } from '../../components/UploadButton.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { fileSize } from '../../format/sizes.ts';
import { DocumentPicker, documentLabel } from '../documents/DocumentPicker.tsx';
import './meetings.css';
import './meeting-documents.css';

/** A file to download: its name as the link, its size beside it. */
function FileLink({ meetingId, file }: { meetingId: string; file: MeetingFile }) {
  const { t } = useTranslation();
  return (
    <span className="meeting-document-file">
      <a href={meetingFileUrl(meetingId, file.id)} download={file.filename} aria-label={t('meetings.documents.download', { name: file.filename })}>
        <DownloadOutlined aria-hidden /> {file.filename}
      </a>{' '}
      <Typography.Text type="secondary">({fileSize(file.sizeBytes)})</Typography.Text>
    </span>
  );
}

const nameOf = (item: MeetingDocument) => (item.document ? documentLabel(item.document) : (item.file?.filename ?? ''));

/** One item: an uploaded file, or a registry document with its originals. */
function DocumentItem({ meetingId, item, onRemove }: { meetingId: string; item: MeetingDocument; onRemove: (() => void) | null }) {
  const { t } = useTranslation();
  const doc = item.document;
  const who = [item.addedBy, formatDateTime(item.addedAt)].filter(Boolean).join(' · ');
  return (
    <li className="meeting-document">
      <span className="meeting-document-icon" aria-hidden>
        {doc ? <FileTextOutlined /> : <PaperClipOutlined />}
      </span>
      <div className="meeting-document-main">
        {doc ? (
          <>
            <div>
              <Tag color="blue" style={{ marginInlineEnd: 6 }}>
                {doc.typeName || t('meetings.documents.registryDocument')}
              </Tag>
              {doc.opensInRegistry ? <Link to={`/documents/${doc.id}`}>{documentLabel(doc)}</Link> : <Typography.Text>{documentLabel(doc)}</Typography.Text>}
              {doc.issuedOn ? <Typography.Text type="secondary"> · {t('meetings.documents.issuedOn', { date: formatDate(doc.issuedOn) })}</Typography.Text> : null}
            </div>
            {doc.files.length > 0 ? (
              <Flex wrap gap={12} className="meeting-document-files">
                {doc.files.map((file) => (
                  <FileLink key={file.id} meetingId={meetingId} file={file} />
                ))}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('meetings.documents.noOriginals')}</Typography.Text>
            )}
          </>
        ) : item.file ? (
          <FileLink meetingId={meetingId} file={item.file} />
        ) : null}
        <Typography.Text type="secondary" className="meeting-document-meta">
          {t('meetings.documents.added', { who })}
        </Typography.Text>
      </div>
      {onRemove ? <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('meetings.documents.removeLabel', { name: nameOf(item) })} onClick={onRemove} className="meeting-document-remove" /> : null}
    </li>
  );
}

/** Picks an issued document of the registry and links it; closed by linking or cancelling. */
function LinkDocumentForm({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const link = useLinkMeetingDocument(meetingId);
  const [documentId, setDocumentId] = useState<string | null>(null);
  return (
    <Flex vertical gap={8} className="meeting-document-link-form">
      <label htmlFor="meeting-document-picker">{t('meetings.documents.linkLabel')}</label>
      <DocumentPicker id="meeting-document-picker" value={documentId} onChange={setDocumentId} />
      <ErrorAlert error={link.error} />
      <Flex gap={8} wrap>
        <Button
          type="primary"
          disabled={!documentId}
          loading={link.isPending}
          onClick={async () => {
            try {
              await link.mutateAsync(documentId!);
            } catch {
              return; // The alert above shows link.error.
            }
            message.success(t('meetings.documents.linked'));
            onDone();
          }}
        >
          {t('meetings.documents.linkAction')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Flex>
    </Flex>
  );
}

/** The meeting's documents ("Tài liệu"): what invitees read before the meeting; organizers add and remove them. */
export function MeetingDocuments({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const confirm = useConfirmedAction();
  const documents = useMeetingDocuments(meetingId);
  const attach = useAttachMeetingFile(meetingId);
  const remove = useRemoveMeetingDocument(meetingId);
  const [linking, setLinking] = useState(false);
  const data = documents.data;
  const kinds = describeKinds((data?.fileKinds ?? []) as FileKind[]);
  const full = data ? data.items.length >= data.maxItems : false;
  const askRemove = (item: MeetingDocument) =>
    confirm({
      title: t('meetings.documents.removeConfirm', { name: nameOf(item) }),
      content: item.kind === 'file' ? t('meetings.documents.removeFileNote') : t('meetings.documents.removeLinkNote'),
      okText: t('meetings.documents.remove'),
      danger: true,
      action: () => remove.mutateAsync(item.id),
      success: t('meetings.documents.removed'),
    });

  return (
    <section aria-labelledby="meeting-documents-title" className="meeting-documents">
      <h2 id="meeting-documents-title" className="meeting-section-title">
        {data && data.items.length > 0 ? t('meetings.documents.titleCount', { count: data.items.length }) : t('meetings.documents.title')}
      </h2>
      {documents.error ? <ErrorAlert error={documents.error} /> : null}
      {!data ? (
        documents.isLoading ? <Spin size="small" /> : null
      ) : (
        <Flex vertical gap={12}>
          {data.items.length === 0 ? <Typography.Text type="secondary">{t('meetings.documents.empty')}</Typography.Text> : null}
          {data.items.length > 0 ? (
            <ul className="meeting-document-list">
              {data.items.map((item) => (
                <DocumentItem key={item.id} meetingId={meetingId} item={item} onRemove={data.allowed.manage ? () => askRemove(item) : null} />
              ))}
            </ul>
          ) : null}
          {data.allowed.manage ? (
            <>
              <Flex wrap gap={8}>
                <UploadButton
                  accept={kinds.replaceAll(' ', '')}
                  upload={attach.mutateAsync}
                  uploaded={(stored, file) => t('meetings.documents.uploaded', { name: stored.file?.filename ?? file.name })}
                  busy={attach.isPending}
                  disabled={full}
                  inputLabel={t('meetings.documents.upload')}
                >
                  {t('meetings.documents.upload')}
                </UploadButton>
                {linking ? null : (
                  <Button icon={<LinkOutlined />} disabled={full} onClick={() => setLinking(true)}>
                    {t('meetings.documents.link')}
                  </Button>
                )}
              </Flex>
              {linking ? <LinkDocumentForm meetingId={meetingId} onDone={() => setLinking(false)} /> : null}
              <Typography.Text type="secondary" className="meeting-document-hint">
                {t('meetings.documents.hint', { kinds })}
              </Typography.Text>
            </>
          ) : null}
        </Flex>
      )}
    </section>
  );
}
