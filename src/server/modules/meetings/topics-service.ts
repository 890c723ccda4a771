import type { Updateable } from 'kysely';
import { applyTopicAction, availableTopicActions, isSentLate, quartersWithoutTopic, type TopicAction, type TopicCapacity } from '../../../domain/thematic-workflow.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import { can } from '../../auth/actor.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import type { ThematicTopicsTable } from '../../db/schema.ts';
import { AppError, conflict, notFound, outOfScope, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { storeUpload } from '../documents/files.ts';
import type { Upload } from '../documents/upload.ts';
import { readableUnit, unitForWrite } from '../units/service.ts';
import { markHeldIn, type Warning } from './meetings-service.ts';
import { sanitizeMinutes } from './minutes-service.ts';
import { topicCapacities, topicPolicy } from './policy.ts';
import * as q from './queries.ts';
import { checkPlannedDate, linkTopicToMeeting } from './topic-links.ts';
import * as tq from './topic-queries.ts';
import { meetingDayOf, sendDaysOf, toPaperView, toTopicSummary } from './topic-views.ts';
import { formatDayMonthYear } from '../../../domain/periods.ts';

const isCellUnit = (kind: string) => kind === 'cell' || kind === 'base_committee';

async function capacitiesOf(ctx: ServiceContext, db: q.Executor, topic: { unit_id: string; unit_path: string; id: string }, drafterIds?: string[]): Promise<TopicCapacity[]> {
  const personId = ctx.actor.personId;
  const leader = personId ? await tq.holdsLeadership(db, personId, topic.unit_id) : false;
  const drafters = drafterIds ?? (await tq.selectDrafters(db, [topic.id])).map((row) => row.id);
  return topicCapacities(ctx.actor, topic.unit_path, leader, Boolean(personId && drafters.includes(personId)));
}

/** Leadership of a cell without a topic yet: proposing the year's topics and editing the catalogue choice. */
async function requireLeadership(ctx: ServiceContext, db: q.Executor, unit: { id: string; path: string }) {
  const capacities = await capacitiesOf(ctx, db, { unit_id: unit.id, unit_path: unit.path, id: '' }, []);
  if (!capacities.includes('leadership')) {
    if (!can(ctx.actor, 'unit.read', unit.path)) throw outOfScope();
    throw new AppError(403, 'topic_action_refused', { reason: 'Chỉ bí thư hoặc chi ủy viên mới thực hiện được bước này.' });
  }
}

async function loadReadableTopic(ctx: ServiceContext, topicId: string) {
  const topic = await tq.findTopic(ctx.db, ctx.actor.tenantId, topicId);
  if (!topic) throw notFound('topic');
  const drafters = await tq.selectDrafters(ctx.db, [topic.id]);
  topicPolicy.read(ctx.actor, topic.unit_path, drafters.some((row) => row.id === ctx.actor.personId));
  return { topic, drafters };
}

export async function getTopic(ctx: ServiceContext, topicId: string) {
  const { topic, drafters } = await loadReadableTopic(ctx, topicId);
  const papers = await tq.selectPapers(ctx.db, topic.id);
  const files = await tq.selectPaperFiles(ctx.db, papers.map((paper) => paper.id));
  const capacities = await capacitiesOf(ctx, ctx.db, topic, drafters.map((row) => row.id));
  const reportedTo = topic.reported_to_unit_id ? await readableUnitName(ctx, topic.reported_to_unit_id) : null;
  return {
    ...toTopicSummary(topic, drafters),
    evaluation: topic.evaluation,
    conclusion: topic.conclusion,
    reportedTo,
    papers: papers.map((paper) => toPaperView(paper, files)),
    capacities,
    allowed: { actions: availableTopicActions(topic.state, capacities), edit: capacities.includes('leadership') && (topic.state === 'proposed' || topic.state === 'decided') },
  };
}

async function readableUnitName(ctx: ServiceContext, unitId: string) {
  const unit = await q.selectUnitName(ctx.db, unitId);
  return unit ? { id: unit.id, name: unit.name } : null;
}

export async function listTopics(ctx: ServiceContext, unitId: string, year: number) {
  const unit = await readableUnit(ctx, unitId);
  const topics = await tq.selectTopics(ctx.db, ctx.actor.tenantId, unit.id, year);
  const drafters = await tq.selectDrafters(ctx.db, topics.map((topic) => topic.id));
  const capacities = await capacitiesOf(ctx, ctx.db, { unit_id: unit.id, unit_path: unit.path, id: '' }, []);
  const planned = topics.map((topic) => topic.planned_on ?? `${topic.year}-${String(topic.quarter * 3).padStart(2, '0')}-01`);
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    quartersWithoutTopic: quartersWithoutTopic(year, planned),
    topics: topics.map((topic) => toTopicSummary(topic, drafters)),
    allowed: { propose: isCellUnit(unit.kind) && capacities.includes('leadership') },
  };
}

