import { Alert, Breadcrumb, Button, Card, Col, Flex, Row, Spin, Statistic, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type ComplianceCell, type ComplianceLevel, useCompliance } from '../../api/meetings.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate } from '../../format/dates.ts';
import { childLevels, levelTrail, listText, rateText } from './compliance-view.ts';
import { YearSelect, yearFrom } from './YearSelect.tsx';
import './meetings.css';

/**
 * "Tuân thủ sinh hoạt": for a node and a year, which cells missed their monthly meeting or a
 * quarter's thematic one, their attendance and late papers, totals per level with drill-down.
 */
export function CompliancePage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const current = useCurrentUnit();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params);
  const nodeId = params.get('unit') ?? current.unitId;
  const onlyMissing = params.get('missing') === '1';
  const report = useCompliance(nodeId, year);
  const data = report.data;
  const set = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged);
  };
  const cells = (data?.cells ?? []).filter((cell) => !onlyMissing || cell.monthsMissing.length + cell.quartersMissing.length > 0);
  const children = data ? childLevels(data.levels) : [];
  const trail = levelTrail(params.get('trail'));

  const drill = (level: { unitId: string; name: string }) => set({ unit: level.unitId, trail: [...trail, { id: data!.unit.id, name: data!.unit.name }].map((step) => `${step.id}~${step.name}`).join('|') });
  const back = (index: number) => set({ unit: trail[index]!.id, trail: trail.slice(0, index).map((step) => `${step.id}~${step.name}`).join('|') || null });

  return (
    <>
      <PageHeader
        title={t('meetings.compliance.title')}
        subtitle={data?.unit.name ?? current.unit?.name}
        extra={<YearSelect value={year} onChange={(next) => set({ year: String(next) })} />}
      />
      {trail.length > 0 ? (
        <Breadcrumb style={{ marginBottom: 12 }} items={[...trail.map((step, index) => ({ key: step.id, title: <a onClick={() => back(index)}>{step.name}</a> })), { key: 'here', title: data?.unit.name ?? '' }]} />
      ) : null}
      <ErrorAlert error={report.error} />
      {!data ? (
        report.isPending ? <Spin /> : null
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('meetings.compliance.asOf', { date: formatDate(data.asOf) })}</Typography.Text>
          <Row gutter={[8, 8]}>
            <Col xs={12} md={6}>
              <Card size="small"><Statistic title={t('meetings.compliance.cells')} value={data.totals.cells} /></Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small"><Statistic title={t('meetings.compliance.regularOk')} value={data.totals.regularCompliant} suffix={`/ ${data.totals.cells}`} /></Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small"><Statistic title={t('meetings.compliance.thematicOk')} value={data.totals.thematicCompliant} suffix={`/ ${data.totals.cells}`} /></Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small"><Statistic title={t('meetings.compliance.attendance')} value={rateText(data.totals.averageAttendance)} /></Card>
            </Col>
          </Row>
          {data.totals.papersLate > 0 ? <Alert type="warning" showIcon title={t('meetings.compliance.papersLate', { late: data.totals.papersLate, papers: data.totals.papers })} /> : null}
          {children.length > 0 ? (
            <Card size="small" title={t('meetings.compliance.levels')}>
              <LevelList levels={children} onOpen={drill} />
            </Card>
          ) : null}
          <Card
            size="small"
            title={t('meetings.compliance.cellList', { count: data.cellCount })}
            extra={
              <Flex gap={6} align="center">
                <Switch size="small" checked={onlyMissing} onChange={(checked) => set({ missing: checked ? '1' : null })} aria-label={t('meetings.compliance.onlyMissing')} />
                <Typography.Text>{t('meetings.compliance.onlyMissing')}</Typography.Text>
              </Flex>
            }
          >
            {isPhone ? <CellCards cells={cells} onOpen={drill} /> : <CellTable cells={cells} onOpen={drill} />}
          </Card>
        </Flex>
      )}
    </>
  );
}

function Missing({ periods, label }: { periods: readonly number[]; label: string }) {
  const { t } = useTranslation();
  return periods.length === 0 ? <Tag color="green">{t('meetings.compliance.complete')}</Tag> : <Tag color="red" style={{ whiteSpace: 'normal' }}>{`${label} ${listText(periods)}`}</Tag>;
}

function LevelList({ levels, onOpen }: { levels: readonly ComplianceLevel[]; onOpen: (level: ComplianceLevel) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="compliance-cards">
      {levels.map((level) => (
        <li key={level.unitId}>
          <Flex wrap gap={8} justify="space-between" align="center">
            <Button type="link" onClick={() => onOpen(level)} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}>
              {level.name}
            </Button>
            <Typography.Text type="secondary">
              {t('meetings.compliance.levelLine', { cells: level.cells, regular: level.regularCompliant, thematic: level.thematicCompliant, rate: rateText(level.averageAttendance) })}
            </Typography.Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}

function CellCards({ cells, onOpen }: { cells: readonly ComplianceCell[]; onOpen: (cell: { unitId: string; name: string }) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="compliance-cards" aria-label={t('meetings.compliance.cellList', { count: cells.length })}>
      {cells.map((cell) => (
        <li key={cell.unitId}>
          <Card size="small">
            <Flex vertical gap={6}>
              <Button type="link" onClick={() => onOpen(cell)} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left', fontWeight: 600 }}>
                {cell.name}
              </Button>
              <Flex wrap gap={4}>
                <Missing periods={cell.monthsMissing} label={t('meetings.compliance.monthsMissing')} />
                <Missing periods={cell.quartersMissing} label={t('meetings.compliance.quartersMissing')} />
              </Flex>
              <Typography.Text type="secondary">{t('meetings.compliance.cellLine', { rate: rateText(cell.averageAttendance), late: cell.papersLate, papers: cell.papers })}</Typography.Text>
            </Flex>
          </Card>
        </li>
      ))}
    </ul>
  );
}

function CellTable({ cells, onOpen }: { cells: readonly ComplianceCell[]; onOpen: (cell: { unitId: string; name: string }) => void }) {
  const { t } = useTranslation();
  return (
    <DataTable<ComplianceCell>
      rows={cells}
      rowKey={(cell) => cell.unitId}
      caption={t('meetings.compliance.cellList', { count: cells.length })}
      emptyText={t('meetings.compliance.noCells')}
      columns={[
        {
          key: 'name',
          title: t('meetings.compliance.cell'),
          render: (cell) => (
            <Button type="link" onClick={() => onOpen(cell)} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}>
              {cell.name}
            </Button>
          ),
        },
        { key: 'months', title: t('meetings.compliance.regular'), render: (cell) => <Missing periods={cell.monthsMissing} label={t('meetings.compliance.monthsMissing')} /> },
        { key: 'quarters', title: t('meetings.compliance.thematic'), render: (cell) => <Missing periods={cell.quartersMissing} label={t('meetings.compliance.quartersMissing')} /> },
        { key: 'attendance', title: t('meetings.compliance.attendance'), width: 110, render: (cell) => rateText(cell.averageAttendance) },
        { key: 'late', title: t('meetings.compliance.late'), width: 130, render: (cell) => `${cell.papersLate} / ${cell.papers}` },
      ]}
    />
  );
}
