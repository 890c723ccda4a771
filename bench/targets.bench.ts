import { sql } from 'kysely';
import { generateMeetings } from '../src/server/commands/generate-meetings.ts';
import { formatPeriod, periodOf } from '../src/domain/periods.ts';
import { vietnamToday } from '../src/domain/task-status.ts';
import { type BenchContext, httpClient, measure, type Measurement } from './lib.ts';
import { ensureReports } from './reports.bench.ts';

/** The ten targets of the root measured by the benchmark: every metric, on cells and base organizations. */
function benchTargets(templateId: string, taskId: string | null) {
  const target = (text: string, metricKey: string, subjectKind: string, value: number, periodType: string, params: Record<string, string> = {}) => ({ text, metricKey, subjectKind, value, periodType, params, comparator: 'gte' });
  return [
    target('Sinh hoạt chuyên đề ít nhất 01 lần/quý', 'thematic_meetings_per_cell', 'cell', 1, 'quarter'),
    target('Ít nhất 04 chuyên đề trong năm', 'thematic_meetings_per_cell', 'cell', 4, 'year'),
    target('Sinh hoạt thường kỳ hằng tháng', 'regular_meetings_per_month', 'cell', 1, 'month'),
    target('Tỷ lệ dự sinh hoạt thường kỳ từ 90%', 'meeting_attendance_rate', 'cell', 90, 'quarter', { meetingKind: 'regular_cell' }),
    target('Tỷ lệ dự sinh hoạt chuyên đề từ 80%', 'meeting_attendance_rate', 'cell', 80, 'quarter', { meetingKind: 'thematic_cell' }),
    target('100% chi bộ báo cáo quý đúng hạn', 'reports_on_time_share', 'cell', 100, 'quarter', { templateId }),
    target('100% cơ sở báo cáo quý đúng hạn', 'reports_on_time_share', 'base_committee', 100, 'quarter', { templateId }),
    target('Tỷ lệ đóng đảng phí đúng hạn từ 95%', 'report_field', 'cell', 95, 'quarter', { templateId, field: 'ty_le_dong_dang_phi' }),
    target('Ít nhất 80% nhiệm vụ đúng hạn', 'tasks_done_on_time_share', 'base_committee', 80, 'quarter'),
    taskId
      ? target('100% cơ sở có kế hoạch cụ thể hóa', 'implementing_plan_share', 'base_committee', 100, 'year', { taskId })
      : target('Ít nhất 80% nhiệm vụ của chi bộ đúng hạn', 'tasks_done_on_time_share', 'cell', 80, 'quarter'),
  ];
}

/**
 * Issue 7 "Scale": with a year of meetings (12 regular and 4 thematic per cell) and two years of
 * quarterly reports, the compliance matrix of one quarter with ten targets — every metric — for
 * the city root (20 districts as rows, 20,000 cells and 1,000 base organizations measured) and
 * for base organizations (about 20 cells each), over HTTP as a signed-in admin of the root.
 */
export async function targetBenchmarks(context: BenchContext): Promise<Measurement[]> {
  const { baseUrl, login, password, rootId, db } = context;
  const { tenantId, templateId } = await ensureReports(context);
  const year = Number(vietnamToday().slice(0, 4));
  const held = await db.selectFrom('meetings').select('id').where('tenant_id', '=', tenantId).limit(1).executeTakeFirst();
  if (!held) {
    process.stdout.write('Generating a year of meetings for the targets (≈ 320,000 meetings)…\n');
    await generateMeetings(db, tenantId, year);
    // Vacuumed as autovacuum would have by the time anyone reads them (migration 0018): the meeting
    // metrics read an index only where the pages are marked all-visible. Twice: right after the
    // load, the first pass leaves the last pages (≈ 12 %) unmarked, as their rows are still too
    // recent for it; autovacuum's next pass would mark them.
    await sql`VACUUM ANALYZE meetings`.execute(db);
    await sql`VACUUM meetings`.execute(db);
  }
  const client = await httpClient(baseUrl, login, password);
  const existing = await db.selectFrom('targets').select('id').where('unit_id', '=', rootId).where('year', '=', year).execute();
  if (existing.length < 10) {
    const task = await db
      .selectFrom('tasks as t')
      .innerJoin('documents as d', 'd.id', 't.document_id')
      .innerJoin('document_issuers as i', 'i.document_id', 'd.id')
      .select('t.id')
      .where('i.unit_id', '=', rootId)
      .where('d.status', '=', 'issued')
      .limit(1)
      .executeTakeFirst();
    for (const target of benchTargets(templateId, task?.id ?? null).slice(existing.length)) await client.post('/api/v1/targets', { ...target, unitId: rootId, year });
  }
  const period = `${year}-Q3`;
  const currentQuarter = formatPeriod(periodOf('quarter', vietnamToday()));
  const bases = await db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).where('kind', '=', 'base_committee').orderBy('id').limit(200).execute();
  type Matrix = { columns: unknown[]; rows: unknown[]; computedAt: string | null };
  const matrixOf = (unitId: string, of: string, fresh = false) => client.get<Matrix>(`/api/v1/compliance?unitId=${unitId}&period=${of}${fresh ? '&fresh=true' : ''}`);
  // Every figure evaluated now (`fresh`): the work of the first reader after ten minutes without the job, and of the job.
  const rootEvaluated = (of: string) =>
    measure(
      `GET /compliance (root, ${of}, 10 targets, every figure evaluated now)`,
      1000,
      async () => {
        const matrix = await matrixOf(rootId, of, true);
        if (matrix.columns.length < 10) throw new Error(`the root's matrix has ${matrix.columns.length} targets`);
      },
      30,
    );
  return [
    await rootEvaluated(period),
    await rootEvaluated(currentQuarter),
    await measure(`GET /compliance (root, ${currentQuarter}, 10 targets, as served: the kept figures)`, 1000, async () => {
      const matrix = await matrixOf(rootId, currentQuarter);
      if (matrix.computedAt === null) throw new Error("the root's figures were not kept");
    }),
    await measure(`GET /compliance (a base organization, ${period}, 10 targets; 200 different ones)`, 150, async (i) => void (await matrixOf(bases[i % bases.length]!.id, period))),
  ];
}
