import { isWithin } from '../../../domain/org-path.ts';
import { periodEnd, periodStart, isIsoDate } from '../../../domain/periods.ts';
import { expectedStates, type ExpectedStatus } from '../../../domain/reports/completeness.ts';
import { prefillSourcesOf, prefillValues } from '../../../domain/reports/prefill.ts';
import { deadlineOf, isReporter, isTemplatePeriod, scheduledPeriodLabel, scheduleOfYear } from '../../../domain/reports/schedule.ts';
import type { ReportTemplate } from '../../../domain/reports/template.ts';
import { validateReportValues } from '../../../domain/reports/values.ts';
import { applyReportAction, availableReportActions, capacityAllows, isEditable, type ReportAction, type ReportState } from '../../../domain/reports/workflow.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { conflict, forbidden, notFound, unprocessable } from '../../http/errors.ts';
import { auditEntryOf, recordChange } from '../audit/service.ts';
import { readableUnit } from '../units/service.ts';
import { reportPolicy } from './policy.ts';
import * as q from './queries.ts';
import * as rq from './report-queries.ts';
import { dropSummariesAbove, type RollupKey } from './rollup-summary-queries.ts';

const iso = (value: Date | string | null) => (value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString());

/** The latest version of a template the actor may read, with its definition. */
export async function templateWithLatest(ctx: ServiceContext, templateId: string) {
  const row = await q.findTemplate(ctx.db, ctx.actor.tenantId, templateId);
  if (!row) throw notFound('report_template');
  const latest = await q.findLatestVersion(ctx.db, templateId);
  if (!latest) throw notFound('report_template');
  return { row, version: latest.version, definition: latest.definition as ReportTemplate };
}

/** on_time / late from the first submission, else overdue / pending against today. */
function statusOf(deadline: string, firstSubmittedAt: Date | null, today: string): ExpectedStatus {
  const submittedOn = firstSubmittedAt ? vietnamToday(firstSubmittedAt) : null;
  return expectedStates([{ unitId: '', period: '', deadline }], submittedOn ? [{ unitId: '', period: '', submittedOn }] : [], today)[0]!.status;
}

/** What a unit owes in a year: every period of every template it reports on, started or not. */
export async function listDue(ctx: ServiceContext, unitId: string, year: number) {
  const unit = await readableUnit(ctx, unitId);
  reportPolicy.follow(ctx.actor, unit.path);
  const templates = await q.selectTemplatesApplyingTo(ctx.db, ctx.actor.tenantId, unit.path);
  const applying = (
    await Promise.all(
      templates
        .filter((template) => template.is_active)
        .map(async (template) => ({ template, latest: await q.findLatestVersion(ctx.db, template.id) })),
    )
  ).filter(({ latest }) => latest && unit.is_active && isReporter((latest.definition as ReportTemplate).reporters, { id: unit.id, kind: unit.kind, associationType: unit.association_type }));
  const reports = await rq.selectUnitReports(ctx.db, unit.id, applying.map(({ template }) => template.id));
  const byKey = new Map(reports.map((report) => [`${report.template_id}|${report.period}`, report]));
  const today = vietnamToday();
  return applying.flatMap(({ template, latest }) =>
    scheduleOfYear(latest!.definition as ReportTemplate, year).map((scheduled) => {
      const report = byKey.get(`${template.id}|${scheduled.period}`);
      const deadline = report ? report.deadline : scheduled.deadline;
      return {
        templateId: template.id,
        templateName: template.name,
        unitId: unit.id,
        unitName: unit.name,
        period: scheduled.period,
        periodLabel: scheduled.label,
        deadline,
        reportId: report?.id ?? null,
        state: (report?.state ?? null) as ReportState | null,
        status: statusOf(deadline, report?.first_submitted_at ?? null, today),
      };
    }),
  );
}

/** The receiving unit of a reporting unit under a template's recipient rule. */
async function receiverOf(ctx: ServiceContext, unit: { name: string; path: string; parent_id: string | null }, recipient: ReportTemplate['recipient']) {
  if (recipient.to === 'department') {
    const department = await rq.findDepartmentAbove(ctx.db, ctx.actor.tenantId, unit.path, recipient.code);
    if (department) return department.id;
  } else if (unit.parent_id) {
    return unit.parent_id;
  }
  throw unprocessable('report_no_receiver', { unit: unit.name, code: recipient.to === 'department' ? recipient.code : '' });
}

