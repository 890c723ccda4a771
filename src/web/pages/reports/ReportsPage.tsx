import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type DueReport, useDueReports } from '../../api/reports.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate } from '../../format/dates.ts';
import { YearSelect, yearFrom } from '../meetings/YearSelect.tsx';
import { OpenReportButton } from './OpenReportButton.tsx';
import { ReportCardList } from './ReportCardList.tsx';
import { ReportTags } from './ReportTags.tsx';
import './reports.css';

const dueKey = (due: DueReport) => `${due.templateId}:${due.unitId}:${due.period}`;

/** "Báo cáo định kỳ": what the working unit owes in a year, template by period, and the way in to fill each. */
export function ReportsPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const current = useCurrentUnit();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params);
  const due = useDueReports(current.unitId, year);
  const rows = due.data ?? [];

  return (
    <>
      <PageHeader title={t('reports.due.title')} subtitle={current.unit?.name} extra={<YearSelect value={year} onChange={(next) => setParams({ year: String(next) }, { replace: true })} />} />
      <ErrorAlert error={due.error} />
      <Card size="small">
        {isPhone ? (
          <ReportCardList
            label={t('reports.due.title')}
            rows={rows}
            rowKey={dueKey}
            card={(row) => ({ ...row, title: row.templateName })}
            action={(row) => <OpenReportButton due={row} />}
            loading={due.isPending}
            emptyText={t('reports.due.empty')}
          />
        ) : (
          <DataTable
            caption={t('reports.due.title')}
            rows={rows}
            rowKey={dueKey}
            loading={due.isFetching}
            emptyText={t('reports.due.empty')}
            columns={[
              { key: 'template', title: t('reports.fields.template'), render: (row) => row.templateName },
              { key: 'period', title: t('reports.fields.period'), render: (row) => row.periodLabel },
              { key: 'deadline', title: t('reports.fields.deadline'), render: (row) => <span className="report-nowrap">{formatDate(row.deadline)}</span> },
              { key: 'status', title: t('reports.fields.status'), render: (row) => <ReportTags state={row.state} status={row.status} /> },
              { key: 'open', title: <span className="visually-hidden">{t('common.actions')}</span>, render: (row) => <OpenReportButton due={row} /> },
            ]}
          />
        )}
      </Card>
    </>
  );
}
