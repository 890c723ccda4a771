import { sql } from 'kysely';
import { currentQuarter, findBenchTemplate, generateReports, quarterlyCode } from './generate-reports.ts';
import { dropSummariesAbove } from '../src/server/modules/reports/rollup-summary-queries.ts';
import { vietnamToday } from '../src/domain/task-status.ts';
import { keepRollupSummaries } from '../src/server/modules/reports/rollup-keeping.ts';
import { type BenchContext, httpClient, measure, type Measurement, percentiles } from './lib.ts';

/**
 * The hourly job that keeps roll-up summaries (every template of the city, the current and the
 * previous period): once from nothing kept, once with everything kept. Its budget is its hour.
 */
async function jobRuns(db: BenchContext['db']): Promise<Measurement[]> {
  const run = async () => {
    const started = performance.now();
    await keepRollupSummaries(db, { today: vietnamToday() });
    return performance.now() - started;
  };
  await db.deleteFrom('report_rollup_summaries').execute();
  const fromNothing = await run();
  const kept = [await run(), await run(), await run()];
  return [
    { name: 'job keeping roll-up summaries, from nothing kept (every template, two periods each)', ...percentiles([fromNothing]), budget: 3_600_000 },
    { name: 'job keeping roll-up summaries, everything kept', ...percentiles(kept), budget: 3_600_000 },
  ];
}

/** The generated quarterly template of the city (generated on first use) and the rush template. */
export async function ensureReports({ db, rootId, login }: Pick<BenchContext, 'db' | 'rootId' | 'login'>) {
  const { tenant_id: tenantId } = await db.selectFrom('org_units').select('tenant_id').where('id', '=', rootId).executeTakeFirstOrThrow();
  const existing = await findBenchTemplate(db, rootId, quarterlyCode);
  if (existing) return { tenantId, templateId: existing };
  const admin = await db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirstOrThrow();
  process.stdout.write('Generating two years of quarterly reports (21,000 reporters × 8 quarters) and the rush drafts…\n');
  const started = Date.now();
  const generated = await generateReports(db, tenantId, rootId, admin.id);
  await sql`ANALYZE reports`.execute(db);
  await sql`ANALYZE report_events`.execute(db);
  process.stdout.write(`… ${generated.reports} quarterly reports in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return { tenantId, templateId: generated.templateId };
}

/**
 * Issue 5 "Scale": the roll-up (figures, completeness, timeliness, drill-down) of one quarter
 * of the 20-field quarterly template, for the city root (21,000 reporting units) and for base
 * organizations (about 20 cells each), over HTTP as a signed-in admin of the root.
 */
export async function reportBenchmarks(context: BenchContext): Promise<Measurement[]> {
  const { baseUrl, login, password, rootId, db } = context;
  const { tenantId, templateId } = await ensureReports(context);
  const period = '2026-Q3';
  const client = await httpClient(baseUrl, login, password);
  const units = (kind: 'base_committee' | 'committee') =>
    db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).where('kind', '=', kind).where('parent_id', 'is not', null).where('is_active', '=', true).orderBy('id').limit(200).execute();
  const [bases, districts] = await Promise.all([units('base_committee'), units('committee')]);
  // The cells of one district, which its committee's staff would rename.
  const districtCells = await db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).where('kind', '=', 'cell').where(sql<boolean>`path <@ (SELECT path FROM org_units WHERE id = ${districts[0]!.id})`).orderBy('id').limit(50).execute();
  const cells = await db.selectFrom('org_units').select('path').where('tenant_id', '=', tenantId).where('kind', '=', 'cell').orderBy('id').limit(2000).execute();
  const rollupOf = (unitId: string, of: string) => client.get<{ completeness: { overall: { expected: number } } }>(`/api/v1/reports/rollup?templateId=${templateId}&unitId=${unitId}&period=${of}`);
  return [
    await measure(
      `GET /reports/rollup (root: 21,000 reporters, ${period}, 20 fields)`,
      300,
      async () => {
        const view = await rollupOf(rootId, period);
        if (view.completeness.overall.expected < 20_000) throw new Error(`root roll-up expects ${view.completeness.overall.expected}`);
      },
      50,
    ),
    await measure(`GET /reports/rollup (root, current quarter ${currentQuarter}: drafts and not yet due)`, 300, async () => void (await rollupOf(rootId, currentQuarter)), 50),
    await measure(
      `GET /reports/rollup (root, ${period}, right after a report of a cell changed: its district's summary computed again)`,
      300,
      async (i) => {
        const cell = cells[(i * 7919) % cells.length]!;
        await dropSummariesAbove(db, { templateId, period, unitPath: cell.path });
        await rollupOf(rootId, period);
      },
      50,
    ),
    await measure(
      `GET /reports/rollup (root, ${period}, cold: nothing kept — what the hourly job pays once per quarter and template version)`,
      300,
      async () => void (await rollupOf(rootId, period)),
      10,
      async () => void (await db.deleteFrom('report_rollup_summaries').where('template_id', '=', templateId).execute()),
    ),
    await measure(
      `GET /reports/rollup (root, ${period}, the first read of a quarter: its summaries kept by the hourly job)`,
      300,
      async () => void (await rollupOf(rootId, period)),
      10,
      async () => {
        await db.deleteFrom('report_rollup_summaries').where('template_id', '=', templateId).where('period', '=', period).execute();
        await keepRollupSummaries(db, { today: vietnamToday() });
      },
    ),
    ...(await jobRuns(db)),
    await measure(`GET /reports/rollup (a district committee, ${period})`, 300, async (i) => void (await rollupOf(districts[i % districts.length]!.id, period)), 100),
    await measure(`GET /reports/rollup (a base organization, ${period}; 200 different ones)`, 100, async (i) => void (await rollupOf(bases[i % bases.length]!.id, period))),
    // Last: for two minutes after a change of the tree no summary is kept, which would slow the others.
    await measure(
      `GET /reports/rollup (root, ${period}, right after a unit of the tree changed: a cell of one district renamed through the API)`,
      300,
      async () => void (await rollupOf(rootId, period)),
      30,
      async (i) => void (await client.patch(`/api/v1/units/${districtCells[i % districtCells.length]!.id}`, { name: `Chi bộ ${i + 1} (đổi tên)` })),
    ),
  ];
}
