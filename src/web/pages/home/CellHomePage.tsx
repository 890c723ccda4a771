import { CalendarOutlined, CloseCircleFilled, ExclamationCircleFilled, FileDoneOutlined, FileTextOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Select, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { formatPeriod, nextPeriod, parsePeriod, previousPeriod } from '../../../domain/periods.ts';
import { reportStates, type ReportState } from '../../../domain/reports/workflow.ts';
import { type ProgressStatus, progressStatuses } from '../../../domain/task-status.ts';
import { type HomeDuties, useHomeDuties } from '../../api/targets.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate, formatDateTime, todayInAppZone } from '../../format/dates.ts';
import { currentMonth } from '../compliance/matrix-view.ts';
import { periodText } from '../tasks/period-text.ts';
import '../compliance/compliance.css';
import './home.css';

/** Six months back and six ahead of this one: what a secretary looks at. */
function monthsAround(month: string): string[] {
  const months = [month];
  let before = parsePeriod(month);
  let after = parsePeriod(month);
  for (let step = 0; step < 6; step += 1) {
    before = before && previousPeriod(before);
    after = after && nextPeriod(after);
    if (before) months.unshift(formatPeriod(before));
    if (after) months.push(formatPeriod(after));
  }
  return months;
}

const validMonth = (text: string | null) => (text && parsePeriod(text)?.kind === 'month' ? text : null);

/**
 * "Việc của chi bộ", the cell secretary's home: the cell's own duties for a month — the next
 * meeting, papers waiting for approval, reports and tasks due, and targets the cell is behind on.
 * Every item opens its page.
 */
export function CellHomePage() {
  const { t } = useTranslation();
  const current = useCurrentUnit();
  const [params, setParams] = useSearchParams();
  const thisMonth = currentMonth(todayInAppZone());
  const month = validMonth(params.get('month')) ?? thisMonth;
  const duties = useHomeDuties(current.unitId, month);
  const data = duties.data;

  return (
    <>
      <PageHeader
        title={t('home.title')}
        subtitle={data ? t('home.subtitle', { unit: data.unit.name, month: periodText(t, month) }) : current.unit?.name}
        extra={
          <Select
            aria-label={t('home.month')}
            value={month}
            onChange={(next: string) => setParams(next === thisMonth ? {} : { month: next }, { replace: true })}
            options={monthsAround(thisMonth).map((value) => ({ value, label: periodText(t, value) }))}
            style={{ width: 170 }}
          />
        }
      />
      <ErrorAlert error={duties.error} />
      {data && data.unit.kind !== 'cell' ? <Alert type="info" showIcon title={t('home.notCell')} style={{ marginBottom: 16 }} /> : null}
      {!data ? duties.isPending && current.unitId ? <Spin /> : null : <Duties data={data} />}
    </>
  );
}

function Duties({ data }: { data: HomeDuties }) {
  const { t } = useTranslation();
  const today = todayInAppZone();
  const statusTag = (status: string) => (isProgressStatus(status) ? <Tag>{t(`tasks.status.${status}`)}</Tag> : null);

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <DutyCard icon={<CalendarOutlined />} title={t('home.nextMeeting')} more={{ to: '/meetings', label: t('home.allMeetings') }}>
          {data.nextMeeting ? (
            <Link to={`/meetings/${data.nextMeeting.id}`} className="duty-link">
              <span className="duty-title">{data.nextMeeting.title}</span>
              <Typography.Text type="secondary">{formatDateTime(data.nextMeeting.startsAt)}</Typography.Text>
            </Link>
          ) : (
            <Nothing text={t('home.noMeeting')} />
          )}
        </DutyCard>
      </Col>
      <Col xs={24} lg={12}>
        <DutyCard icon={<FileDoneOutlined />} title={t('home.papers')} count={data.papersToApprove.length}>
          <DutyList
            empty={t('home.noPapers')}
            items={data.papersToApprove.map((paper) => ({ key: paper.meetingId, to: `/meetings/${paper.meetingId}`, title: paper.title }))}
          />
        </DutyCard>
      </Col>
      <Col xs={24} lg={12}>
        <DutyCard icon={<FileTextOutlined />} title={t('home.reports')} count={data.reportsDue.length} more={{ to: '/reports', label: t('home.allReports') }}>
          <DutyList
            empty={t('home.noReports')}
            items={data.reportsDue.map((report) => ({
              key: `${report.templateId}-${report.period}`,
              to: report.reportId ? `/reports/${report.reportId}` : `/reports?year=${report.period.slice(0, 4)}`,
              title: `${report.templateName} — ${periodText(t, report.period)}`,
              note: (
                <>
                  <span className={report.deadline < today ? 'duty-late' : undefined}>{t('home.due', { date: formatDate(report.deadline) })}</span>{' '}
                  <Tag>{report.reportId && isReportState(report.state) ? t(`reports.state.${report.state}`) : t('home.notStarted')}</Tag>
                </>
              ),
            }))}
          />
        </DutyCard>
      </Col>
      <Col xs={24} lg={12}>
        <DutyCard icon={<ScheduleOutlined />} title={t('home.tasks')} count={data.tasksDue.length} more={{ to: '/tasks', label: t('home.allTasks') }}>
          <DutyList
            empty={t('home.noTasks')}
            items={data.tasksDue.map((task) => ({
              key: task.assignmentId,
              to: `/tasks/${task.assignmentId}`,
              title: task.title,
              note: (
                <>
                  {task.dueOn ? <span className={task.dueOn < today ? 'duty-late' : undefined}>{t('home.due', { date: formatDate(task.dueOn) })}</span> : null} {statusTag(task.status)}
                </>
              ),
            }))}
          />
        </DutyCard>
      </Col>
      <Col xs={24}>
        <DutyCard icon={<ExclamationCircleFilled />} title={t('home.alerts')} count={data.alerts.length}>
          <DutyList
            empty={t('home.noAlerts')}
            items={data.alerts.map((alert) => ({
              key: alert.targetId,
              to: `/compliance?${new URLSearchParams({ unitId: data.unit.id, of: data.unit.id, target: alert.targetId }).toString()}`,
              title: (
                <span className={`status-text status-text-${alert.status}`}>
                  {alert.status === 'red' ? <CloseCircleFilled aria-hidden /> : <ExclamationCircleFilled aria-hidden />} {alert.text}
                </span>
              ),
              note: `${t(`compliance.status.${alert.status}`)} · ${alert.message}`,
            }))}
          />
        </DutyCard>
      </Col>
    </Row>
  );
}

