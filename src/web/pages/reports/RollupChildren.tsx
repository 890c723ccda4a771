import { Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RollupChild, RollupView } from '../../api/reports.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { percentText } from './report-form.ts';
import { FigureValue } from './RollupFigures.tsx';
import { ReportStateTag } from './ReportTags.tsx';

/** Each child subtree: its tally and figures; its name opens the same roll-up for it. */
export function RollupChildren({ rollup, onOpen }: { rollup: RollupView; onOpen: (child: RollupChild) => void }) {
  const { t, i18n } = useTranslation();
  const fieldKeys = rollup.aggregate.fields.map((field) => ({ key: field.key, label: field.label }));
  if (rollup.children.length === 0) return null;
  return (
    <Card size="small" title={t('reports.rollup.children')} style={{ marginBottom: 12 }}>
      <div className="report-scroll">
        <DataTable
          size="small"
          caption={t('reports.rollup.children')}
          rows={rollup.children}
          rowKey={(row) => row.unitId}
          columns={[
            {
              key: 'unit',
              title: t('reports.fields.unit'),
              render: (row) => (
                <Flex vertical gap={2} align="start">
                  <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(row)} aria-label={t('reports.rollup.drill', { unit: row.unitName })}>
                    {row.unitName}
                  </Button>
                  {row.reportId ? (
                    <Link to={`/reports/${row.reportId}`} style={{ fontSize: 12 }}>
                      {t('reports.rollup.ownReport')} <ReportStateTag state={row.state} />
                    </Link>
                  ) : null}
                </Flex>
              ),
            },
            { key: 'submitted', title: t('reports.rollup.submittedShort'), render: (row) => `${row.tally.submitted}/${row.tally.expected}` },
            { key: 'completeness', title: t('reports.rollup.completeness'), render: (row) => percentText(row.tally.completeness, i18n.language) },
            { key: 'timeliness', title: t('reports.rollup.timeliness'), render: (row) => percentText(row.tally.timeliness, i18n.language) },
            ...fieldKeys.map((field) => ({
              key: `f-${field.key}`,
              title: field.label,
              render: (row: RollupChild) => {
                const figure = row.fields.find((candidate) => candidate.key === field.key);
                return figure ? <FigureValue figure={figure} /> : '—';
              },
            })),
          ]}
        />
      </div>
    </Card>
  );
}
