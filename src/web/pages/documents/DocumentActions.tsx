import { CopyOutlined, DeleteOutlined, EditOutlined, FileWordOutlined, SendOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type DocumentDetail, useCreateVersion, useDeleteDocument } from '../../api/documents.ts';
import { lazyNamed } from '../../components/lazy-named.ts';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';

const DocumentForm = lazyNamed(() => import('./DocumentForm.tsx'), 'DocumentForm');
const IssueDialog = lazyNamed(() => import('./IssueDialog.tsx'), 'IssueDialog');

/** What the user may do with the document, as the server's `allowed` says. */
export function DocumentActions({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirmedAction();
  const createVersion = useCreateVersion();
  const remove = useDeleteDocument();
  const [dialog, setDialog] = useState<'edit' | 'issue' | null>(null);
  const close = () => setDialog(null);

  const startVersion = () =>
    confirm({
      title: t('documents.detail.newVersionConfirm'),
      content: t('documents.detail.newVersionHint'),
      okText: t('documents.detail.newVersion'),
      action: async () => navigate(`/documents/${(await createVersion.mutateAsync(doc.id)).id}`),
      success: t('documents.detail.versionCreated'),
    });

  const deleteDraft = () =>
    confirm({
      title: t('documents.detail.deleteConfirm', { title: doc.title }),
      content: t('documents.detail.deleteHint'),
      okText: t('documents.detail.delete'),
      danger: true,
      action: async () => {
        await remove.mutateAsync(doc.id);
        navigate(doc.previousVersionId ? `/documents/${doc.previousVersionId}` : '/documents', { replace: true });
      },
      success: t('documents.detail.deleted'),
    });

  return (
    <>
      {doc.allowed.issue ? (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('issue')}>
          {t('documents.detail.issue')}
        </Button>
      ) : null}
      {doc.allowed.edit ? (
        <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
          {t('common.edit')}
        </Button>
      ) : null}
      {doc.allowed.newVersion ? (
        <Button icon={<CopyOutlined />} onClick={startVersion}>
          {t('documents.detail.newVersion')}
        </Button>
      ) : null}
      <Button icon={<FileWordOutlined />} href={`/api/v1/documents/${doc.id}/export.docx`}>
        {t('documents.detail.exportDocx')}
      </Button>
      {doc.allowed.edit ? (
        <Button danger icon={<DeleteOutlined />} onClick={deleteDraft}>
          {t('documents.detail.delete')}
        </Button>
      ) : null}
      <Suspense fallback={null}>
        {dialog === 'edit' ? <DocumentForm document={doc} onClose={close} onSaved={close} /> : null}
        {dialog === 'issue' ? <IssueDialog doc={doc} onClose={close} onIssued={close} /> : null}
      </Suspense>
    </>
  );
}
