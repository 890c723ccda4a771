import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DocumentSummary } from '../../api/documents.ts';
import { formatDate } from '../../format/dates.ts';
import { DocumentStatusTag } from './DocumentStatusTag.tsx';
import { issuerNames } from './issuers.ts';

/** The registry on a phone: one card per document, the whole card opens it. */
export function DocumentCards({ documents, loading }: { documents: DocumentSummary[]; loading: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (loading && documents.length === 0) return <Spin />;
  if (documents.length === 0) return <Empty description={t('documents.noDocuments')} />;
  return (
    <Flex vertical gap={8} role="list">
      {documents.map((doc) => {
        const open = () => navigate(`/documents/${doc.id}`);
        return (
          <Card key={doc.id} size="small" hoverable role="listitem" onClick={open}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong>{doc.numberLine ?? t('documents.noNumber')}</Typography.Text>
              <DocumentStatusTag status={doc.status} />
            </Flex>
            <button
              type="button"
              className="card-title-button"
              onClick={(event) => {
                event.stopPropagation();
                open();
              }}
              aria-label={t('documents.open', { title: doc.title })}
            >
              {doc.title}
            </button>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {[issuerNames(doc.issuers), formatDate(doc.issuedOn), doc.taskCount > 0 ? t('documents.taskCount', { count: doc.taskCount }) : ''].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Card>
        );
      })}
    </Flex>
  );
}