export interface ProposedTopic {
  quarter: number;
  title?: string;
  catalogueItemId?: string;
  plannedOn?: string;
}

/**
 * The cell committee proposes the year's topics ("ít nhất 04 chuyên đề", one a quarter), each
 * from the suggested catalogue of a higher unit's guidance or of its own wording.
 */
export async function proposeTopics(ctx: ServiceContext, input: { unitId: string; year: number; topics: ProposedTopic[] }) {
  const ids = await ctx.db.transaction().execute(async (tx) => {
    const unit = await unitForWrite(tx, ctx, input.unitId);
    await requireLeadership(ctx, tx, unit);
    if (!isCellUnit(unit.kind)) throw unprocessable('cell_meeting_unit');
    const catalogue = new Map((await tq.selectCatalogueFor(tx, ctx.actor.tenantId, unit.path, input.year)).map((item) => [item.id, item]));
    const rows = input.topics.map((proposed, index) => {
      const item = proposed.catalogueItemId ? catalogue.get(proposed.catalogueItemId) : undefined;
      if (proposed.catalogueItemId && !item) throw unprocessable('topic_catalogue_item_unknown', { year: input.year });
      const title = proposed.title?.trim() || item?.title;
      if (!title) throw new AppError(400, 'validation_failed', {}, [{ path: `body.topics.${index}.title`, message: 'Cần tên chuyên đề hoặc chọn một chuyên đề gợi ý.' }]);
      if (proposed.plannedOn) checkPlannedDate(proposed.plannedOn, input.year, proposed.quarter);
      return {
        id: newId(),
        tenant_id: ctx.actor.tenantId,
        unit_id: unit.id,
        year: input.year,
        quarter: proposed.quarter,
        title,
        catalogue_item_id: item?.id ?? null,
        planned_on: proposed.plannedOn ?? null,
        meeting_id: null,
        evaluation: null,
        conclusion: null,
        sent_on: null,
        sent_late: null,
        reported_to_unit_id: null,
        reported_at: null,
        created_by: ctx.actor.userId,
      };
    });
    await tq.insertTopics(tx, rows);
    for (const row of rows) {
      await recordChange(tx, ctx.actor, { action: 'propose', entityType: 'topic', entityId: row.id, unitPath: unit.path, before: null, after: { year: row.year, quarter: row.quarter, title: row.title, catalogue_item_id: row.catalogue_item_id, planned_on: row.planned_on } });
    }
    return rows.map((row) => row.id);
  });
  return { ...(await listTopics(ctx, input.unitId, input.year)), created: ids };
}

export async function updateTopicFields(ctx: ServiceContext, topicId: string, patch: { title?: string; quarter?: number; plannedOn?: string | null }) {
  await ctx.db.transaction().execute(async (tx) => {
    const topic = await tq.lockTopic(tx, ctx.actor.tenantId, topicId);
    if (!topic) throw notFound('topic');
    await requireLeadership(ctx, tx, { id: topic.unit_id, path: topic.unit_path });
    if (topic.state !== 'proposed' && topic.state !== 'decided') throw conflict('topic_action_refused', { reason: 'Chỉ sửa tên, quý và ngày của chuyên đề trước khi phân công xây dựng.' });
    const quarter = patch.quarter ?? topic.quarter;
    const plannedOn = patch.plannedOn !== undefined ? patch.plannedOn : topic.planned_on;
    if (plannedOn) checkPlannedDate(plannedOn, topic.year, quarter);
    const set: Updateable<ThematicTopicsTable> = { ...(patch.title ? { title: patch.title.trim() } : {}), quarter, planned_on: plannedOn };
    await tq.updateTopic(tx, topic.id, set);
    await recordChange(tx, ctx.actor, { action: 'update', entityType: 'topic', entityId: topic.id, unitPath: topic.unit_path, before: { title: topic.title, quarter: topic.quarter, planned_on: topic.planned_on }, after: { title: patch.title ?? topic.title, quarter, planned_on: plannedOn } });
  });
  return getTopic(ctx, topicId);
}

