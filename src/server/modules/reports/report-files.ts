import type { FileKind } from '../../../domain/file-types.ts';
import { isEditable, type ReportState } from '../../../domain/reports/workflow.ts';
import type { ServiceContext } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { conflict, forbidden, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { storeUpload } from '../documents/files.ts';
import type { Upload } from '../documents/upload.ts';
import * as rq from './report-queries.ts';
import { getReport, readableReport } from './report-service.ts';

/** What a report may carry: the signed scan, a spreadsheet of details, photos. */
export const reportFileKinds = ['pdf', 'docx', 'xlsx', 'jpeg', 'png'] as const satisfies readonly FileKind[];
export const maxReportFiles = 20;

/** The reporting unit attaches files while the report is being written (draft or returned). */
async function reportForFiles(ctx: ServiceContext, id: string) {
  const { row, capacities } = await readableReport(ctx, id);
  if (!capacities.includes('reporter')) throw forbidden();
  if (!isEditable(row.state as ReportState)) throw conflict('report_action_refused', { reason: 'Báo cáo đã gửi hoặc đã duyệt; không thể thêm hay gỡ tệp đính kèm.' });
  return row;
}

/** Checked before the upload is read: an outsider learns nothing of the checks on its content. */
export async function checkCanAttach(ctx: ServiceContext, id: string) {
  await reportForFiles(ctx, id);
}

export async function attachReportFile(ctx: ServiceContext, id: string, upload: Upload) {
  const row = await reportForFiles(ctx, id);
  await ctx.db.transaction().execute(async (tx) => {
    const locked = await rq.lockReport(tx, ctx.actor.tenantId, id);
    if (!locked || !isEditable(locked.state as ReportState)) throw conflict('report_action_refused', { reason: 'Báo cáo đã gửi hoặc đã duyệt; không thể thêm tệp đính kèm.' });
    if ((await rq.countReportFiles(tx, id)) >= maxReportFiles) throw conflict('report_files_full', { max: maxReportFiles });
    const fileId = await storeUpload(tx, ctx, { reportId: id }, upload);
    await rq.insertEvent(tx, { id: newId(), tenantId: ctx.actor.tenantId, reportId: id, action: 'attach_file', comment: upload.filename, userId: ctx.actor.userId });
    await recordChange(tx, ctx.actor, { action: 'attach_file', entityType: 'report', entityId: id, unitPath: row.unit_path, before: null, after: { fileId, filename: upload.filename, sizeBytes: upload.content.length } });
  });
  return getReport(ctx, id);
}

export async function removeReportFile(ctx: ServiceContext, id: string, fileId: string) {
  const row = await reportForFiles(ctx, id);
  await ctx.db.transaction().execute(async (tx) => {
    const locked = await rq.lockReport(tx, ctx.actor.tenantId, id);
    if (!locked || !isEditable(locked.state as ReportState)) throw conflict('report_action_refused', { reason: 'Báo cáo đã gửi hoặc đã duyệt; không thể gỡ tệp đính kèm.' });
    const file = await rq.findReportFile(tx, id, fileId);
    if (!file || !(await rq.deleteReportFile(tx, id, fileId))) throw notFound('file');
    await rq.insertEvent(tx, { id: newId(), tenantId: ctx.actor.tenantId, reportId: id, action: 'remove_file', comment: file.filename, userId: ctx.actor.userId });
    await recordChange(tx, ctx.actor, { action: 'remove_file', entityType: 'report', entityId: id, unitPath: row.unit_path, before: { fileId, filename: file.filename }, after: null });
  });
  return getReport(ctx, id);
}

export async function readReportFile(ctx: ServiceContext, id: string, fileId: string) {
  await readableReport(ctx, id);
  const file = await rq.findReportFile(ctx.db, id, fileId);
  if (!file) throw notFound('file');
  return file;
}
