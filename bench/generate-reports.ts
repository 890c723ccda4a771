import { sql } from 'kysely';
import { deadlineOf } from '../src/domain/reports/schedule.ts';
import { parseTemplate, type ReportTemplate, type ReportTemplateInput } from '../src/domain/reports/template.ts';
import type { Db } from '../src/server/db/connection.ts';
import { newId } from '../src/server/db/ids.ts';

/**
 * Issue 5 "Scale": two years of quarterly reports for the generated city, written set-based in
 * SQL (not through the API) but as the API writes them: values keyed by field key, the
 * template's version 1, the receiving unit = the parent, the deadline of the period, state and
 * first_submitted_at as the workflow leaves them, an 'open' event and one per step taken.
 *
 * - `bench_quarterly` (defined at the city root): 20 numeric fields (11 sums, 3 averages, 2 min,
 *   2 max, 2 ratios), reported by every active base organization and cell for the 8 quarters of
 *   2025–2026. A past quarter: 6 % missing, 4 % drafts, 2 % returned, 43 % submitted, 45 %
 *   approved, one sent report in ten late (1–20 days). The current quarter (2026-Q4, not ended):
 *   40 % drafts, the rest not opened yet.
 * - `bench_rush` (same fields): a draft for every reporter for the 4 quarters of 2026 (84,000), the
 *   end-of-quarter rush's targets. `resetRushDrafts` puts them back to drafts for another run.
 */
export const quarterlyCode = 'bench_quarterly';
export const rushCode = 'bench_rush';
export const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
export const currentQuarter = '2026-Q4';
export const rushPeriods = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];

const int = (key: string, label: string, method: 'sum' | 'min' | 'max' | 'average', max = 100_000) => ({
  key,
  label,
  type: 'integer' as const,
  min: 0,
  max,
  required: method === 'sum',
  section: 'Số liệu',
  aggregation: { method },
});

export function benchTemplate(name: string): ReportTemplateInput {
  return {
    name,
    periodType: 'quarter',
    reporters: { by: 'unit_kind', kinds: ['base_committee', 'cell'] },
    recipient: { to: 'parent' },
    deadline: { rule: 'days_after_end', days: 10 },
    fields: [
      int('so_dang_vien', 'Số đảng viên', 'sum'),
      int('dang_vien_du_sinh_hoat', 'Số đảng viên dự sinh hoạt đầy đủ', 'sum'),
      int('dang_vien_moi', 'Số đảng viên mới kết nạp', 'sum'),
      int('quan_chung_uu_tu', 'Số quần chúng ưu tú được giới thiệu', 'sum'),
      int('chuyen_den', 'Số đảng viên chuyển đến', 'sum'),
      int('chuyen_di', 'Số đảng viên chuyển đi', 'sum'),
      int('khen_thuong', 'Số đảng viên được khen thưởng', 'sum'),
      int('ky_luat', 'Số đảng viên bị kỷ luật', 'sum'),
      int('buoi_sinh_hoat', 'Số buổi sinh hoạt', 'sum'),
      int('nhiem_vu_giao', 'Số nhiệm vụ được giao', 'sum'),
      int('nhiem_vu_xong', 'Số nhiệm vụ hoàn thành', 'sum'),
      { key: 'diem_tu_danh_gia', label: 'Điểm tự đánh giá', type: 'decimal', min: 0, max: 100, decimals: 1, section: 'Đánh giá', aggregation: { method: 'average' } },
      { key: 'ty_le_dong_dang_phi', label: 'Tỷ lệ đóng đảng phí đúng hạn', type: 'percent', section: 'Đánh giá', aggregation: { method: 'average' } },
      { key: 'gio_hoc_tap', label: 'Số giờ học tập nghị quyết bình quân', type: 'decimal', min: 0, max: 200, decimals: 1, section: 'Đánh giá', aggregation: { method: 'average' } },
      int('buoi_it_nhat', 'Số buổi sinh hoạt ít nhất của một tháng', 'min', 31),
      int('tuoi_dang_thap_nhat', 'Tuổi đảng thấp nhất', 'min', 80),
      int('buoi_nhieu_nhat', 'Số buổi sinh hoạt nhiều nhất của một tháng', 'max', 31),
      int('tuoi_dang_cao_nhat', 'Tuổi đảng cao nhất', 'max', 80),
      { key: 'ty_le_du_sinh_hoat', label: 'Tỷ lệ dự sinh hoạt', type: 'percent', section: 'Tỷ lệ', aggregation: { method: 'ratio', numerator: 'dang_vien_du_sinh_hoat', denominator: 'so_dang_vien' } },
      { key: 'ty_le_hoan_thanh', label: 'Tỷ lệ hoàn thành nhiệm vụ', type: 'percent', section: 'Tỷ lệ', aggregation: { method: 'ratio', numerator: 'nhiem_vu_xong', denominator: 'nhiem_vu_giao' } },
    ],
    rules: [
      { left: 'nhiem_vu_xong', op: 'lte', right: 'nhiem_vu_giao' },
      { left: 'dang_vien_du_sinh_hoat', op: 'lte', right: 'so_dang_vien' },
    ],
  };
}

