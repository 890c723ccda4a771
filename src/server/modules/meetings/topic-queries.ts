import { type Insertable, sql, type Updateable } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Database, ThematicTopicsTable } from '../../db/schema.ts';
import type { Executor } from './queries.ts';

function topicQuery(db: Executor, tenantId: string) {
  return db
    .selectFrom('thematic_topics as t')
    .innerJoin('org_units as u', 'u.id', 't.unit_id')
    .leftJoin('meetings as m', 'm.id', 't.meeting_id')
    .leftJoin('topic_catalogue_items as c', 'c.id', 't.catalogue_item_id')
    .selectAll('t')
    .select([
      'u.path as unit_path',
      'u.name as unit_name',
      'u.parent_id as unit_parent_id',
      'm.starts_at as meeting_starts_at',
      'm.status as meeting_status',
      'm.send_days_before as meeting_send_days_before',
      'c.title as catalogue_title',
      'c.section as catalogue_section',
    ])
    .where('t.tenant_id', '=', tenantId);
}

export type TopicRecord = NonNullable<Awaited<ReturnType<typeof findTopic>>>;

export function findTopic(db: Executor, tenantId: string, id: string) {
  return topicQuery(db, tenantId).where('t.id', '=', id).executeTakeFirst();
}

export async function lockTopic(tx: Tx, tenantId: string, id: string) {
  const locked = await tx.selectFrom('thematic_topics').select('id').where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
  return locked ? findTopic(tx, tenantId, id) : undefined;
}

export function selectTopics(db: Executor, tenantId: string, unitId: string, year: number) {
  return topicQuery(db, tenantId).where('t.unit_id', '=', unitId).where('t.year', '=', year).orderBy('t.quarter').orderBy(sql`t.planned_on NULLS LAST`).orderBy('t.created_at').execute();
}

export function insertTopics(tx: Tx, rows: Insertable<ThematicTopicsTable>[]) {
  return tx.insertInto('thematic_topics').values(rows).execute();
}

export function updateTopic(tx: Tx, id: string, set: Updateable<ThematicTopicsTable>) {
  return tx.updateTable('thematic_topics').set({ ...set, updated_at: new Date() }).where('id', '=', id).execute();
}

