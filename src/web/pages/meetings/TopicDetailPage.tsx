import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Progress, Spin, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { type TopicAction, topicStates } from '../../../domain/thematic-workflow.ts';
import { ApiError } from '../../api/problem.ts';
import { type MeetingWarning, type TopicDetail, useTopic } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatusPage } from '../../components/StatusPage.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { ClashWarningModal } from './ClashWarningModal.tsx';
import { meetingTimeText } from './meeting-calendar.ts';
import { MeetingFormModal } from './MeetingFormModal.tsx';
import { TopicStateTag } from './MeetingTags.tsx';
import { PaperHistory } from './PaperHistory.tsx';
import { orderedActions } from './topic-plan.ts';
import { TopicStepModal } from './TopicStepModal.tsx';
import './meetings.css';

// The happy path of the guidance; "returned" is a detour of "submitted", not a step of its own.
const steps = topicStates.filter((state) => state !== 'returned');
const beforeMeeting = new Set(['proposed', 'decided', 'drafting', 'submitted', 'returned', 'approved', 'sent']);

/** One thematic topic: where it stands in the 09-HD/ĐUK steps, the buttons its reader may press, and its papers. */
export function TopicDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { message } = useFeedback();
  const topic = useTopic(id);
  const [action, setAction] = useState<TopicAction | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [clash, setClash] = useState<MeetingWarning[]>([]);

  if (topic.error instanceof ApiError && (topic.error.status === 404 || topic.error.status === 403)) return <StatusPage status={topic.error.status} />;
  if (!topic.data) return topic.error ? <ErrorAlert error={topic.error} /> : <Spin size="large" className="page-spinner" />;
  const data = topic.data;
  const leads = data.capacities.includes('leadership');
  const current = data.state === 'returned' ? steps.indexOf('submitted') : steps.indexOf(data.state);
  const needsMeeting = leads && !data.meeting && beforeMeeting.has(data.state);

  return (
    <>
      <PageHeader
        title={data.title}
        subtitle={
          <Flex wrap gap={6} component="span" align="center">
            <TopicStateTag state={data.state} />
            <span>{t('meetings.topics.subtitle', { unit: data.unit.name, quarter: data.quarter, year: data.year })}</span>
          </Flex>
        }
        extra={<Button onClick={() => navigate(`/meetings/topics?year=${data.year}`)}>{t('meetings.topics.back')}</Button>}
      />
      <Flex vertical gap={12}>
        <Card size="small">
          {isPhone ? (
            // Nine steps do not fit a phone: the step reached and a bar of all nine.
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('meetings.topics.stepOf', { step: current + 1, count: steps.length, name: t(`meetings.topicStep.${steps[current]!}`) })}</Typography.Text>
              <Progress percent={Math.round((100 * (current + 1)) / steps.length)} steps={steps.length} showInfo={false} status={data.state === 'returned' ? 'exception' : 'normal'} size={[24, 8]} />
            </Flex>
          ) : (
            <Steps size="small" current={current} status={data.state === 'returned' ? 'error' : undefined} items={steps.map((state) => ({ title: t(`meetings.topicStep.${state}`) }))} />
          )}
        </Card>
        <Card size="small" title={t('meetings.topics.nextSteps')}>
          <Flex vertical gap={12}>
            {data.state === 'returned' ? <Alert type="warning" showIcon title={t('meetings.topics.returnedHint')} description={lastReturnComment(data)} /> : null}
            {data.sentLate ? <Alert type="error" showIcon title={t('meetings.topics.sentLateOn', { date: formatDate(data.sentOn) })} /> : null}
            <Flex wrap gap={8} className="topic-actions">
              {orderedActions(data.allowed.actions).map((next, index) => (
                <Button key={next} type={index === 0 ? 'primary' : 'default'} danger={next === 'return_draft'} onClick={() => setAction(next)} disabled={next === 'record_meeting' && !data.meeting}>
                  {t(`meetings.topicAction.${next}`)}
                </Button>
              ))}
              {needsMeeting ? (
                <Button icon={<CalendarOutlined />} onClick={() => setScheduling(true)}>
                  {t('meetings.topics.schedule')}
                </Button>
              ) : null}
            </Flex>
            {data.allowed.actions.includes('record_meeting') && !data.meeting ? <Typography.Text type="secondary">{t('meetings.topics.recordNeedsMeeting')}</Typography.Text> : null}
            {data.allowed.actions.length === 0 && !needsMeeting ? <Typography.Text type="secondary">{t(`meetings.topics.waiting.${data.state}`)}</Typography.Text> : null}
          </Flex>
        </Card>
        <Card size="small" title={t('meetings.topics.details')}>
          <TopicFacts topic={data} />
        </Card>
        <Card size="small" title={t('meetings.papers.title')}>
          <PaperHistory papers={data.papers} />
        </Card>
      </Flex>
      {action ? (
        <TopicStepModal
          topic={data}
          action={action}
          onClose={() => setAction(null)}
          onDone={(result) => {
            setAction(null);
            for (const warning of result.warnings) message.warning(warning.message, 8);
            message.success(t('meetings.topics.stepDone', { state: t(`meetings.topicState.${result.topic.state}`) }));
          }}
        />
      ) : null}
      {scheduling ? (
        <MeetingFormModal
          unitId={data.unit.id}
          topicId={data.id}
          preset={{ kind: 'thematic_cell', title: t('meetings.topics.meetingTitle', { title: data.title }), day: data.plannedOn ?? undefined, startTime: '14:00' }}
          onClose={() => setScheduling(false)}
          onSaved={(result) => {
            setScheduling(false);
            setClash(result.warnings);
            message.success(t('meetings.topics.scheduled'));
          }}
        />
      ) : null}
      {clash.length > 0 ? <ClashWarningModal warnings={clash} onAccept={() => setClash([])} /> : null}
    </>
  );
}