/** Refuses a period that is not the template's, or one that has not started (a unit reports on what happened). */
function checkPeriod(definition: ReportTemplate, period: string) {
  if (!isTemplatePeriod(definition, period)) {
    throw unprocessable('report_period_invalid', { reason: `"${period}" không phải là kỳ báo cáo của mẫu "${definition.name}".` });
  }
  if (!isIsoDate(period) && periodStart(period) > vietnamToday()) {
    throw unprocessable('report_period_invalid', { reason: `${scheduledPeriodLabel(definition, period)} chưa bắt đầu; chưa thể lập báo cáo cho kỳ này.` });
  }
}

/**
 * Opens a unit's report for a period: the existing one, or a new draft on the template's latest
 * version with the figures the platform records filled in. Opening twice gives the same report.
 */
export async function openReport(ctx: ServiceContext, input: { templateId: string; unitId: string; period: string }) {
  const unit = await readableUnit(ctx, input.unitId);
  reportPolicy.open(ctx.actor, unit.path);
  const template = await templateWithLatest(ctx, input.templateId);
  if (!isWithin(unit.path, template.row.unit_path) || !template.row.is_active) throw unprocessable('report_template_unrelated');
  const { definition } = template;
  if (!unit.is_active || !isReporter(definition.reporters, { id: unit.id, kind: unit.kind, associationType: unit.association_type })) {
    throw unprocessable('report_not_reporter', { unit: unit.name, template: template.row.name });
  }
  checkPeriod(definition, input.period);
  const existing = await rq.findReportFor(ctx.db, template.row.id, unit.id, input.period);
  if (existing) return getReport(ctx, existing.id);

  const receiverId = await receiverOf(ctx, unit, definition.recipient);
  const sources = prefillSourcesOf(definition);
  const bounds = isIsoDate(input.period) ? { start: input.period, end: input.period } : { start: periodStart(input.period), end: periodEnd(input.period) };
  const known = sources.length ? await rq.knownFigures(ctx.db, unit, bounds.start, bounds.end) : {};
  const values = prefillValues(definition, known);
  const id = newId();
  const created = await ctx.db.transaction().execute(async (tx) => {
    const inserted = await rq.insertReport(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      templateId: template.row.id,
      version: template.version,
      unitId: unit.id,
      receiverUnitId: receiverId,
      period: input.period,
      deadline: deadlineOf(definition.deadline, input.period),
      values,
      prefilled: Object.keys(values),
      userId: ctx.actor.userId,
    });
    if (!inserted) return false;
    await rq.insertEvent(tx, { id: newId(), tenantId: ctx.actor.tenantId, reportId: id, action: 'open', comment: null, userId: ctx.actor.userId });
    await recordChange(tx, ctx.actor, {
      action: 'open',
      entityType: 'report',
      entityId: id,
      unitPath: unit.path,
      before: null,
      after: { template: template.row.name, version: template.version, period: input.period, values },
    });
    return true;
  });
  // The report's deadline now comes from its row: a kept roll-up summary above may have counted another.
  if (created) await dropSummariesAbove(ctx.db, { templateId: template.row.id, period: input.period, unitPath: unit.path });
  // Two openings at once: the other one created it.
  if (!created) return getReport(ctx, (await rq.findReportFor(ctx.db, template.row.id, unit.id, input.period))!.id);
  return getReport(ctx, id);
}

