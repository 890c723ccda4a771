import { TableOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Spin, Typography } from 'antd';
import { type CSSProperties, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useBoard } from '../../api/assignments.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate, todayInAppZone } from '../../format/dates.ts';
import { periodText } from '../tasks/period-text.ts';
import { dueStateColors, statusColors } from '../tasks/task-colors.ts';
import { layoutTimeline, type SpanState, type TimelineLayout, type TimelineRow } from './timeline-layout.ts';
import './timeline.css';

const spanColors: Record<SpanState, string> = { ...statusColors, overdue: dueStateColors.overdue };
/** A task without any progress yet is drawn as an outline in the neutral colour. */
const spanColor = (state: SpanState | null) => spanColors[state ?? 'not_started'];

const at = (left: number, width?: number): CSSProperties => ({ left: `${left}%`, width: width === undefined ? undefined : `${width}%` });

/** "Tiến độ theo thời gian": the plan's tasks over months and quarters. */
export function TimelinePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const board = useBoard(id);
  const today = todayInAppZone();
  const data = board.data;
  const layout = data ? layoutTimeline(data.tasks, Number(today.slice(0, 4)), today) : null;

  return (
    <>
      {board.isPending ? <Spin /> : null}
      <ErrorAlert error={board.error} />
      {data && layout ? (
        <>
          <PageHeader
            title={t('tasks.timeline.title')}
            subtitle={`${data.document.numberLine ?? ''} ${data.document.title}`.trim()}
            extra={
              <Link to={`/documents/${data.document.id}/board`}>
                <Button icon={<TableOutlined />}>{t('tasks.board.title')}</Button>
              </Link>
            }
          />
          <Card>
            <Chart layout={layout} />
            <Legend />
          </Card>
        </>
      ) : null}
    </>
  );
}

function Chart({ layout }: { layout: TimelineLayout }) {
  const { t } = useTranslation();
  const monthColumns = layout.months.map((month) => `${month.days}fr`).join(' ');
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A chart wider than the screen opens with today in view rather than at its first month.
    const box = scroller.current;
    const today = box?.querySelector('.timeline-today');
    if (!box || !today) return;
    box.scrollLeft = today.getBoundingClientRect().left - box.getBoundingClientRect().left - box.clientWidth / 2;
  }, [layout.start, layout.end, layout.today]);
  return (
    <div ref={scroller} className="timeline-scroll" role="region" aria-label={t('tasks.timeline.title')} tabIndex={0}>
      <div className="timeline" style={{ '--timeline-months': layout.months.length } as CSSProperties}>
        <div className="timeline-row timeline-head">
          <div className="timeline-label">{t('tasks.task')}</div>
          <div className="timeline-track">
            {layout.quarters.map((quarter) => (
              <div key={quarter.key} className={`timeline-quarter-label q${quarter.quarter % 2}`} style={at(quarter.left, quarter.width)}>
                {periodText(t, quarter.key)}
              </div>
            ))}
          </div>
        </div>
        <div className="timeline-row timeline-head">
          <div className="timeline-label" />
          <div className="timeline-months" style={{ gridTemplateColumns: monthColumns }}>
            {layout.months.map((month) => (
              <div key={month.key} className="timeline-month">
                {t('tasks.timeline.month', { month: month.month })}
              </div>
            ))}
          </div>
        </div>
        {layout.rows.map((row) => (
          <TaskRow key={row.taskId} row={row} layout={layout} />
        ))}
      </div>
    </div>
  );
}

function TaskRow({ row, layout }: { row: TimelineRow; layout: TimelineLayout }) {
  const { t } = useTranslation();
  const stateText = (state: SpanState | null) => (state === null ? t('tasks.timeline.unassigned') : state === 'overdue' ? t('tasks.dueState.overdue') : t(`tasks.status.${state}`));
  const recurring = row.instances.length > 0;
  const dated = row.bar || row.deadline || recurring;
  return (
    <div className="timeline-row">
      <div className="timeline-label" style={{ paddingInlineStart: 8 + Math.min(row.depth, 4) * 10 }} title={`${row.code} ${row.title}`}>
        <span className="timeline-name">
          <strong>{row.code}</strong> {row.title}
        </span>
      </div>
      <div className="timeline-track">
        {layout.quarters.map((quarter) => (
          <div key={quarter.key} className={`timeline-band q${quarter.quarter % 2}`} style={at(quarter.left, quarter.width)} />
        ))}
        {row.peaks.map((peak) => (
          <div key={peak.from} className="timeline-peak" style={at(peak.left, peak.width)} title={t('tasks.timeline.peakRange', { from: formatDate(peak.from), to: formatDate(peak.to) })} />
        ))}
        {row.bar ? (
          <div
            className={recurring ? 'timeline-bar timeline-bar-track' : 'timeline-bar'}
            style={{ ...at(row.bar.left, row.bar.width), ...(recurring ? {} : { background: spanColor(row.bar.state) }) }}
            title={t('tasks.timeline.range', { code: row.code, from: formatDate(row.bar.from), to: formatDate(row.bar.to), state: stateText(row.bar.state) })}
          />
        ) : null}
        {row.instances.map((instance) => (
          <div
            key={instance.period}
            className="timeline-instance"
            style={{ ...at(instance.left, instance.width), background: spanColor(instance.state) }}
            title={`${periodText(t, instance.period)}: ${stateText(instance.state)}`}
          />
        ))}
        {row.deadline ? <div className="timeline-deadline" style={at(row.deadline.left)} title={t('tasks.timeline.deadline', { date: formatDate(row.deadline.date) })} /> : null}
        {layout.today !== null ? <div className="timeline-today" style={at(layout.today)} /> : null}
        {dated ? null : <span className="timeline-undated">{t('tasks.timeline.undated')}</span>}
      </div>
    </div>
  );
}

function Legend() {
  const { t } = useTranslation();
  const states: SpanState[] = ['not_started', 'in_progress', 'done', 'blocked', 'overdue'];
  return (
    <Flex wrap gap={16} align="center" style={{ marginTop: 12 }} aria-label={t('tasks.timeline.legend')}>
      {states.map((state) => (
        <Typography.Text key={state}>
          <span className="timeline-swatch" style={{ background: spanColors[state] }} /> {state === 'overdue' ? t('tasks.dueState.overdue') : t(`tasks.status.${state}`)}
        </Typography.Text>
      ))}
      <Typography.Text>
        <span className="timeline-swatch timeline-peak-swatch" /> {t('tasks.timeline.peak')}
      </Typography.Text>
      <Typography.Text>
        <span className="timeline-deadline-swatch" /> {t('tasks.timeline.deadlineLegend')}
      </Typography.Text>
      <Typography.Text>
        <span className="timeline-today-swatch" /> {t('tasks.timeline.today')}
      </Typography.Text>
    </Flex>
  );
}