/** What the reviewer asked for when the draft was last returned (the drafter's to-do). */
const lastReturnComment = (topic: TopicDetail) =>
  [...topic.papers].filter((paper) => paper.review === 'returned').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]?.reviewComment ?? undefined;

function TopicFacts({ topic }: { topic: TopicDetail }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Descriptions
      column={isPhone ? 1 : 2}
      size="small"
      items={[
        { key: 'planned', label: t('meetings.topics.plannedOn'), children: formatDate(topic.plannedOn) || t('common.notSet') },
        {
          key: 'meeting',
          label: t('meetings.topics.meeting'),
          children: topic.meeting ? <Link to={`/meetings/${topic.meeting.id}`}>{meetingTimeText(topic.meeting.startsAt, topic.meeting.startsAt).split('–')[0]}</Link> : t('common.notSet'),
        },
        { key: 'drafters', label: t('meetings.topics.drafters'), children: topic.drafters.map((person) => person.fullName).join(', ') || t('common.notSet') },
        { key: 'sendBy', label: t('meetings.topics.sendByLabel'), children: formatDate(topic.sendBy) || t('common.notSet') },
        { key: 'sent', label: t('meetings.topics.sentOn'), children: topic.sentOn ? formatDate(topic.sentOn) : t('common.notSet') },
        ...(topic.catalogueItem ? [{ key: 'catalogue', label: t('meetings.topics.fromCatalogue'), children: `${topic.catalogueItem.section}: ${topic.catalogueItem.title}` }] : []),
        ...(topic.evaluation ? [{ key: 'evaluation', label: t('meetings.topics.evaluation'), children: <span style={{ whiteSpace: 'pre-line' }}>{topic.evaluation}</span> }] : []),
        ...(topic.conclusion ? [{ key: 'conclusion', label: t('meetings.topics.conclusion'), children: <span style={{ whiteSpace: 'pre-line' }}>{topic.conclusion}</span> }] : []),
        ...(topic.reportedAt ? [{ key: 'reported', label: t('meetings.topics.reportedTo'), children: `${topic.reportedTo?.name ?? ''} · ${formatDateTime(topic.reportedAt)}` }] : []),
      ]}
    />
  );
}
