import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OwedReport, RollupView } from '../../api/reports.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate } from '../../format/dates.ts';
import { percentText } from './report-form.ts';
import { ReportStatusTag } from './ReportTags.tsx';

/** The four numbers that matter first: completeness (submitted / expected), timeliness (on time / expected), and the counts behind them. */
export function RollupStats({ rollup }: { rollup: RollupView }) {
  const { t, i18n } = useTranslation();
  const { overall } = rollup.completeness;
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
      <Col xs={12} md={6}>
        <Card size="small"><Statistic title={t('reports.rollup.completeness')} value={percentText(overall.completeness, i18n.language)} /></Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small"><Statistic title={t('reports.rollup.timeliness')} value={percentText(overall.timeliness, i18n.language)} /></Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small"><Statistic title={t('reports.rollup.submitted')} value={overall.submitted} suffix={`/ ${overall.expected}`} /></Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small"><Statistic title={t('reports.rollup.approved')} value={rollup.approved} suffix={`/ ${rollup.aggregate.reports}`} /></Card>
      </Col>
    </Row>
  );
}

/** Completeness and timeliness by level of the tree, and who is missing or late. */
export function RollupCompleteness({ rollup }: { rollup: RollupView }) {
  const { t, i18n } = useTranslation();
  const { overall, byLevel, missing, late } = rollup.completeness;
  return (
    <>
      {byLevel.length > 0 ? (
        <Card size="small" title={t('reports.rollup.byLevel')} style={{ marginBottom: 12 }}>
          <div className="report-scroll">
            <DataTable
              size="small"
              caption={t('reports.rollup.byLevel')}
              rows={byLevel}
              rowKey={(row) => String(row.depth)}
              columns={[
                { key: 'level', title: t('reports.rollup.levelColumn'), render: (row) => t('reports.rollup.level', { depth: row.depth }) },
                { key: 'expected', title: t('reports.rollup.expected'), render: (row) => row.tally.expected },
                { key: 'submitted', title: t('reports.rollup.submittedShort'), render: (row) => row.tally.submitted },
                { key: 'onTime', title: t('reports.status.on_time'), render: (row) => row.tally.onTime },
                { key: 'late', title: t('reports.status.late'), render: (row) => row.tally.late },
                { key: 'missing', title: t('reports.rollup.missingShort'), render: (row) => row.tally.missing },
                { key: 'completeness', title: t('reports.rollup.completeness'), render: (row) => percentText(row.tally.completeness, i18n.language) },
                { key: 'timeliness', title: t('reports.rollup.timeliness'), render: (row) => percentText(row.tally.timeliness, i18n.language) },
              ]}
            />
          </div>
        </Card>
      ) : null}
      <OwedList title={t('reports.rollup.missing', { count: overall.missing })} rows={missing} empty={t('reports.rollup.noneMissing')} />
      <OwedList title={t('reports.rollup.late', { count: overall.late })} rows={late} empty={t('reports.rollup.noneLate')} />
    </>
  );
}

function OwedList({ title, rows, empty }: { title: string; rows: OwedReport[]; empty: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }}>
      {rows.length === 0 ? <Typography.Text type="secondary">{empty}</Typography.Text> : null}
      <div className="report-scroll" hidden={rows.length === 0}>
        <DataTable
          size="small"
          caption={title}
          rows={rows}
          rowKey={(row) => row.unitId}
          columns={[
            {
              key: 'unit',
              title: t('reports.fields.unit'),
              render: (row) => (
                <>
                  {row.reportId ? <Link to={`/reports/${row.reportId}`}>{row.unitName}</Link> : row.unitName}
                  {/* Cells share names ("Chi bộ Văn phòng"): the unit above tells them apart. */}
                  {row.parentName ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{row.parentName}</Typography.Text> : null}
                </>
              ),
            },
            { key: 'deadline', title: t('reports.fields.deadline'), render: (row) => <span className="report-nowrap">{formatDate(row.deadline)}</span> },
            { key: 'status', title: t('reports.fields.status'), render: (row) => <ReportStatusTag status={row.status} /> },
            { key: 'days', title: t('reports.rollup.daysLate'), render: (row) => (row.daysLate > 0 ? t('reports.rollup.days', { count: row.daysLate }) : '') },
          ]}
        />
      </div>
    </Card>
  );
}
