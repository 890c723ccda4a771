import { Alert, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../api/reports.ts';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { ReportTags } from './ReportTags.tsx';

/** Who reports to whom, for which period and by when, where the report stands, and the receiver's last word. */
export function ReportHeader({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const items = [
    { key: 'unit', label: t('reports.fields.unit'), children: report.unitName },
    { key: 'period', label: t('reports.fields.period'), children: report.periodLabel },
    { key: 'deadline', label: t('reports.fields.deadline'), children: formatDate(report.deadline) },
    { key: 'receiver', label: t('reports.fields.receiver'), children: report.receiverUnitName },
    { key: 'status', label: t('reports.fields.status'), children: <ReportTags state={report.state} status={report.status} /> },
    ...(report.submittedAt ? [{ key: 'submitted', label: t('reports.fields.submittedAt'), children: formatDateTime(report.submittedAt) }] : []),
    { key: 'version', label: t('reports.fields.version'), children: report.version },
  ];
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />
      {report.comment ? (
        <Alert
          type={report.state === 'returned' ? 'warning' : 'info'}
          showIcon
          title={report.state === 'returned' ? t('reports.form.returnedComment') : t('reports.form.lastComment')}
          description={<span style={{ whiteSpace: 'pre-line' }}>{report.comment}</span>}
          style={{ marginTop: 8 }}
        />
      ) : null}
    </Card>
  );
}
