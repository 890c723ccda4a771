import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../api/reports.ts';
import { formatDateTime } from '../../format/dates.ts';

const knownActions = new Set(['open', 'save_draft', 'submit', 'return', 'approve', 'reopen', 'attach_file', 'remove_file']);

/** What happened to the report, oldest first: who did what and when, with the comments. */
export function ReportHistory({ history }: { history: ReportDetail['history'] }) {
  const { t } = useTranslation();
  if (history.length === 0) return null;
  return (
    <Card size="small" title={t('reports.history.title')} style={{ marginBottom: 12 }}>
      <Timeline
        items={history.map((entry, index) => ({
          key: index,
          content: (
            <>
              <Typography.Text strong>{knownActions.has(entry.action) ? t(`reports.history.${entry.action as 'submit'}`) : entry.action}</Typography.Text>
              <Typography.Text type="secondary">
                {' · '}
                {formatDateTime(entry.at)}
                {entry.by ? ` · ${entry.by}` : ''}
              </Typography.Text>
              {entry.comment ? <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{entry.comment}</Typography.Paragraph> : null}
            </>
          ),
        }))}
      />
    </Card>
  );
}
