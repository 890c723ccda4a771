import { Button, Descriptions, Drawer, Empty, Flex, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FigureQuery, type MatrixColumn, useComplianceDetail, useComplianceTrend } from '../../api/targets.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { periodText } from '../tasks/period-text.ts';
import { figureText, goalText, ratioText, trendPeriods } from './matrix-view.ts';
import { StatusChip } from './StatusChip.tsx';
import { TrendChart } from './TrendChart.tsx';

interface FigureDrawerProps {
  query: FigureQuery | null;
  unitName: string;
  column: MatrixColumn | undefined;
  onClose: () => void;
  /** Opens the matrix of a unit named in the list of those falling short. */
  onOpenUnit: (unitId: string) => void;
}

/** The records behind one figure: the target, the figure and its parts, the trend (short, so first), who falls short. */
export function FigureDrawer({ query, unitName, column, onClose, onOpenUnit }: FigureDrawerProps) {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const detail = useComplianceDetail(query);
  const data = detail.data;
  const measure = column?.measure ?? 'percent';
  const periods = query ? trendPeriods(query.period, 6) : [];
  const trend = useComplianceTrend(query?.unitId ?? null, query?.targetId ?? null, periods);
  const targetText = data?.target.text ?? column?.text ?? '';

  return (
    <Drawer open={Boolean(query)} onClose={onClose} title={t('compliance.detail.title')} size={isPhone ? '100%' : 560} destroyOnHidden>
      <ErrorAlert error={detail.error} />
      {!data ? (
        detail.isPending ? <Spin /> : null
      ) : (
        <Flex vertical gap={16}>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'unit', label: t('compliance.detail.unit'), children: unitName },
              { key: 'target', label: t('compliance.detail.target'), children: `${targetText} (${goalText(data.target.comparator, data.target.value, measure, i18n.language)})` },
              { key: 'period', label: t('compliance.period'), children: query ? periodText(t, query.period) : '' },
              ...(data.target.documentTitle ? [{ key: 'document', label: t('compliance.detail.document'), children: data.target.documentTitle }] : []),
              { key: 'figure', label: t('compliance.detail.figure'), children: <StatusChip cell={data} measure={measure} showRatio={false} /> },
              { key: 'status', label: t('compliance.detail.status'), children: t(`compliance.status.${data.status}`) },
              ...(data.denominator > 0 ? [{ key: 'ratio', label: t('compliance.detail.ratio'), children: ratioText(data) }] : []),
            ]}
          />
          {data.peopleShort !== null ? (
            <div>
              <Statistic title={t('compliance.detail.peopleShort')} value={data.peopleShort} />
              <Typography.Text type="secondary">{t('compliance.detail.peopleNote')}</Typography.Text>
            </div>
          ) : null}
          <section aria-labelledby="figure-trend">
            <Typography.Title level={2} id="figure-trend" style={{ fontSize: 16 }}>
              {t('compliance.detail.trend')}
            </Typography.Title>
            <ErrorAlert error={trend.error} />
            {trend.data && trend.data.some((point) => point.value !== null) ? (
              <TrendChart points={trend.data} measure={measure} comparator={data.target.comparator} goal={data.target.value} title={t('compliance.detail.trendCaption', { target: targetText })} />
            ) : trend.isPending ? (
              <Spin />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compliance.detail.trendEmpty')} />
            )}
          </section>
          <section aria-labelledby="figure-shortfall">
            <Typography.Title level={2} id="figure-shortfall" style={{ fontSize: 16 }}>
              {t('compliance.detail.shortfall', { count: data.shortfallCount })}
            </Typography.Title>
            <DataTable
              size="small"
              rows={data.shortfall}
              rowKey={(row) => row.unitId}
              emptyText={t('compliance.detail.noShortfall')}
              columns={[
                {
                  key: 'unit',
                  title: t('compliance.unit'),
                  render: (row) => (
                    <>
                      <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpenUnit(row.unitId)}>
                        {row.unitName}
                      </Button>
                      {row.parentName ? (
                        <div>
                          <Typography.Text type="secondary">{t('compliance.detail.under', { name: row.parentName })}</Typography.Text>
                        </div>
                      ) : null}
                    </>
                  ),
                },
                { key: 'value', title: t('compliance.detail.figure'), width: 96, render: (row) => figureText(row.value, measure, i18n.language) },
              ]}
            />
          </section>
        </Flex>
      )}
    </Drawer>
  );
}
