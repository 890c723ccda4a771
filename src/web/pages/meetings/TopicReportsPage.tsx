import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useTopicReports } from '../../api/meetings.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { TopicRow } from './TopicsPage.tsx';
import { YearSelect, yearFrom } from './YearSelect.tsx';
import './meetings.css';

/** The higher committee's inbox: thematic topics the cells below have finalized and reported. */
export function TopicReportsPage() {
  const { t } = useTranslation();
  const current = useCurrentUnit();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params);
  const reports = useTopicReports(current.unitId, year);
  const items = reports.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('meetings.reports.title')} subtitle={current.unit?.name} extra={<YearSelect value={year} onChange={(next) => setParams({ year: String(next) }, { replace: true })} />} />
      <Card>
        <ErrorAlert error={reports.error} />
        {items.length === 0 ? (
          reports.isPending ? <Spin /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.reports.empty')} />
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('meetings.reports.title')}>
            {items.map((report) => (
              <Flex key={report.id} vertical gap={2}>
                <TopicRow topic={report} showUnit />
                <Typography.Text type="secondary">
                  {t('meetings.reports.reportedAt', { quarter: report.quarter, year: report.year, at: formatDateTime(report.reportedAt) })}
                </Typography.Text>
                {report.conclusion ? <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: t('meetings.reports.more') }} style={{ whiteSpace: 'pre-line', margin: '4px 0 0' }}>{report.conclusion}</Typography.Paragraph> : null}
              </Flex>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
