import { DownloadOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type RollupChild, rollupXlsxUrl, useRollup } from '../../api/reports.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate, todayInAppZone } from '../../format/dates.ts';
import { levelTrail } from '../meetings/compliance-view.ts';
import { thisYear, YearSelect, yearFrom } from '../meetings/YearSelect.tsx';
import { defaultPeriod, trailText } from './report-periods.ts';
import { PeriodSelect, TemplateSelect, useTemplateSchedule } from './ReportPickers.tsx';
import { RollupChildren } from './RollupChildren.tsx';
import { RollupCompleteness, RollupStats } from './RollupCompleteness.tsx';
import { RollupFigures } from './RollupFigures.tsx';
import { useParamSetter } from './use-param-setter.ts';
import './reports.css';

/**
 * "Tổng hợp báo cáo": for a template and a period, the figures of every report under a node,
 * completeness and timeliness overall and by level, who is missing or late, and each child's
 * share with drill-down (the node in `?unitId=`, the way back in `?trail=`).
 */
export function RollupPage() {
  const { t } = useTranslation();
  const current = useCurrentUnit();
  const [params, set] = useParamSetter();
  const unitId = params.get('unitId') ?? current.unitId;
  const templateId = params.get('templateId') ?? undefined;
  const year = yearFrom(params);
  const { definition, periods } = useTemplateSchedule(templateId, [year]);
  const period = params.get('period') ?? defaultPeriod(periods, todayInAppZone()) ?? undefined;
  const rollup = useRollup({ templateId: templateId ?? null, unitId, period: period ?? null });
  const data = rollup.data;
  const trail = levelTrail(params.get('trail'));

  const drill = (child: RollupChild) => set({ unitId: child.unitId, trail: trailText([...trail, { id: data!.unit.id, name: data!.unit.name }]) });
  const back = (index: number) => set({ unitId: trail[index]!.id === current.unitId ? null : trail[index]!.id, trail: trailText(trail.slice(0, index)) });

  return (
    <>
      <PageHeader
        title={t('reports.rollup.title')}
        subtitle={data ? `${data.unit.name} · ${data.periodLabel} · ${t('reports.deadlineOn', { date: formatDate(data.deadline) })}` : current.unit?.name}
        extra={
          data && templateId && unitId && period ? (
            <Button icon={<DownloadOutlined />} href={rollupXlsxUrl({ templateId, unitId, period })} download>
              {t('reports.rollup.xlsx')}
            </Button>
          ) : null
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <TemplateSelect unitId={current.unitId} value={templateId} onChange={(id) => set({ templateId: id, period: null })} />
        <YearSelect value={year} onChange={(next) => set({ year: next === thisYear() ? null : String(next), period: null })} />
        <PeriodSelect periods={periods} value={period} onChange={(next) => set({ period: next })} />
      </Flex>
      {trail.length > 0 ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[
            ...trail.map((step, index) => ({ key: step.id, title: <a href="#" onClick={(event) => { event.preventDefault(); back(index); }}>{step.name}</a> })),
            { key: 'here', title: data?.unit.name ?? '' },
          ]}
        />
      ) : null}
      <ErrorAlert error={rollup.error} />
      {!templateId ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.rollup.pick')} />
      ) : !data ? (
        rollup.isFetching ? <Spin /> : null
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('reports.rollup.summary', { reports: data.aggregate.reports, approved: data.approved })}</Typography.Paragraph>
          <RollupStats rollup={data} />
          <RollupFigures aggregate={data.aggregate} definition={definition} />
          <RollupChildren rollup={data} onOpen={drill} />
          <RollupCompleteness rollup={data} />
        </>
      )}
    </>
  );
}