/** Valid values for a submission of the bench template (what a unit types), varied by `seed`. */
export function submissionValues(seed: number): Record<string, number> {
  const members = 5 + (seed % 40);
  const given = 3 + (seed % 12);
  return {
    so_dang_vien: members,
    dang_vien_du_sinh_hoat: members - (seed % 5),
    dang_vien_moi: seed % 3,
    quan_chung_uu_tu: seed % 4,
    chuyen_den: seed % 2,
    chuyen_di: (seed >> 1) % 2,
    khen_thuong: seed % 6,
    ky_luat: seed % 17 === 0 ? 1 : 0,
    buoi_sinh_hoat: 3 + (seed % 3),
    nhiem_vu_giao: given,
    nhiem_vu_xong: given - (seed % 3),
    diem_tu_danh_gia: 70 + (seed % 300) / 10,
    ty_le_dong_dang_phi: 80 + (seed % 21),
    gio_hoc_tap: 4 + (seed % 80) / 10,
    buoi_it_nhat: 1,
    tuoi_dang_thap_nhat: 1 + (seed % 5),
    buoi_nhieu_nhat: 2 + (seed % 3),
    tuoi_dang_cao_nhat: 30 + (seed % 40),
  };
}

function parsed(input: ReportTemplateInput): ReportTemplate {
  const result = parseTemplate(input);
  if (!result.ok) throw new Error(`bench template refused: ${JSON.stringify(result.issues)}`);
  return result.template;
}

/** The SQL expression of the values a unit sends, random per row (`x` columns in 0–1). */
const valuesSql = sql`jsonb_build_object(
  'so_dang_vien', v.members, 'dang_vien_du_sinh_hoat', v.members - floor(v.x1 * 5)::int,
  'dang_vien_moi', floor(v.x2 * 3)::int, 'quan_chung_uu_tu', floor(v.x3 * 4)::int,
  'chuyen_den', floor(v.x1 * 2)::int, 'chuyen_di', floor(v.x2 * 2)::int,
  'khen_thuong', floor(v.x3 * 6)::int, 'ky_luat', CASE WHEN v.x1 < 0.05 THEN 1 ELSE 0 END,
  'buoi_sinh_hoat', 3 + floor(v.x2 * 3)::int, 'nhiem_vu_giao', v.given, 'nhiem_vu_xong', v.given - floor(v.x3 * 3)::int,
  'diem_tu_danh_gia', round((70 + v.x1 * 30)::numeric, 1), 'ty_le_dong_dang_phi', round((80 + v.x2 * 20)::numeric, 1),
  'gio_hoc_tap', round((4 + v.x3 * 8)::numeric, 1), 'buoi_it_nhat', 1 + floor(v.x1 * 2)::int,
  'tuoi_dang_thap_nhat', 1 + floor(v.x2 * 5)::int, 'buoi_nhieu_nhat', 2 + floor(v.x3 * 3)::int,
  'tuoi_dang_cao_nhat', 30 + floor(v.x1 * 40)::int)`;

async function insertTemplate(db: Db, tenantId: string, rootId: string, adminId: string, code: string, definition: ReportTemplate): Promise<string> {
  const id = newId();
  await db.insertInto('report_templates').values({ id, tenant_id: tenantId, unit_id: rootId, code, name: definition.name, created_by: adminId }).execute();
  await db.insertInto('report_template_versions').values({ id: newId(), template_id: id, version: 1, definition: JSON.stringify(definition), created_by: adminId }).execute();
  return id;
}

export async function findBenchTemplate(db: Db, rootId: string, code: string): Promise<string | null> {
  const row = await db.selectFrom('report_templates').select('id').where('unit_id', '=', rootId).where('code', '=', code).executeTakeFirst();
  return row?.id ?? null;
}