export async function readableReport(ctx: ServiceContext, id: string) {
  const row = await rq.findReport(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('report');
  const paths = { unitPath: row.unit_path, receiverPath: row.receiver_path };
  reportPolicy.read(ctx.actor, paths);
  return { row, capacities: reportPolicy.capacities(ctx.actor, paths) };
}

/**
 * Stored versions never change (a trigger refuses it), so each is read once per process: a
 * report's every read and step needs its version, and in the end-of-quarter rush that is most
 * of the round trips. Bounded: cleared when it grows past what any tenant defines.
 */
const versionCache = new Map<string, ReportTemplate>();
const versionCacheLimit = 2000;

async function definitionOf(ctx: ServiceContext, templateId: string, version: number): Promise<ReportTemplate> {
  const key = `${templateId}:${version}`;
  const cached = versionCache.get(key);
  if (cached) return cached;
  const row = await q.findVersion(ctx.db, templateId, version);
  if (!row) throw notFound('report_template_version');
  if (versionCache.size >= versionCacheLimit) versionCache.clear();
  versionCache.set(key, row.definition as ReportTemplate);
  return row.definition as ReportTemplate;
}

function notApprovedBelow(ctx: ServiceContext, row: rq.ReportRow, definition: ReportTemplate) {
  return rq.countNotApprovedBelow(ctx.db, row.unit_path, row.template_id, row.period, rq.reporterFilter(definition.reporters));
}

export async function getReport(ctx: ServiceContext, id: string) {
  return reportView(ctx, await readableReport(ctx, id));
}

/**
 * The report as the API shows it: its row, template, history, files and what the actor may do
 * next. After a step, `stale` names the roll-up summaries to drop once more (see `historyAndFiles`).
 */
async function reportView(ctx: ServiceContext, { row, capacities }: Readable, stale: RollupKey | null = null) {
  const definition = await definitionOf(ctx, row.template_id, row.version);
  const state = row.state as ReportState;
  const actions = availableReportActions(state, capacities);
  const [{ history, files }, missingBelow] = await Promise.all([
    rq.historyAndFiles(ctx.db, row.id, stale),
    actions.includes('approve') ? notApprovedBelow(ctx, row, definition) : Promise.resolve(0),
  ]);
  const deadline = row.deadline;
  return {
    id: row.id,
    templateId: row.template_id,
    templateName: row.template_name,
    version: row.version,
    definition: definition as unknown as Record<string, unknown>,
    unitId: row.unit_id,
    unitName: row.unit_name,
    receiverUnitId: row.receiver_unit_id,
    receiverUnitName: row.receiver_name,
    period: row.period,
    periodLabel: scheduledPeriodLabel(definition, row.period),
    deadline,
    state,
    status: statusOf(deadline, row.first_submitted_at, vietnamToday()),
    values: row.values,
    errors: isEditable(state) ? validateReportValues(definition, row.values, 'submit').errors : [],
    prefilled: row.prefilled,
    firstSubmittedAt: iso(row.first_submitted_at),
    submittedAt: iso(row.submitted_at),
    decidedAt: iso(row.decided_at),
    comment: row.comment,
    actions,
    missingBelow,
    files: files.map((file) => ({ id: file.id, filename: file.filename, contentType: file.content_type, sizeBytes: file.size_bytes })),
    history: history.map((line) => ({ action: line.action, at: iso(line.at)!, by: line.by_name, comment: line.comment })),
    updatedAt: iso(row.updated_at)!,
  };
}

/** The fields of the template only, as typed: a draft keeps what the unit entered, right or wrong. */
function draftValues(definition: ReportTemplate, input: Record<string, unknown>): Record<string, unknown> {
  const keys = new Set(definition.fields.map((field) => field.key));
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => keys.has(key) && value !== null && value !== undefined && value !== ''));
}

interface Step {
  action: ReportAction;
  comment?: string;
  acceptGap?: boolean;
  values?: Record<string, unknown>;
}

type Readable = Awaited<ReturnType<typeof readableReport>>;
type Change = (definition: ReportTemplate, row: rq.ReportRow) => { patch: Omit<rq.ReportPatch, 'userId' | 'state'>; before: Record<string, unknown>; after: Record<string, unknown> };

/** How often a step is tried again when another change of the report came between its read and its write. */
const STEP_ATTEMPTS = 3;

/**
 * One step of a report's life, tried on the report as read (`tryStep`). When another change came
 * between the read and the write, the step starts again from a fresh read, so it is judged on
 * the state it changes.
 */
async function act(ctx: ServiceContext, id: string, step: Step, change: Change, read?: Readable) {
  for (let attempt = 1; attempt <= STEP_ATTEMPTS; attempt++) {
    const current = attempt === 1 && read ? read : await readableReport(ctx, id);
    const changed = await tryStep(ctx, current, step, change);
    if (changed) {
      const row = { ...current.row, ...changed };
      return reportView(ctx, { row, capacities: current.capacities }, changesRollup(step.action) ? rollupKeyOf(row) : null);
    }
  }
  throw conflict('report_changed_meanwhile');
}

/**
 * The actor's capacity and the state checked by the workflow on the report as read, then the
 * change, its history line and audit entry written in one statement that applies only to the
 * row as it was read (`changeReport`). Null when another change came first.
 */
async function tryStep(ctx: ServiceContext, { row, capacities }: Readable, step: Step, change: Change) {
  if (!capacityAllows(step.action, capacities)) throw forbidden();
  const definition = await definitionOf(ctx, row.template_id, row.version);
  const missingBelow = step.action === 'approve' ? await notApprovedBelow(ctx, row, definition) : 0;
  const outcome = applyReportAction(row.state as ReportState, step.action, capacities, { comment: step.comment, acceptGap: step.acceptGap, missingBelow });
  if ('problem' in outcome) throw conflict('report_action_refused', { reason: outcome.problem });
  const { patch, before, after } = change(definition, row);
  return rq.changeReport(ctx.db, {
    id: row.id,
    tenantId: ctx.actor.tenantId,
    rowVersion: row.row_version,
    patch: { ...patch, state: outcome.state, userId: ctx.actor.userId },
    event:
      step.action === 'save_draft'
        ? null
        : { action: step.action, comment: step.comment ?? (step.acceptGap && missingBelow ? `Duyệt khi còn thiếu ${missingBelow} báo cáo cấp dưới.` : null) },
    audit: auditEntryOf(ctx.actor, { action: step.action, entityType: 'report', entityId: row.id, unitPath: row.unit_path, before: { state: row.state, ...before }, after: { state: outcome.state, ...after } }),
    staleSummaries: changesRollup(step.action) ? rollupKeyOf(row) : null,
  });
}

