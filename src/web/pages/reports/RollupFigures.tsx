import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { aggregationLabels, type ReportTemplate } from '../../../domain/reports/template.ts';
import type { FieldAggregate, RollupView, TableAggregate } from '../../api/reports.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { numberText, percentText } from './report-form.ts';

type Aggregate = RollupView['aggregate'];

/** A figure as the roll-up gives it: a ratio as a percent. */
export function FigureValue({ figure }: { figure: FieldAggregate }) {
  const { i18n } = useTranslation();
  return <>{figure.method === 'ratio' ? percentText(figure.value, i18n.language) : numberText(figure.value, i18n.language)}</>;
}

/** The aggregated figures: each field's value, how it is computed, from how many reports; a ratio with its two sums. */
export function RollupFigures({ aggregate, definition }: { aggregate: Aggregate; definition?: ReportTemplate }) {
  const { t, i18n } = useTranslation();
  const method = (key: string) => (key in aggregationLabels ? t(`reports.method.${key as keyof typeof aggregationLabels}`) : key);
  return (
    <>
      <Card size="small" title={t('reports.rollup.figures')} style={{ marginBottom: 12 }}>
        <div className="report-scroll">
            <DataTable
              size="small"
              caption={t('reports.rollup.figures')}
              rows={aggregate.fields}
              rowKey={(row) => row.key}
              emptyText={t('reports.rollup.noFigures')}
              columns={[
                { key: 'label', title: t('reports.rollup.field'), render: (row) => row.label },
                { key: 'value', title: t('reports.rollup.value'), render: (row) => <strong><FigureValue figure={row} /></strong> },
                {
                  key: 'method',
                  title: t('reports.rollup.method'),
                  render: (row) => (
                    <>
                      {method(row.method)}
                      {row.numerator !== undefined && row.denominator !== undefined ? (
                        <Typography.Text type="secondary"> ({numberText(row.numerator, i18n.language)} / {numberText(row.denominator, i18n.language)})</Typography.Text>
                      ) : null}
                    </>
                  ),
                },
                { key: 'contributors', title: t('reports.rollup.contributors'), render: (row) => row.contributors },
              ]}
            />
        </div>
      </Card>
      {aggregate.tables.map((table) => (
        <TableTotals key={table.key} table={table} definition={definition} />
      ))}
    </>
  );
}

/** A repeating table summed over the reports: rows, reports, each numeric column's total, and by option when it has a choice column. */
function TableTotals({ table, definition }: { table: TableAggregate; definition?: ReportTemplate }) {
  const { t, i18n } = useTranslation();
  const field = definition?.fields.find((candidate) => candidate.key === table.key);
  const columnLabel = (key: string) => (field?.type === 'table' ? field.columns.find((column) => column.key === key)?.label : undefined) ?? key;
  const columns = Object.keys(table.totals);
  const groups = [{ key: 'all', label: t('reports.rollup.allRows'), rows: table.rows, reports: table.reports, totals: table.totals }, ...(table.byOption?.groups ?? []).map((group) => ({ ...group, key: group.value }))];
  return (
    <Card size="small" title={table.label} style={{ marginBottom: 12 }}>
      <div className="report-scroll">
        <DataTable
          size="small"
          caption={table.label}
          rows={groups}
          rowKey={(row) => row.key}
          columns={[
            { key: 'group', title: table.byOption ? columnLabel(table.byOption.column) : '', render: (row) => row.label },
            { key: 'rows', title: t('reports.rollup.rows'), render: (row) => numberText(row.rows, i18n.language) },
            { key: 'reports', title: t('reports.rollup.reports'), render: (row) => numberText(row.reports, i18n.language) },
            ...columns.map((column) => ({ key: `c-${column}`, title: columnLabel(column), render: (row: (typeof groups)[number]) => numberText(row.totals[column], i18n.language) })),
          ]}
        />
      </div>
    </Card>
  );
}
