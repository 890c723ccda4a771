import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportState } from '../../../domain/reports/workflow.ts';
import type { ExpectedStatus } from '../../api/reports.ts';
import { formatDate } from '../../format/dates.ts';
import { ReportTags } from './ReportTags.tsx';

interface CardRow {
  title: string;
  periodLabel: string;
  deadline: string;
  state: ReportState | null;
  status: ExpectedStatus;
}

interface ReportCardListProps<T> {
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  card: (row: T) => CardRow;
  action: (row: T) => ReactNode;
  loading: boolean;
  emptyText: string;
}

/** On a phone each report is a short block instead of a table row: what, when, where it stands, the button. */
export function ReportCardList<T>({ label, rows, rowKey, card, action, loading, emptyText }: ReportCardListProps<T>) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Typography.Text type="secondary">{loading ? t('common.loading') : emptyText}</Typography.Text>;
  return (
    <ul className="report-cards" aria-label={label}>
      {rows.map((row) => {
        const shown = card(row);
        return (
          <li key={rowKey(row)}>
            <Flex vertical gap={4}>
              <Typography.Text strong>{shown.title}</Typography.Text>
              <Typography.Text type="secondary">
                {shown.periodLabel} · {t('reports.deadlineOn', { date: formatDate(shown.deadline) })}
              </Typography.Text>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <ReportTags state={shown.state} status={shown.status} />
                {action(row)}
              </Flex>
            </Flex>
          </li>
        );
      })}
    </ul>
  );
}
