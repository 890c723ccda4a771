import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { type TopicSummary, useTopics } from '../../api/meetings.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../format/dates.ts';
import { TopicStateTag } from './MeetingTags.tsx';
import { ProposeTopicsModal } from './ProposeTopicsModal.tsx';
import { topicsByQuarter } from './topic-plan.ts';
import { YearSelect, yearFrom } from './YearSelect.tsx';
import './meetings.css';

/** "Sinh hoạt chuyên đề": the cell's topics of the year by quarter, each with where it stands. */
export function TopicsPage() {
  const { t } = useTranslation();
  const current = useCurrentUnit();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params);
  const topics = useTopics(current.unitId, year);
  const [proposing, setProposing] = useState(false);
  const data = topics.data;

  return (
    <>
      <PageHeader
        title={t('meetings.topics.title')}
        subtitle={current.unit?.name}
        extra={
          <>
            <YearSelect value={year} onChange={(next) => setParams({ year: String(next) }, { replace: true })} />
            {data?.allowed.propose ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
                {t('meetings.topics.propose')}
              </Button>
            ) : null}
          </>
        }
      />
      <ErrorAlert error={topics.error} />
      {!data ? (
        topics.isPending ? <Spin /> : null
      ) : (
        <Flex vertical gap={12}>
          {data.quartersWithoutTopic.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('meetings.topics.missing', { quarters: data.quartersWithoutTopic.join(', '), year })}
              description={t('meetings.topics.rule')}
            />
          ) : null}
          {topicsByQuarter(data.topics).map((group) => (
            <Card key={group.quarter} size="small" title={t('meetings.topics.quarterTitle', { quarter: group.quarter, year })}>
              {group.topics.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.topics.none')} />
              ) : (
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('meetings.topics.quarterTitle', { quarter: group.quarter, year })}>
                  {group.topics.map((topic) => (
                    <TopicRow key={topic.id} topic={topic} />
                  ))}
                </ul>
              )}
            </Card>
          ))}
        </Flex>
      )}
      {proposing && current.unitId && data ? <ProposeTopicsModal unitId={current.unitId} year={year} missingQuarters={data.quartersWithoutTopic} onClose={() => setProposing(false)} /> : null}
    </>
  );
}

export function TopicRow({ topic, showUnit = false }: { topic: TopicSummary; showUnit?: boolean }) {
  const { t } = useTranslation();
  return (
    <li className="topic-card">
      <Flex vertical gap={4}>
        <Link to={`/meetings/topics/${topic.id}`} className="meeting-title">
          {topic.title}
        </Link>
        {showUnit ? <Typography.Text type="secondary">{topic.unit.name}</Typography.Text> : null}
        <Flex wrap gap={6} align="center">
          <TopicStateTag state={topic.state} />
          {topic.plannedOn ? <Typography.Text type="secondary">{t('meetings.topics.plannedOnShort', { date: formatDate(topic.plannedOn) })}</Typography.Text> : null}
          {topic.sentLate ? <Typography.Text type="danger">{t('meetings.topics.sentLate')}</Typography.Text> : null}
        </Flex>
        {topic.drafters.length > 0 ? (
          <Typography.Text type="secondary">{t('meetings.topics.draftersAre', { names: topic.drafters.map((person) => person.fullName).join(', ') })}</Typography.Text>
        ) : null}
      </Flex>
    </li>
  );
}
