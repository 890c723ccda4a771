import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MeetingSummary } from '../../api/meetings.ts';
import { todayInAppZone } from '../../format/dates.ts';
import { timeOfInstant } from '../../format/dates.ts';
import { meetingsByDay, monthGrid, weekdaysMondayFirst } from './meeting-calendar.ts';

/** A wall calendar of one month (desktop): each day lists its meetings by time and title. */
export function MonthGrid({ month, meetings }: { month: string; meetings: readonly MeetingSummary[] }) {
  const { t } = useTranslation();
  const byDay = meetingsByDay(meetings);
  const today = todayInAppZone();
  return (
    <table className="meeting-month-grid">
      <caption className="visually-hidden">{t('meetings.list.grid')}</caption>
      <thead>
        <tr>
          {weekdaysMondayFirst.map((day) => (
            <th key={day} scope="col">
              {t(`meetings.series.weekday.${day}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week) => (
          <tr key={week[0]!.date}>
            {week.map((day) => (
              <td key={day.date} className={[day.inMonth ? '' : 'is-outside', day.date === today ? 'is-today' : ''].join(' ')}>
                <Typography.Text type={day.inMonth ? undefined : 'secondary'} className="meeting-grid-date">
                  {Number(day.date.slice(8))}
                </Typography.Text>
                {(byDay.get(day.date) ?? []).map((meeting) => (
                  <Link key={meeting.id} to={`/meetings/${meeting.id}`} className={`meeting-grid-item status-${meeting.status}`} title={meeting.title}>
                    {timeOfInstant(meeting.startsAt)} {meeting.title}
                  </Link>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
