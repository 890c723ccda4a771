import type { MetricKey } from '../../../../domain/targets/metrics.ts';
import type { ReportTemplate } from '../../../../domain/reports/template.ts';
import type { Executor } from '../../reports/queries.ts';
import { findLatestVersion } from '../../reports/queries.ts';
import { attendanceRate } from './attendance-rate.ts';
import { implementingPlans } from './implementing-plans.ts';
import { regularMeetings } from './regular-meetings.ts';
import { reportField } from './report-field.ts';
import { reportsOnTime } from './reports-on-time.ts';
import { tasksOnTime } from './tasks-on-time.ts';
import { thematicMeetings } from './thematic-meetings.ts';
import type { MetricEvaluator, MetricQuery, SubjectRow } from './types.ts';

/** Metrics that read a report template: its latest version says who reports, when, and what the field is. */
const withTemplate =
  (evaluate: (db: Executor, query: MetricQuery, template: ReportTemplate) => Promise<SubjectRow[]>): MetricEvaluator =>
  async (db, query) => {
    const latest = query.params.templateId ? await findLatestVersion(db, query.params.templateId) : undefined;
    return latest ? evaluate(db, query, latest.definition) : [];
  };

/** The SQL evaluation of every metric of the registry (src/domain/targets/metrics.ts). */
export const evaluators: Record<MetricKey, MetricEvaluator> = {
  thematic_meetings_per_cell: thematicMeetings,
  regular_meetings_per_month: regularMeetings,
  meeting_attendance_rate: attendanceRate,
  reports_on_time_share: withTemplate(reportsOnTime),
  tasks_done_on_time_share: tasksOnTime,
  implementing_plan_share: implementingPlans,
  report_field: withTemplate(reportField),
};

export type { MetricQuery, SubjectRow } from './types.ts';