export async function generateReports(db: Db, tenantId: string, rootId: string, adminId: string): Promise<{ templateId: string; rushTemplateId: string; reports: number }> {
  return db.transaction().execute(async (tx) => {
    const quarterly = parsed(benchTemplate('Báo cáo công tác đảng hằng quý (đo hiệu năng)'));
    const rush = parsed(benchTemplate('Báo cáo nhanh cuối quý (đo tải)'));
    const templateId = await insertTemplate(tx, tenantId, rootId, adminId, quarterlyCode, quarterly);
    const rushTemplateId = await insertTemplate(tx, tenantId, rootId, adminId, rushCode, rush);
    const periods = sql.raw(quarters.map((period) => `('${period}', DATE '${deadlineOf(quarterly.deadline, period)}', ${period === currentQuarter})`).join(', '));
    // One random draw per unit × period decides the fate of its report.
    await sql`
      CREATE TEMP TABLE bench_fates ON COMMIT DROP AS
      SELECT u.id AS unit_id, u.parent_id, u.kind, p.period, p.deadline, p.current, random() AS fate, random() AS x1, random() AS x2, random() AS x3
      FROM org_units u CROSS JOIN (VALUES ${periods}) AS p(period, deadline, current)
      WHERE u.tenant_id = ${tenantId} AND u.is_active AND u.kind IN ('base_committee', 'cell') AND u.parent_id IS NOT NULL`.execute(tx);
    const inserted = await sql`
      INSERT INTO reports (id, tenant_id, template_id, version, unit_id, receiver_unit_id, period, deadline, state, values,
                           first_submitted_at, submitted_at, decided_at, decided_by, comment, created_at, created_by, updated_at, updated_by)
      SELECT gen_random_uuid(), ${tenantId}, ${templateId}, 1, f.unit_id, f.parent_id, f.period, f.deadline, s.state,
             CASE WHEN s.state = 'draft' AND f.fate < 0.08 THEN '{}'::jsonb ELSE ${valuesSql} END,
             t.sent, t.sent, CASE WHEN s.state IN ('approved', 'returned') THEN t.sent + interval '3 days' END,
             CASE WHEN s.state IN ('approved', 'returned') THEN ${adminId}::uuid END,
             CASE WHEN s.state = 'returned' THEN 'Đề nghị bổ sung số liệu đảng viên mới.' END,
             t.opened, ${adminId}, coalesce(t.sent, t.opened), ${adminId}
      FROM bench_fates f
      CROSS JOIN LATERAL (SELECT
        CASE WHEN f.current THEN CASE WHEN f.fate < 0.40 THEN 'draft' END
             WHEN f.fate < 0.06 THEN NULL WHEN f.fate < 0.10 THEN 'draft' WHEN f.fate < 0.12 THEN 'returned'
             WHEN f.fate < 0.55 THEN 'submitted' ELSE 'approved' END AS state) s
      CROSS JOIN LATERAL (SELECT CASE WHEN f.kind = 'cell' THEN 5 + floor(f.x1 * 35)::int ELSE 40 + floor(f.x1 * 300)::int END AS members,
                                 3 + floor(f.x2 * 12)::int AS given, f.x1, f.x2, f.x3) v
      CROSS JOIN LATERAL (SELECT
        (f.deadline::timestamp + interval '16 hours' + (CASE WHEN f.x3 < 0.10 THEN 1 + floor(f.x2 * 20)::int ELSE -floor(f.x2 * 15)::int END) * interval '1 day') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS sent_at,
        (f.deadline - 25)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS opened) t0
      CROSS JOIN LATERAL (SELECT CASE WHEN s.state IN ('submitted', 'approved', 'returned') THEN t0.sent_at END AS sent,
                                 CASE WHEN f.current THEN now() - interval '20 days' ELSE t0.opened END AS opened) t
      WHERE s.state IS NOT NULL`.execute(tx);
    await sql`
      INSERT INTO reports (id, tenant_id, template_id, version, unit_id, receiver_unit_id, period, deadline, state, values, created_at, created_by, updated_at, updated_by)
      SELECT gen_random_uuid(), ${tenantId}, ${rushTemplateId}, 1, f.unit_id, f.parent_id, f.period, f.deadline, 'draft', '{}'::jsonb, now(), ${adminId}, now(), ${adminId}
      FROM bench_fates f WHERE f.period = ANY(${rushPeriods}::text[])`.execute(tx);
    // History as the API leaves it: opened, then each step taken.
    await sql`
      INSERT INTO report_events (id, tenant_id, report_id, action, comment, at, by)
      SELECT gen_random_uuid(), r.tenant_id, r.id, e.action, e.comment, e.at, ${adminId}
      FROM reports r
      CROSS JOIN LATERAL (VALUES ('open', NULL, r.created_at), ('submit', NULL, r.first_submitted_at), ('approve', NULL, r.decided_at), ('return', r.comment, r.decided_at)) AS e(action, comment, at)
      WHERE r.template_id IN (${templateId}, ${rushTemplateId})
        AND (e.action = 'open' OR (e.action = 'submit' AND r.first_submitted_at IS NOT NULL)
             OR (e.action = 'approve' AND r.state = 'approved') OR (e.action = 'return' AND r.state = 'returned'))`.execute(tx);
    return { templateId, rushTemplateId, reports: Number(inserted.numAffectedRows ?? 0) };
  });
}

/** Puts the rush template's reports back to untouched drafts, so the rush can run again. */
export async function resetRushDrafts(db: Db, rushTemplateId: string): Promise<number> {
  const result = await sql`
    UPDATE reports SET state = 'draft', values = '{}'::jsonb, first_submitted_at = NULL, submitted_at = NULL, decided_at = NULL, decided_by = NULL, comment = NULL
    WHERE template_id = ${rushTemplateId} AND state <> 'draft'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
