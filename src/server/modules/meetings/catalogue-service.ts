import type { ServiceContext } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { readableUnit, unitForWrite } from '../units/service.ts';
import { topicPolicy } from './policy.ts';
import * as tq from './topic-queries.ts';

type ItemRow = Awaited<ReturnType<typeof tq.selectCatalogueFor>>[number];

const toItemView = (row: Pick<ItemRow, 'id' | 'unit_id' | 'unit_name' | 'year' | 'section' | 'position' | 'title' | 'document_id'>) => ({
  id: row.id,
  unit: { id: row.unit_id, name: row.unit_name },
  year: row.year,
  section: row.section,
  position: row.position,
  title: row.title,
  documentId: row.document_id,
});

/** The suggested topics a unit may choose from in a year: those of its own and every higher unit's guidance. */
export async function listCatalogue(ctx: ServiceContext, unitId: string, year: number) {
  const unit = await readableUnit(ctx, unitId);
  return (await tq.selectCatalogueFor(ctx.db, ctx.actor.tenantId, unit.path, year)).map(toItemView);
}

export async function createCatalogueItem(ctx: ServiceContext, input: { unitId: string; year: number; section: string; title: string; position?: number; documentId?: string | null }) {
  const id = newId();
  const view = await ctx.db.transaction().execute(async (tx) => {
    const unit = await unitForWrite(tx, ctx, input.unitId);
    topicPolicy.editCatalogue(ctx.actor, unit.path);
    const row = {
      id,
      tenant_id: ctx.actor.tenantId,
      unit_id: unit.id,
      year: input.year,
      section: input.section.trim(),
      position: input.position ?? (await tq.nextCataloguePosition(tx, unit.id, input.year)),
      title: input.title.trim(),
      document_id: input.documentId ?? null,
    };
    await tx.insertInto('topic_catalogue_items').values(row).execute();
    await recordChange(tx, ctx.actor, { action: 'create', entityType: 'catalogue_item', entityId: id, unitPath: unit.path, before: null, after: row });
    return toItemView({ ...row, unit_name: unit.name });
  });
  return view;
}

export async function updateCatalogueItem(ctx: ServiceContext, itemId: string, patch: { section?: string; title?: string; position?: number }) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await tq.findCatalogueItem(tx, ctx.actor.tenantId, itemId);
    if (!before) throw notFound('catalogue_item');
    topicPolicy.editCatalogue(ctx.actor, before.unit_path);
    const set = { ...(patch.section ? { section: patch.section.trim() } : {}), ...(patch.title ? { title: patch.title.trim() } : {}), ...(patch.position ? { position: patch.position } : {}) };
    if (Object.keys(set).length > 0) await tx.updateTable('topic_catalogue_items').set(set).where('id', '=', itemId).execute();
    await recordChange(tx, ctx.actor, { action: 'update', entityType: 'catalogue_item', entityId: itemId, unitPath: before.unit_path, before: { section: before.section, title: before.title, position: before.position }, after: set });
    return toItemView({ ...before, ...set });
  });
}

/** An item a cell has chosen stays, so that the cell's topic keeps its source. */
export async function deleteCatalogueItem(ctx: ServiceContext, itemId: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const item = await tq.findCatalogueItem(tx, ctx.actor.tenantId, itemId);
    if (!item) throw notFound('catalogue_item');
    topicPolicy.editCatalogue(ctx.actor, item.unit_path);
    const used = await tq.countTopicsUsing(tx, itemId);
    if (used > 0) throw conflict('catalogue_item_in_use', { count: used });
    await tx.deleteFrom('topic_catalogue_items').where('id', '=', itemId).execute();
    await recordChange(tx, ctx.actor, { action: 'delete', entityType: 'catalogue_item', entityId: itemId, unitPath: item.unit_path, before: { section: item.section, title: item.title, year: item.year }, after: null });
  });
  return { ok: true as const };
}
