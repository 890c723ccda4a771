import { DownloadOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Empty, Flex, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { complianceXlsxUrl, fetchComplianceXlsx, type MatrixKindFilter, type MatrixUnit, useComplianceMatrix, useRecomputeMatrix } from '../../api/targets.ts';
import { useUnitDetail } from '../../api/units.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { saveFile } from '../../components/download.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useErrorText } from '../../components/use-error-text.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate, timeOfInstant } from '../../format/dates.ts';
import { periodText } from '../tasks/period-text.ts';
import { FigureDrawer } from './FigureDrawer.tsx';
import { MatrixTable } from './MatrixTable.tsx';
import { matrixPeriodOf, type Sort, type SortKey, sortRows, statusCounts } from './matrix-view.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { StatusLegend } from './StatusChip.tsx';
import './compliance.css';

const kindFilters: MatrixKindFilter[] = ['committee', 'base_committee', 'cell', 'association'];
const isKindFilter = (text: string | null): text is MatrixKindFilter => kindFilters.includes(text as MatrixKindFilter);

/**
 * "Theo dõi thực hiện chỉ tiêu", the home screen of a committee or base organization: the units
 * right under a node × the period's targets, each figure green / amber / red. The node, period and
 * kind live in the address (`?unitId=&period=&kind=`), and so does an open figure (`&of=&target=`):
 * drilling down and opening a figure are steps the browser's back button undoes.
 */
export function ComplianceMatrixPage() {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const current = useCurrentUnit();
  const feedback = useFeedback();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? current.unitId;
  const period = matrixPeriodOf(params.get('period'));
  const kindParam = params.get('kind');
  const kind = isKindFilter(kindParam) ? kindParam : undefined;
  const matrix = useComplianceMatrix({ unitId, period, kind });
  const recompute = useRecomputeMatrix({ unitId, period, kind });
  const data = matrix.data;
  const shown = useUnitDetail(unitId);
  const [sort, setSort] = useState<Sort | null>(null);
  const [exporting, setExporting] = useState(false);
  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  const rows = useMemo(() => sortRows(data?.rows ?? [], sort, collator), [data, sort, collator]);

  /** Changes the address: a step to keep in the history (drill-down, a figure), or a filter that replaces it. */
  const go = (next: Record<string, string | null | undefined>, push: boolean) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: !push });
  };
  const openUnit = (id: string) => {
    setSort(null);
    // The period goes along: the address of a drilled-down matrix names what it shows.
    go({ unitId: id === current.unitId ? null : id, period, of: null, target: null }, true);
  };
  const openFigure = (unit: MatrixUnit, targetId: string) => go({ of: unit.id, target: targetId }, true);
  const closeFigure = () => go({ of: null, target: null }, false);
  const changeSort = (key: SortKey) =>
    setSort((previous) => (previous && JSON.stringify(previous.key) === JSON.stringify(key) ? { key, descending: !previous.descending } : { key, descending: false }));

  const figureOf = params.get('of');
  const figureTarget = params.get('target');
  const figureQuery = figureOf && figureTarget ? { unitId: figureOf, period, targetId: figureTarget } : null;
  const figureUnitName = data ? (figureOf === data.unit.id ? data.unit.name : (data.rows.find((row) => row.unit.id === figureOf)?.unit.name ?? '')) : '';

  // The way back up: the units between the working unit (or the top readable one) and this one.
  const ancestors = shown.data?.ancestors ?? [];
  const from = ancestors.findIndex((ancestor) => ancestor.id === current.unitId);
  const trail = (from >= 0 ? ancestors.slice(from) : ancestors).filter((ancestor) => ancestor.readable);

  const exportXlsx = async () => {
    if (!unitId) return;
    setExporting(true);
    try {
      const blob = await fetchComplianceXlsx(complianceXlsxUrl({ unitId, period, kind }), i18n.language);
      saveFile(`theo-doi-chi-tieu-${period}.xlsx`, blob);
      feedback.message.success(t('compliance.exported'));
    } catch (error) {
      feedback.message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };

  const counts = data ? statusCounts(data.rows.flatMap((row) => row.cells)) : null;
  const viewProps = data ? { matrix: data, rows, sort, onSort: changeSort, onOpenUnit: (unit: MatrixUnit) => openUnit(unit.id), onOpenFigure: openFigure } : null;

  return (
    <>
      <PageHeader
        title={t('compliance.title')}
        subtitle={data ? `${data.unit.name} · ${periodText(t, data.period)}` : (shown.data?.name ?? current.unit?.name)}
        extra={
          data && data.columns.length > 0 ? (
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
              {t('compliance.export')}
            </Button>
          ) : null
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <PeriodPicker value={period} onChange={(next) => go({ period: next, of: null, target: null }, false)} />
        <Select
          aria-label={t('compliance.kindFilter')}
          value={kind ?? 'all'}
          onChange={(next: string) => go({ kind: next === 'all' ? null : next }, false)}
          options={[{ value: 'all', label: t('compliance.kinds.all') }, ...kindFilters.map((value) => ({ value, label: t(`compliance.kinds.${value}`) }))]}
          style={{ width: 200 }}
        />
      </Flex>
      {trail.length > 0 ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[
            ...trail.map((step) => ({
              key: step.id,
              title: (
                <a
                  href={`?${new URLSearchParams({ unitId: step.id, period }).toString()}`}
                  onClick={(event) => {
                    event.preventDefault();
                    openUnit(step.id);
                  }}
                >
                  {step.shortName ?? step.name}
                </a>
              ),
            })),
            { key: 'here', title: shown.data?.name ?? '' },
          ]}
        />
      ) : null}
      <ErrorAlert error={matrix.error} />
      {!data || !viewProps ? (
        matrix.isPending && unitId ? <Spin /> : null
      ) : data.columns.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compliance.noTargets')}>
          <Link to="/targets">{t('compliance.defineTargets')}</Link>
        </Empty>
      ) : (
        <>
          <StatusLegend />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('compliance.asOf', { date: formatDate(data.asOf) })}
            {data.computedAt ? (
              // Kept figures of a wide matrix: say how old they are and let them be evaluated now.
              <>
                {` (${t('compliance.computedAt', { time: timeOfInstant(data.computedAt) })}) `}
                <Button type="link" size="small" loading={recompute.isPending} onClick={() => recompute.mutate(undefined, { onError: (error) => feedback.message.error(errorText(error)) })} style={{ padding: 0 }}>
                  {t('compliance.recompute')}
                </Button>
              </>
            ) : null}
            {counts && data.rows.length > 0 ? ` · ${t('compliance.counts', counts)}` : ''}
          </Typography.Paragraph>
          <MatrixTable {...viewProps} compact={isPhone} />
          {data.rows.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              {kind ? t('compliance.noRows') : t('compliance.noChildren')}
            </Typography.Paragraph>
          ) : null}
        </>
      )}
      <FigureDrawer query={figureQuery} unitName={figureUnitName} column={data?.columns.find((column) => column.targetId === figureTarget)} onClose={closeFigure} onOpenUnit={openUnit} />
    </>
  );
}
