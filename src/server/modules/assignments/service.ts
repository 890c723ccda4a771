import { formatDayMonthYear, periodEnd, periodStart } from '../../../domain/periods.ts';
import { addDays, dueSoonDays, type ProgressStatus, settleProgress, vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { conflict, notFound, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { storeUpload } from '../documents/files.ts';
import { selectFiles } from '../documents/queries.ts';
import { loadReadableDocument } from '../documents/service.ts';
import type { Upload } from '../documents/upload.ts';
import { toFileView } from '../documents/views.ts';
import { timeframeOf } from '../plans/task-views.ts';
import { readableUnit } from '../units/service.ts';
import { assignmentPolicy } from './policy.ts';
import * as q from './queries.ts';
import { readableDocumentIds } from './readable.ts';
import type { InboxQuery } from './schemas.ts';
import { selectImplementers } from './tree-queries.ts';
import { toAssignmentItem, toImplementerView, toReportView } from './views.ts';

const dueWindow = (today: string): q.DueWindow => ({ today, soon: addDays(today, dueSoonDays) });

/**
 * A unit's inbox: the assignments of issued plans to one unit (or the units under it),
 * soonest due first, with the number in each due state for the tabs. The counts follow
 * every filter except the due state and acknowledgement, which are the tabs themselves.
 */
export async function listInbox(ctx: ServiceContext, query: InboxQuery) {
  let unit: q.InboxFilter['unit'];
  if (query.unitId) {
    const chosen = await readableUnit(ctx, query.unitId);
    unit = query.scope === 'subtree' ? { under: chosen.path } : { id: chosen.id };
  } else {
    const scopes = assignmentPolicy.inboxScopes(ctx.actor);
    if (scopes.length === 0) return { items: [], hasMore: false, counts: { overdue: 0, due_soon: 0, upcoming: 0, undated: 0, done: 0, unacknowledged: 0 } };
    unit = { scopes };
  }
  const today = vietnamToday();
  const filter: q.InboxFilter & { window: q.DueWindow } = {
    tenantId: ctx.actor.tenantId,
    unit,
    status: query.status,
    year: query.year,
    dueBetween: query.period ? { start: periodStart(query.period), end: periodEnd(query.period) } : undefined,
    documentId: query.documentId,
    window: dueWindow(today),
  };
  const limit = query.limit ?? 50;
  const [rows, counts] = await Promise.all([
    q.selectInbox(ctx.db, { ...filter, dueState: query.dueState, acknowledged: query.acknowledged, limit: limit + 1, offset: query.offset ?? 0 }),
    q.countInbox(ctx.db, filter),
  ]);
  return { items: rows.slice(0, limit).map((row) => toAssignmentItem(row, ctx.actor, today)), hasMore: rows.length > limit, counts };
}

async function readableAssignment(ctx: ServiceContext, assignmentId: string) {
  const row = await q.findAssignmentItem(ctx.db, ctx.actor.tenantId, assignmentId);
  if (!row) throw notFound('assignment');
  await loadReadableDocument(ctx, row.document_id);
  return row;
}

async function assignmentItem(ctx: ServiceContext, assignmentId: string) {
  return toAssignmentItem(await readableAssignment(ctx, assignmentId), ctx.actor, vietnamToday());
}

/** One assignment with its task, its report history (newest first, with files) and the lower plans implementing its task. */
export async function getAssignment(ctx: ServiceContext, assignmentId: string) {
  const row = await readableAssignment(ctx, assignmentId);
  const [reports, implementers] = await Promise.all([q.selectReports(ctx.db, row.id), selectImplementers(ctx.db, row.task_id)]);
  const [files, readable] = await Promise.all([selectFiles(ctx.db, { progressReportIds: reports.map((report) => report.id) }), readableDocumentIds(ctx, implementers)]);
  const item = toAssignmentItem(row, ctx.actor, vietnamToday());
  const shown = implementers.filter((implementer) => readable.has(implementer.document_id));
  return {
    ...item,
    task: {
      ...item.task,
      description: row.description,
      timeframe: timeframeOf({ ...row, start_on: row.task_start_on }),
    },
    reports: reports.map((report) => toReportView(report, files)),
    implementedBy: shown.map(toImplementerView),
    implementedByHidden: implementers.length - shown.length,
  };
}

type LockedAssignment = NonNullable<Awaited<ReturnType<typeof q.lockAssignment>>>;

const auditState = (row: { status: ProgressStatus; percent: number; acknowledged_at: Date | null }) => ({
  status: row.status,
  percent: row.percent,
  acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
});

/** The assigned unit confirms it has received the task; a second confirmation is refused. */
export async function acknowledgeAssignment(ctx: ServiceContext, assignmentId: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const before = await q.lockAssignment(tx, ctx.actor.tenantId, assignmentId);
    if (!before) throw notFound('assignment');
    assignmentPolicy.report(ctx.actor, before.unit_path, before.document_status);
    if (before.acknowledged_at) throw conflict('assignment_acknowledged', { date: formatDayMonthYear(vietnamToday(before.acknowledged_at)) });
    const after = await q.acknowledge(tx, before.id, ctx.actor.userId);
    await recordChange(tx, ctx.actor, { action: 'acknowledge', entityType: 'assignment', entityId: before.id, unitPath: before.unit_path, before: auditState(before), after: auditState(after) });
  });
  return assignmentItem(ctx, assignmentId);
}

