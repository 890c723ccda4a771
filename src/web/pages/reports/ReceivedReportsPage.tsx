import { Button, Card, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type ReportState, reportStates } from '../../../domain/reports/workflow.ts';
import { type ReportListItem, useReceivedReports } from '../../api/reports.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { thisYear, YearSelect, yearFrom } from '../meetings/YearSelect.tsx';
import { PeriodSelect, TemplateSelect, useTemplateSchedule } from './ReportPickers.tsx';
import { ReportCardList } from './ReportCardList.tsx';
import { ReportTags } from './ReportTags.tsx';
import { useParamSetter } from './use-param-setter.ts';
import './reports.css';

const allStates = 'all';

/** "Báo cáo nhận được": the reports sent to the working unit or a unit under it, waiting for approval by default. */
export function ReceivedReportsPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const current = useCurrentUnit();
  const navigate = useNavigate();
  const [params, set] = useParamSetter();
  const stateParam = params.get('state');
  const state = stateParam === allStates ? undefined : reportStates.includes(stateParam as ReportState) ? (stateParam as ReportState) : 'submitted';
  const templateId = params.get('templateId') ?? undefined;
  const period = params.get('period') ?? undefined;
  const year = yearFrom(params);
  const { periods } = useTemplateSchedule(templateId, [year]);
  const received = useReceivedReports({ unitId: current.unitId, state, templateId, period });
  const rows = received.data ?? [];

  const open = (row: ReportListItem) => (
    <Button size="small" onClick={() => navigate(`/reports/${row.id}`)} aria-label={t('reports.received.openLabel', { unit: row.unitName, period: row.periodLabel })}>
      {t('reports.received.open')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('reports.received.title')} subtitle={current.unit?.name} />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('reports.fields.state')}
          value={state ?? allStates}
          onChange={(value) => set({ state: value })}
          options={[{ value: allStates, label: t('reports.received.allStates') }, ...reportStates.map((value) => ({ value, label: t(`reports.state.${value}`) }))]}
          style={{ minWidth: 200 }}
        />
        <TemplateSelect unitId={current.unitId} value={templateId} onChange={(id) => set({ templateId: id, period: undefined })} allowClear />
        {templateId ? (
          <>
            <YearSelect value={year} onChange={(next) => set({ year: next === thisYear() ? undefined : String(next), period: undefined })} />
            <PeriodSelect periods={periods} value={period} onChange={(next) => set({ period: next })} allowClear />
          </>
        ) : null}
      </Flex>
      <ErrorAlert error={received.error} />
      <Card size="small">
        {isPhone ? (
          <ReportCardList
            label={t('reports.received.title')}
            rows={rows}
            rowKey={(row) => row.id}
            card={(row) => ({ ...row, title: `${row.unitName} — ${row.templateName}` })}
            action={open}
            loading={received.isPending}
            emptyText={t('reports.received.empty')}
          />
        ) : (
          <DataTable
            caption={t('reports.received.title')}
            rows={rows}
            rowKey={(row) => row.id}
            loading={received.isFetching}
            emptyText={t('reports.received.empty')}
            columns={[
              { key: 'unit', title: t('reports.fields.unit'), render: (row) => row.unitName },
              { key: 'template', title: t('reports.fields.template'), render: (row) => row.templateName },
              { key: 'period', title: t('reports.fields.period'), render: (row) => row.periodLabel },
              { key: 'deadline', title: t('reports.fields.deadline'), render: (row) => <span className="report-nowrap">{formatDate(row.deadline)}</span> },
              { key: 'submitted', title: t('reports.fields.submittedAt'), render: (row) => <span className="report-nowrap">{formatDateTime(row.submittedAt)}</span> },
              { key: 'status', title: t('reports.fields.status'), render: (row) => <ReportTags state={row.state} status={row.status} /> },
              { key: 'open', title: <span className="visually-hidden">{t('common.actions')}</span>, render: open },
            ]}
          />
        )}
      </Card>
    </>
  );
}