const isProgressStatus = (status: string): status is ProgressStatus => (progressStatuses as readonly string[]).includes(status);
const isReportState = (state: string): state is ReportState => (reportStates as readonly string[]).includes(state);

function DutyCard({ icon, title, count, more, children }: { icon: ReactNode; title: string; count?: number; more?: { to: string; label: string }; children: ReactNode }) {
  return (
    <Card
      size="small"
      className="duty-card"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {icon} {title}
          {count ? <Tag style={{ marginInlineStart: 8 }}>{count}</Tag> : null}
        </Typography.Title>
      }
      extra={more ? <Link to={more.to}>{more.label}</Link> : null}
    >
      {children}
    </Card>
  );
}

function DutyList({ items, empty }: { items: { key: string; to: string; title: ReactNode; note?: ReactNode }[]; empty: string }) {
  if (items.length === 0) return <Nothing text={empty} />;
  return (
    <ul className="duty-list">
      {items.map((item) => (
        <li key={item.key}>
          <Link to={item.to} className="duty-link">
            <span className="duty-title">{item.title}</span>
          </Link>
          {item.note ? <div className="duty-note">{item.note}</div> : null}
        </li>
      ))}
    </ul>
  );
}

/** An empty duty is one quiet line: a phone shows every card at once. */
const Nothing = ({ text }: { text: string }) => <Typography.Text type="secondary">{text}</Typography.Text>;