/**
 * One step of the workflow: the topic is locked, the actor's capacities are worked out, the
 * domain state machine decides, then `apply` writes what the step records. A step the actor
 * may never take is 403; one taken from the wrong state is 409.
 */
async function step(
  ctx: ServiceContext,
  topicId: string,
  action: TopicAction,
  apply: (tx: Tx, topic: tq.TopicRecord) => Promise<{ set?: Updateable<ThematicTopicsTable>; audit?: Record<string, unknown>; warnings?: Warning[] }>,
) {
  const warnings = await ctx.db.transaction().execute(async (tx) => {
    const topic = await tq.lockTopic(tx, ctx.actor.tenantId, topicId);
    if (!topic) throw notFound('topic');
    const capacities = await capacitiesOf(ctx, tx, topic);
    const outcome = applyTopicAction(topic.state, action, capacities);
    if ('problem' in outcome) {
      const stateProblem = 'problem' in applyTopicAction(topic.state, action, ['leadership', 'drafter', 'member']);
      if (!stateProblem && !can(ctx.actor, 'unit.read', topic.unit_path) && !capacities.includes('drafter')) throw outOfScope();
      throw new AppError(stateProblem ? 409 : 403, 'topic_action_refused', { reason: outcome.problem });
    }
    const result = await apply(tx, topic);
    await tq.updateTopic(tx, topic.id, { ...result.set, state: outcome.state });
    await recordChange(tx, ctx.actor, { action, entityType: 'topic', entityId: topic.id, unitPath: topic.unit_path, before: { state: topic.state }, after: { state: outcome.state, ...result.audit } });
    return result.warnings ?? [];
  });
  return { topic: await getTopic(ctx, topicId), warnings };
}

export const decideTopic = (ctx: ServiceContext, topicId: string, input: { title?: string; plannedOn?: string } = {}) =>
  step(ctx, topicId, 'decide', async (_tx, topic) => {
    const plannedOn = input.plannedOn ?? topic.planned_on;
    if (!plannedOn) throw unprocessable('topic_needs_date');
    checkPlannedDate(plannedOn, topic.year, topic.quarter);
    const title = input.title?.trim() || topic.title;
    return { set: { title, planned_on: plannedOn }, audit: { title, planned_on: plannedOn } };
  });

export const assignDrafters = (ctx: ServiceContext, topicId: string, personIds: string[]) =>
  step(ctx, topicId, 'assign_drafters', async (tx, topic) => {
    const unique = [...new Set(personIds)];
    const members = new Set((await tq.activeMembersAmong(tx, topic.unit_id, unique)).map((row) => row.id));
    const outsider = unique.find((id) => !members.has(id));
    if (outsider) {
      const [person] = await q.selectPeopleByIds(tx, ctx.actor.tenantId, [outsider]);
      throw unprocessable('topic_drafter_not_member', { name: person?.full_name ?? outsider });
    }
    await tq.replaceDrafters(tx, ctx.actor.tenantId, topic.id, unique);
    return { audit: { drafters: unique } };
  });

async function addPaper(tx: Tx, ctx: ServiceContext, topic: tq.TopicRecord, kind: 'draft' | 'final', body: string, upload: Upload | null) {
  const text = sanitizeMinutes(body);
  if (!text && !upload) throw unprocessable('topic_paper_empty');
  const id = newId();
  const version = await tq.nextPaperVersion(tx, topic.id, kind);
  await tq.insertPaper(tx, { id, tenant_id: ctx.actor.tenantId, topic_id: topic.id, kind, version, body: text, review: kind === 'draft' ? 'pending' : 'none', review_comment: null, reviewed_by: null, reviewed_at: null, submitted_by: ctx.actor.userId });
  if (upload) await storeUpload(tx, ctx, { topicPaperId: id }, upload);
  return { paper_id: id, kind, version, file: upload?.filename ?? null };
}

export const submitDraft = (ctx: ServiceContext, topicId: string, body: string, upload: Upload | null = null) =>
  step(ctx, topicId, 'submit_draft', async (tx, topic) => ({ audit: await addPaper(tx, ctx, topic, 'draft', body, upload) }));

export const returnDraft = (ctx: ServiceContext, topicId: string, comment: string) =>
  step(ctx, topicId, 'return_draft', async (tx, topic) => {
    if (!comment.trim()) throw unprocessable('topic_comment_required');
    await tq.reviewPendingDraft(tx, topic.id, 'returned', comment.trim(), ctx.actor.userId);
    return { audit: { comment: comment.trim() } };
  });

