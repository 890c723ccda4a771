import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReviews } from '../../api/reviews.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { CreateReviewModal } from './CreateReviewModal.tsx';
import { periodText } from './report-periods.ts';
import './reports.css';

/** "Sơ kết, tổng kết": the working unit's review documents, and generating a new one from its reports. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const current = useCurrentUnit();
  const reviews = useReviews(current.unitId);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('reports.reviews.title')}
        subtitle={current.unit?.name}
        extra={
          current.unitId ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('reports.reviews.create')}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={reviews.error} />
      <Card size="small">
        <DataTable
          caption={t('reports.reviews.title')}
          rows={reviews.data ?? []}
          rowKey={(row) => row.id}
          loading={reviews.isPending}
          emptyText={t('reports.reviews.empty')}
          columns={[
            { key: 'title', title: t('reports.reviews.docTitle'), render: (row) => <Link to={`/reports/reviews/${row.id}`}>{row.title}</Link> },
            { key: 'kind', title: t('reports.reviews.kind'), render: (row) => <Tag>{t(`reports.reviews.kinds.${row.kind}`)}</Tag> },
            { key: 'template', title: t('reports.fields.template'), render: (row) => row.templateName },
            { key: 'span', title: t('reports.reviews.span'), render: (row) => `${periodText(row.fromPeriod)} – ${periodText(row.toPeriod)}` },
            { key: 'updated', title: t('reports.reviews.updatedAt'), render: (row) => formatDateTime(row.updatedAt) },
          ]}
        />
      </Card>
      {creating && current.unitId ? <CreateReviewModal unitId={current.unitId} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
