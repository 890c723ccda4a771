import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DocumentSummary } from '../../api/documents.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate } from '../../format/dates.ts';
import { DocumentStatusTag } from './DocumentStatusTag.tsx';
import { issuerNames } from './issuers.ts';

/** The registry on a desktop. */
export function DocumentsTable({ documents, loading }: { documents: DocumentSummary[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <DataTable<DocumentSummary>
      rows={documents}
      rowKey={(doc) => doc.id}
      loading={loading}
      emptyText={t('documents.noDocuments')}
      caption={t('documents.title')}
      columns={[
        { key: 'number', title: t('documents.columns.number'), width: 140, render: (doc) => doc.numberLine ?? <Typography.Text type="secondary">{t('documents.noNumber')}</Typography.Text> },
        {
          key: 'title',
          title: t('documents.columns.title'),
          render: (doc) => (
            <Link to={`/documents/${doc.id}`} aria-label={t('documents.open', { title: doc.title })}>
              {doc.title}
            </Link>
          ),
        },
        { key: 'issuers', title: t('documents.columns.issuers'), width: 180, render: (doc) => issuerNames(doc.issuers) },
        { key: 'issuedOn', title: t('documents.columns.issuedOn'), width: 105, render: (doc) => formatDate(doc.issuedOn) },
        { key: 'status', title: t('documents.columns.status'), width: 115, render: (doc) => <DocumentStatusTag status={doc.status} /> },
        { key: 'tasks', title: t('documents.columns.tasks'), width: 95, render: (doc) => (doc.taskCount > 0 ? doc.taskCount : '') },
      ]}
    />
  );
}