/** Drafts are not counted in a roll-up; every other step changes what it counts. */
const changesRollup = (action: ReportAction) => action !== 'save_draft';
const rollupKeyOf = (row: { template_id: string; period: string; unit_path: string }) => ({ templateId: row.template_id, period: row.period, unitPath: row.unit_path });

/** Saves a draft, valid or not: the errors come back with the report, nothing typed is lost. */
export function saveDraft(ctx: ServiceContext, id: string, input: { values: Record<string, unknown> }) {
  return act(ctx, id, { action: 'save_draft' }, (definition, row) => {
    const values = draftValues(definition, input.values);
    return { patch: { values }, before: { values: row.values }, after: { values } };
  });
}

/**
 * Submits the report. Values sent with the request are saved first; when they fail the
 * template's checks, that draft is committed and the submission refused with every error.
 */
export async function submitReport(ctx: ServiceContext, id: string, input: { values?: Record<string, unknown> }) {
  const read = await readableReport(ctx, id);
  const { row } = read;
  const definition = await definitionOf(ctx, row.template_id, row.version);
  const values = input.values ? draftValues(definition, input.values) : row.values;
  const checked = validateReportValues(definition, values, 'submit');
  if (!checked.ok) {
    if (input.values) await saveDraft(ctx, id, { values });
    throw unprocessable(
      'report_values_invalid',
      { count: checked.errors.length },
      checked.errors.map((error) => ({ path: error.path.join('.'), message: error.message })),
    );
  }
  return act(ctx, id, { action: 'submit' }, (_definition, current) => ({
    patch: { values: checked.values, submitted: new Date(), comment: null },
    before: { values: current.values },
    after: { values: checked.values },
  }), read);
}

export function returnReport(ctx: ServiceContext, id: string, input: { comment: string }) {
  return act(ctx, id, { action: 'return', comment: input.comment }, () => ({
    patch: { comment: input.comment, decided: null },
    before: {},
    after: { comment: input.comment },
  }));
}

export function approveReport(ctx: ServiceContext, id: string, input: { acceptGap: boolean }) {
  return act(ctx, id, { action: 'approve', acceptGap: input.acceptGap }, () => ({
    patch: { decided: new Date(), decidedBy: ctx.actor.userId },
    before: {},
    after: { acceptGap: input.acceptGap },
  }));
}

/** Reopens an approved report for revision; the reason is kept in its history and the audit log. */
export function reopenReport(ctx: ServiceContext, id: string, input: { reason: string }) {
  return act(ctx, id, { action: 'reopen', comment: input.reason }, () => ({
    patch: { comment: input.reason, decided: null },
    before: {},
    after: { reason: input.reason },
  }));
}

/** Reports received by a unit or any unit under it, newest deadline first. */
export async function listReceived(ctx: ServiceContext, query: { unitId: string; state?: ReportState; templateId?: string; period?: string }) {
  const unit = await readableUnit(ctx, query.unitId);
  reportPolicy.receive(ctx.actor, unit.path);
  const rows = await rq.selectReceived(ctx.db, ctx.actor.tenantId, unit.path, query);
  const today = vietnamToday();
  const definitions = new Map<string, ReportTemplate>();
  for (const row of rows) {
    const key = `${row.template_id}|${row.version}`;
    if (!definitions.has(key)) definitions.set(key, await definitionOf(ctx, row.template_id, row.version));
  }
  return rows.map((row) => {
    const deadline = row.deadline;
    return {
      id: row.id,
      templateId: row.template_id,
      templateName: row.template_name,
      unitId: row.unit_id,
      unitName: row.unit_name,
      receiverUnitName: row.receiver_name,
      period: row.period,
      periodLabel: scheduledPeriodLabel(definitions.get(`${row.template_id}|${row.version}`)!, row.period),
      deadline,
      state: row.state as ReportState,
      status: statusOf(deadline, row.first_submitted_at, today),
      firstSubmittedAt: iso(row.first_submitted_at),
      submittedAt: iso(row.submitted_at),
    };
  });
}

