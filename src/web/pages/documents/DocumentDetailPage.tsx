import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Col, Flex, Row, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { planKinds } from '../../../domain/documents.ts';
import { type DocumentDetail, useDocument } from '../../api/documents.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { DocumentActions } from './DocumentActions.tsx';
import { DocumentFiles } from './DocumentFiles.tsx';
import { DocumentInfo } from './DocumentInfo.tsx';
import { DocumentLinks, ListCard } from './DocumentLinks.tsx';
import { DocumentStatusTag } from './DocumentStatusTag.tsx';
import { issuerNames } from './issuers.ts';
import { PlanTasks } from './PlanTasks.tsx';

/** The number line, issuers, status and the links between versions of a correction. */
function DocumentTags({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
      <Typography.Text strong>{doc.numberLine ?? t('documents.noNumber')}</Typography.Text>
      <DocumentStatusTag status={doc.status} />
      {doc.version > 1 || doc.nextVersionId ? <Tag>{t('documents.detail.version', { version: doc.version })}</Tag> : null}
      {doc.previousVersionId ? <Link to={`/documents/${doc.previousVersionId}`}>{t('documents.detail.previousVersion')}</Link> : null}
      {doc.nextVersionId ? <Link to={`/documents/${doc.nextVersionId}`}>{t('documents.detail.nextVersion')}</Link> : null}
    </Flex>
  );
}

/** One document: its registry facts, links up and down the cascade, originals, and a plan's task tree. */
export function DocumentDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useDocument(id);
  const back = (
    <Link to="/documents" style={{ display: 'inline-block', marginBottom: 8 }}>
      <ArrowLeftOutlined aria-hidden /> {t('documents.detail.back')}
    </Link>
  );
  if (detail.isPending) return <Spin size="large" className="page-spinner" />;
  if (detail.isError)
    return (
      <>
        {back}
        <ErrorAlert error={detail.error} />
      </>
    );
  const doc = detail.data;
  return (
    <>
      {back}
      <PageHeader title={doc.title} subtitle={issuerNames(doc.issuers)} extra={<DocumentActions doc={doc} />} />
      <DocumentTags doc={doc} />
      {doc.status === 'issued' && doc.allowed.newVersion ? <Alert type="info" showIcon title={t('documents.detail.issuedNotice')} style={{ marginBottom: 16 }} /> : null}
      {doc.status === 'superseded' ? <Alert type="warning" showIcon title={t('documents.detail.supersededNotice')} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          <DocumentInfo doc={doc} />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <DocumentLinks doc={doc} />
            {doc.targets.length > 0 ? (
              <ListCard title={t('documents.detail.targets')} empty="" items={doc.targets.map((target, index) => ({ key: String(index), content: target.text }))} />
            ) : null}
            <DocumentFiles doc={doc} />
          </Flex>
        </Col>
      </Row>
      {planKinds.includes(doc.kind) ? <PlanTasks doc={doc} /> : null}
    </>
  );
}
