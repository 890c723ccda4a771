import { sql } from 'kysely';
import { formatPeriod, periodOf, previousPeriod } from '../../domain/periods.ts';
import { meetingsTemplateInput } from '../../domain/reports/test-fixtures.ts';
import { addDays, vietnamToday } from '../../domain/task-status.ts';
import type { Db } from '../db/connection.ts';
import { openReport, approveReport, saveDraft, submitReport } from '../modules/reports/report-service.ts';
import { createOpinionSummaryTemplate, createTemplate } from '../modules/reports/service.ts';
import { seedingActor } from './seed-plans.ts';

/** The base organizations whose cells have reports in the demo. */
const reportingBases = ['SGDDT', 'STP', 'SNV'];

/**
 * Periodic reporting on first start: the bloc committee's quarterly cell report and the ready
 * opinion-summary template, and the last quarter's reports of three base organizations' cells
 * in every state — on time, late, approved, a draft, and some not sent — so the report pages,
 * the roll-up and the reminders have something to show. The secretary of SGDDT-CB1 (`bithu`)
 * still owes hers.
 */
export async function seedDemoReports(db: Db, today = vietnamToday()): Promise<number> {
  const actor = await seedingActor(db);
  const ctx = { db, actor };
  const duk = await db.selectFrom('org_units').select(['id']).where('code', '=', 'DUK').executeTakeFirstOrThrow();
  const template = await createTemplate(ctx, { unitId: duk.id, definition: { ...meetingsTemplateInput, name: 'Báo cáo tình hình sinh hoạt chi bộ hằng quý' } });
  await createOpinionSummaryTemplate(ctx, { unitId: duk.id });

  const period = formatPeriod(previousPeriod(periodOf('quarter', today))!);
  const cells = await db
    .selectFrom('org_units as c')
    .innerJoin('org_units as b', 'b.id', 'c.parent_id')
    .select(['c.id', 'c.code', 'c.direct_party_members'])
    .where('b.code', 'in', reportingBases)
    .where('c.kind', '=', 'cell')
    .orderBy('c.code')
    .execute();
  let seeded = 0;
  for (const [index, cell] of cells.entries()) {
    if (cell.code === 'SGDDT-CB1' || index % 5 === 4) continue;
    const report = await openReport(ctx, { templateId: template.id, unitId: cell.id, period });
    const members = cell.direct_party_members || 5;
    const values = { members, attended: Math.max(0, members - (index % 3)), thematic_held: index % 4 !== 1, score: 7 + (index % 3), quality: index % 2 ? 'good' : 'fair', highlights: 'Chi bộ duy trì sinh hoạt định kỳ, triển khai học tập nghị quyết.' };
    seeded++;
    if (index % 5 === 3) {
      await saveDraft(ctx, report.id, { values });
      continue;
    }
    await submitReport(ctx, report.id, { values });
    // On time for most (two days before the deadline); every third one three days late.
    const sentOn = addDays(report.deadline, index % 3 === 2 ? 3 : -2);
    await sql`UPDATE reports SET first_submitted_at = ${`${sentOn}T10:00:00+07:00`}::timestamptz, submitted_at = ${`${sentOn}T10:00:00+07:00`}::timestamptz WHERE id = ${report.id}`.execute(db);
    if (index % 2 === 0) await approveReport(ctx, report.id, { acceptGap: true });
  }
  return seeded;
}
