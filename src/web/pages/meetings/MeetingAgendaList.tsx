import { EnvironmentOutlined, LinkOutlined, TeamOutlined } from '@ant-design/icons';
import { Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MeetingSummary } from '../../api/meetings.ts';
import { dayjs, appTimeZone } from '../../format/dates.ts';
import { groupByMonth, meetingTimeText, monthLabel, weekdayOf } from './meeting-calendar.ts';
import { MeetingKindTag, MeetingStatusTag } from './MeetingTags.tsx';

/** The agenda: meetings under their months, each with a date block, its kind, place and attendance. */
export function MeetingAgendaList({ meetings, loading }: { meetings: readonly MeetingSummary[]; loading: boolean }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return loading ? <Spin /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.list.empty')} />;
  return (
    <Flex vertical gap={20}>
      {groupByMonth(meetings).map((group) => (
        <section key={group.month} aria-label={t('meetings.list.month', { month: monthLabel(group.month) })}>
          <Typography.Title level={2} style={{ fontSize: 16, margin: '0 0 8px' }}>
            {t('meetings.list.month', { month: monthLabel(group.month) })}
          </Typography.Title>
          <ul className="meeting-agenda" aria-label={t('meetings.list.month', { month: monthLabel(group.month) })}>
            {group.meetings.map((meeting) => (
              <MeetingRow key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        </section>
      ))}
    </Flex>
  );
}

function MeetingRow({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useTranslation();
  const start = dayjs.utc(meeting.startsAt).tz(appTimeZone);
  return (
    <li className={`meeting-agenda-item${meeting.status === 'cancelled' ? ' is-cancelled' : ''}`}>
      <div className="meeting-date-block" aria-hidden>
        <span className="meeting-date-day">{start.format('DD')}</span>
        <span className="meeting-date-weekday">{t(`meetings.series.weekdayShort.${weekdayOf(meeting.startsAt)}`)}</span>
      </div>
      <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Link to={`/meetings/${meeting.id}`} className="meeting-title">
          {meeting.title}
        </Link>
        <Typography.Text type="secondary">{meetingTimeText(meeting.startsAt, meeting.endsAt)}</Typography.Text>
        <Flex wrap gap={4} align="center">
          <MeetingKindTag kind={meeting.kind} />
          <MeetingStatusTag status={meeting.status} />
        </Flex>
        {meeting.place ? (
          <Typography.Text>
            <EnvironmentOutlined /> {meeting.place}
          </Typography.Text>
        ) : null}
        {meeting.onlineLink ? (
          <Typography.Text ellipsis>
            <LinkOutlined /> {t('meetings.detail.online')}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary">
          <TeamOutlined />{' '}
          {meeting.attendance.marked > 0
            ? t('meetings.list.attended', { attended: meeting.attendance.attended, invited: meeting.attendance.invited, rate: meeting.attendance.rate ?? 0 })
            : t('meetings.list.invited', { count: meeting.attendance.invited })}
        </Typography.Text>
      </Flex>
    </li>
  );
}