export const approveDraft = (ctx: ServiceContext, topicId: string, comment?: string) =>
  step(ctx, topicId, 'approve_draft', async (tx, topic) => {
    await tq.reviewPendingDraft(tx, topic.id, 'approved', comment?.trim() || null, ctx.actor.userId);
    return {};
  });

/** The approved draft goes to every member; later than N days before the meeting it is flagged, not refused. */
export const sendToMembers = (ctx: ServiceContext, topicId: string, meetingId?: string) =>
  step(ctx, topicId, 'send_to_members', async (tx, topic) => {
    let current = topic;
    if (meetingId) {
      const meeting = await q.findMeeting(tx, ctx.actor.tenantId, meetingId);
      if (!meeting || meeting.status === 'cancelled') throw unprocessable('topic_meeting_invalid');
      await linkTopicToMeeting(tx, ctx, topic.id, { id: meeting.id, unitId: meeting.unit_id, kind: meeting.kind, startsAt: meeting.starts_at });
      current = (await tq.findTopic(tx, ctx.actor.tenantId, topic.id))!;
    }
    const meetingOn = meetingDayOf(current);
    if (!meetingOn) throw unprocessable('topic_needs_date');
    const today = vietnamToday();
    const days = sendDaysOf(current);
    const late = isSentLate(meetingOn, today, today, days);
    const warnings: Warning[] = late
      ? [{ code: 'sent_late', message: `Dự thảo được gửi đảng viên muộn: cần gửi trước buổi sinh hoạt (${formatDayMonthYear(meetingOn)}) ít nhất ${days} ngày.` }]
      : [];
    return { set: { sent_on: today, sent_late: late }, audit: { sent_on: today, sent_late: late, meeting_on: meetingOn }, warnings };
  });

/** After the meeting: the secretary's evaluation of the preparation and the conclusion; the meeting counts as held. */
export const recordMeeting = (ctx: ServiceContext, topicId: string, input: { evaluation: string; conclusion: string }) =>
  step(ctx, topicId, 'record_meeting', async (tx, topic) => {
    if (!topic.meeting_id) throw unprocessable('topic_needs_meeting');
    const meeting = await q.lockMeeting(tx, ctx.actor.tenantId, topic.meeting_id);
    await markHeldIn(tx, ctx, meeting!, new Date());
    return { set: { evaluation: input.evaluation.trim(), conclusion: input.conclusion.trim() }, audit: { meeting_id: topic.meeting_id } };
  });

export const finalizeTopic = (ctx: ServiceContext, topicId: string, body: string, upload: Upload | null = null) =>
  step(ctx, topicId, 'finalize', async (tx, topic) => ({ audit: await addPaper(tx, ctx, topic, 'final', body, upload) }));

/** The final paper goes to the cell's direct higher committee, whose inbox shows it (and every committee above). */
export const reportTopic = (ctx: ServiceContext, topicId: string) =>
  step(ctx, topicId, 'report', async (_tx, topic) => ({ set: { reported_to_unit_id: topic.unit_parent_id, reported_at: new Date() }, audit: { reported_to_unit_id: topic.unit_parent_id } }));

/** Topics reported by the cells under a unit, newest first: the higher committee's inbox. */
export async function topicReports(ctx: ServiceContext, query: { unitId: string; year?: number; limit?: number; offset?: number }) {
  const unit = await readableUnit(ctx, query.unitId);
  const limit = Math.min(query.limit ?? 50, 200);
  const rows = await tq.selectReportedTopics(ctx.db, ctx.actor.tenantId, unit.path, query.year, limit + 1, query.offset ?? 0);
  const page = rows.slice(0, limit);
  const drafters = await tq.selectDrafters(ctx.db, page.map((row) => row.id));
  return {
    items: page.map((row) => ({
      ...toTopicSummary(row, drafters),
      reportedTo: row.reported_to_unit_id ? { id: row.reported_to_unit_id, name: row.reported_to_name ?? '' } : null,
      conclusion: row.conclusion,
    })),
    hasMore: rows.length > limit,
  };
}

export async function readPaperFile(ctx: ServiceContext, fileId: string) {
  const file = await tq.findPaperFile(ctx.db, ctx.actor.tenantId, fileId);
  if (!file) throw notFound('file');
  await loadReadableTopic(ctx, file.topic_id);
  return file;
}
