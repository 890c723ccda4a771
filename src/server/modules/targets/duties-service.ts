import { formatPeriod, periodEnd, periodLabel, periodOf, periodStart } from '../../../domain/periods.ts';
import type { Permission } from '../../../domain/roles.ts';
import { isMetricKey, metrics } from '../../../domain/targets/metrics.ts';
import { comparatorSymbols } from '../../../domain/targets/status.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import { can } from '../../auth/actor.ts';
import type { ServiceContext } from '../../context.ts';
import { readWithoutJit } from '../../db/jit.ts';
import { listDue } from '../reports/report-service.ts';
import { readableUnit } from '../units/service.ts';
import { findNextMeeting, selectAwaitingApproval, selectTasksDue } from './duties-queries.ts';
import { figuresOfTarget } from './evaluation.ts';
import { targetPolicy } from './policy.ts';
import * as q from './queries.ts';

const TASK_LIMIT = 20;
const reportFollowers: Permission[] = ['report.submit', 'report.collect', 'report.approve', 'person.read'];

/** "Chi bộ đạt 0 (chỉ tiêu ≥ 1) — Quý IV/2026": what the unit is behind on, in a line. */
function alertMessage(target: q.TargetRow, value: number | null, status: 'amber' | 'red', period: string) {
  const figure = value === null ? 'chưa có số liệu' : `đạt ${value}${isMetricKey(target.metric_key) && metrics[target.metric_key].measure === 'percent' ? '%' : ''}`;
  const verdict = status === 'red' ? 'không đạt hoặc không kịp đạt với tiến độ hiện nay' : 'chậm, cần đẩy nhanh để đạt';
  return `${periodLabel(period)}: ${figure} (chỉ tiêu ${comparatorSymbols[target.comparator]} ${target.value}) — ${verdict}.`;
}

/**
 * The duties of a unit for a month, the home page of a cell secretary: the next meeting, the
 * papers and minutes waiting for the reader's approval, the reports owed, the tasks due, and the
 * targets the unit is behind on (judged on the month, or the year so far with the pace).
 */
export async function unitDuties(ctx: ServiceContext, query: { unitId: string; month?: string }) {
  const unit = await readableUnit(ctx, query.unitId);
  targetPolicy.duties(ctx.actor, unit.path);
  const today = vietnamToday();
  const month = query.month ?? today.slice(0, 7);
  const monthEnd = periodEnd(month);
  const year = Number(month.slice(0, 4));

  const followsReports = reportFollowers.some((permission) => can(ctx.actor, permission, unit.path));
  const owed = followsReports ? [...(await listDue(ctx, unit.id, year - 1)), ...(await listDue(ctx, unit.id, year))] : [];
  const reportsDue = owed
    .filter((report) => report.state !== 'submitted' && report.state !== 'approved' && report.deadline <= monthEnd && report.deadline >= `${year - 1}-12-01`)
    .sort((a, b) => a.deadline.localeCompare(b.deadline))
    .map(({ reportId, templateId, templateName, period, deadline, state }) => ({ reportId, templateId, templateName, period, deadline, state: state ?? 'not_started' }));

  return readWithoutJit(ctx, async (reader) => {
    const [next, awaiting, tasks, targets] = await Promise.all([
      findNextMeeting(reader.db, unit.id),
      can(ctx.actor, 'minutes.approve', unit.path) ? selectAwaitingApproval(reader.db, unit.id) : Promise.resolve([]),
      selectTasksDue(reader.db, unit.id, monthEnd, TASK_LIMIT),
      q.selectTargetsApplyingTo(reader.db, ctx.actor.tenantId, unit.path, year),
    ]);
    const asOf = today < monthEnd ? today : monthEnd;
    const alerts = [];
    if (periodStart(month) <= today) {
      for (const target of targets) {
        const { total } = await figuresOfTarget(reader.db, target, { path: unit.path, tenantId: ctx.actor.tenantId }, month, asOf);
        if (total.status === 'amber' || total.status === 'red') {
          const judged = formatPeriod(periodOf(target.period_type, `${month}-01`));
          alerts.push({ targetId: target.id, text: target.text, status: total.status, message: alertMessage(target, total.value, total.status, judged) });
        }
      }
    }
    return {
      unit: { id: unit.id, name: unit.name, kind: unit.kind },
      month,
      nextMeeting: next ? { id: next.id, title: next.title, startsAt: new Date(next.starts_at).toISOString() } : null,
      papersToApprove: awaiting,
      reportsDue,
      tasksDue: tasks.map((task) => ({ assignmentId: task.id, title: task.title, dueOn: task.due_on, status: task.status })),
      alerts,
    };
  });
}