export function selectDrafters(db: Executor, topicIds: string[]) {
  if (topicIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('topic_drafters as d')
    .innerJoin('people as p', 'p.id', 'd.person_id')
    .select(['d.topic_id', 'p.id', 'p.full_name'])
    .where('d.topic_id', 'in', topicIds)
    .orderBy('p.full_name')
    .execute();
}

export async function replaceDrafters(tx: Tx, tenantId: string, topicId: string, personIds: string[]) {
  await tx.deleteFrom('topic_drafters').where('topic_id', '=', topicId).execute();
  await tx
    .insertInto('topic_drafters')
    .values(personIds.map((personId) => ({ topic_id: topicId, person_id: personId, tenant_id: tenantId })))
    .execute();
}

/** Whether the person holds a leadership position (secretary, deputy, committee member) in the cell now. */
export async function holdsLeadership(db: Executor, personId: string, unitId: string) {
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('person_id', '=', personId)
    .where('unit_id', '=', unitId)
    .where('ended_on', 'is', null)
    .where('position', 'in', ['secretary', 'deputy_secretary', 'committee_member'])
    .executeTakeFirst();
  return Boolean(row);
}

/** The people among `personIds` who are active members of the unit. */
export function activeMembersAmong(db: Executor, unitId: string, personIds: string[]) {
  return db
    .selectFrom('memberships as ms')
    .innerJoin('people as p', 'p.id', 'ms.person_id')
    .select(['p.id', 'p.full_name'])
    .where('ms.unit_id', '=', unitId)
    .where('ms.ended_on', 'is', null)
    .where('ms.person_id', 'in', personIds)
    .execute();
}

export function selectPapers(db: Executor, topicId: string) {
  return db
    .selectFrom('topic_papers as tp')
    .leftJoin('users as s', 's.id', 'tp.submitted_by')
    .leftJoin('users as r', 'r.id', 'tp.reviewed_by')
    .selectAll('tp')
    .select(['s.display_name as submitted_by_name', 'r.display_name as reviewed_by_name'])
    .where('tp.topic_id', '=', topicId)
    .orderBy('tp.created_at')
    .execute();
}

export function selectPaperFiles(db: Executor, paperIds: string[]) {
  if (paperIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('stored_files')
    .select(['id', 'topic_paper_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at'])
    .where('topic_paper_id', 'in', paperIds)
    .orderBy('created_at')
    .execute();
}

export async function nextPaperVersion(tx: Tx, topicId: string, kind: 'draft' | 'final') {
  const row = await tx
    .selectFrom('topic_papers')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('topic_id', '=', topicId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(row?.version ?? 0) + 1;
}

export function insertPaper(tx: Tx, row: Insertable<Database['topic_papers']>) {
  return tx.insertInto('topic_papers').values(row).execute();
}

/** The review of the draft waiting for it. */
export function reviewPendingDraft(tx: Tx, topicId: string, review: 'returned' | 'approved', comment: string | null, userId: string) {
  return tx
    .updateTable('topic_papers')
    .set({ review, review_comment: comment, reviewed_by: userId, reviewed_at: new Date() })
    .where('topic_id', '=', topicId)
    .where('kind', '=', 'draft')
    .where('review', '=', 'pending')
    .execute();
}

export function findPaperFile(db: Executor, tenantId: string, fileId: string) {
  return db
    .selectFrom('stored_files as f')
    .innerJoin('topic_papers as tp', 'tp.id', 'f.topic_paper_id')
    .select(['f.id', 'f.filename', 'f.content_type', 'f.content', 'tp.topic_id'])
    .where('f.tenant_id', '=', tenantId)
    .where('f.id', '=', fileId)
    .executeTakeFirst();
}

/** Suggested topics of the guidance of the cell's higher units (and its own) for a year. */
export function selectCatalogueFor(db: Executor, tenantId: string, cellPath: string, year: number) {
  return db
    .selectFrom('topic_catalogue_items as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .select(['c.id', 'c.unit_id', 'c.year', 'c.section', 'c.position', 'c.title', 'c.document_id', 'u.name as unit_name', 'u.path as unit_path'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.year', '=', year)
    .where(sql<boolean>`u.path @> ${cellPath}::ltree`)
    .orderBy(sql`nlevel(u.path)`)
    .orderBy('c.position')
    .execute();
}

export function findCatalogueItem(db: Executor, tenantId: string, id: string) {
  return db
    .selectFrom('topic_catalogue_items as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function nextCataloguePosition(tx: Tx, unitId: string, year: number) {
  const row = await tx.selectFrom('topic_catalogue_items').select((eb) => eb.fn.max('position').as('position')).where('unit_id', '=', unitId).where('year', '=', year).executeTakeFirst();
  return Number(row?.position ?? 0) + 1;
}

export async function countTopicsUsing(db: Executor, itemId: string) {
  const row = await db.selectFrom('thematic_topics').select((eb) => eb.fn.countAll<number>().as('n')).where('catalogue_item_id', '=', itemId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Topics reported by the cells under a unit: the higher committee's inbox. */
export function selectReportedTopics(db: Executor, tenantId: string, underPath: string, year: number | undefined, limit: number, offset: number) {
  let query = topicQuery(db, tenantId)
    .leftJoin('org_units as r', 'r.id', 't.reported_to_unit_id')
    .select(['r.name as reported_to_name'])
    .where('t.state', '=', 'reported')
    .where(sql<boolean>`u.path <@ ${underPath}::ltree`);
  if (year) query = query.where('t.year', '=', year);
  return query.orderBy('t.reported_at', 'desc').orderBy('t.id').limit(limit).offset(offset).execute();
}