export interface ProgressInput {
  status: ProgressStatus;
  percent?: number;
  note?: string;
  evidenceLinks?: string[];
  reportedOn?: string;
}

/**
 * A progress report: status and percent must agree (done is 100 %), the date may not be in
 * the future. The report becomes the assignment's current state; earlier ones stay as history.
 */
export async function reportProgress(ctx: ServiceContext, assignmentId: string, input: ProgressInput) {
  const today = vietnamToday();
  const reportId = newId();
  await ctx.db.transaction().execute(async (tx) => {
    const before: LockedAssignment | undefined = await q.lockAssignment(tx, ctx.actor.tenantId, assignmentId);
    if (!before) throw notFound('assignment');
    assignmentPolicy.report(ctx.actor, before.unit_path, before.document_status);
    const settled = settleProgress(input.status, input.percent);
    if ('problem' in settled) throw unprocessable('progress_invalid', { reason: settled.problem }, [{ path: 'body.percent', message: settled.problem }]);
    const reportedOn = input.reportedOn ?? today;
    if (reportedOn > today) throw unprocessable('report_date_future', { today: formatDayMonthYear(today) }, [{ path: 'body.reportedOn', message: `Ngày báo cáo không được sau ngày ${formatDayMonthYear(today)}.` }]);
    const { report, assignment } = await q.insertReport(
      tx,
      {
        id: reportId,
        tenant_id: ctx.actor.tenantId,
        assignment_id: before.id,
        status: input.status,
        percent: settled.percent,
        note: input.note ?? '',
        evidence_links: JSON.stringify(input.evidenceLinks ?? []),
        reported_on: reportedOn,
        reported_by: ctx.actor.userId,
      },
      ctx.actor.userId,
    );
    await recordChange(tx, ctx.actor, {
      action: 'report_progress',
      entityType: 'assignment',
      entityId: before.id,
      unitPath: before.unit_path,
      before: auditState(before),
      after: { ...auditState(assignment), reportId: report.id, reportedOn, note: report.note, evidenceLinks: input.evidenceLinks ?? [] },
    });
  });
  const report = (await q.findReport(ctx.db, ctx.actor.tenantId, reportId))!;
  return toReportView(report, []);
}

/** Evidence (.pdf, .docx, .xlsx, .jpg, .png) attached to a report, by whoever may report for the unit. */
export async function attachEvidence(ctx: ServiceContext, reportId: string, upload: Upload) {
  const id = await ctx.db.transaction().execute(async (tx) => {
    const report = await q.findReport(tx, ctx.actor.tenantId, reportId);
    if (!report) throw notFound('progress_report');
    const assignment = await q.lockAssignment(tx, ctx.actor.tenantId, report.assignment_id);
    assignmentPolicy.report(ctx.actor, assignment!.unit_path, assignment!.document_status);
    const fileId = await storeUpload(tx, ctx, { progressReportId: report.id }, upload);
    await recordChange(tx, ctx.actor, {
      action: 'attach_evidence',
      entityType: 'assignment',
      entityId: assignment!.id,
      unitPath: assignment!.unit_path,
      before: null,
      after: { reportId: report.id, fileId, filename: upload.filename, sizeBytes: upload.content.length },
    });
    return fileId;
  });
  const [file] = (await selectFiles(ctx.db, { progressReportIds: [reportId] })).filter((row) => row.id === id);
  return toFileView(file!);
}
