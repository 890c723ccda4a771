import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPeriod, periodOf } from '../../../domain/periods.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';
import { addCells } from '../../testing/wide-tree.ts';
import { keepComplianceFigures } from './figures-keeping.ts';
import { KEEP_FROM_UNITS } from './kept-figures.ts';
import { thematicTarget } from '../../testing/targets.ts';

let t: TestApp;
let staff: Client;
let bloc: string;
let base: string;
let targetId: string;
const today = vietnamToday();
const quarter = formatPeriod(periodOf('quarter', today));
const matrixUrl = (fresh = false) => `/api/v1/compliance?unitId=${bloc}&period=${quarter}${fresh ? '&fresh=true' : ''}`;

interface Matrix {
  computedAt: string | null;
  total: { targetId: string; numerator: number; denominator: number }[];
}
const matrix = async (fresh = false) => {
  const response = await staff.get(matrixUrl(fresh));
  expect(response.statusCode).toBe(200);
  return response.json() as Matrix;
};
const keptRows = () => t.db.selectFrom('compliance_figures').select(['target_id', 'total', 'computed_at', 'as_of']).where('unit_id', '=', bloc).execute();

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.signIn('chuyenvien');
  [bloc, base] = await Promise.all([t.unitId('DUK'), t.unitId('SGDDT')]);
  const created = await staff.post('/api/v1/targets', thematicTarget(bloc, Number(today.slice(0, 4))));
  expect(created.statusCode).toBe(201);
  targetId = created.json().id;
});
afterAll(() => t.close());

describe('kept figures of a wide matrix', () => {
  it('reads a bloc committee’s few dozen cells live every time, keeping nothing', async () => {
    const first = await matrix();
    expect(first.computedAt).toBeNull();
    expect(await keptRows()).toEqual([]);
  });

  it('keeps the figures of a matrix over thousands of units and shows them, with when they were computed, until asked for fresh ones', async () => {
    await addCells(t.db, base, KEEP_FROM_UNITS);
    const computed = await matrix();
    expect(computed.computedAt).toBeNull();
    const measured = computed.total.find((figure) => figure.targetId === targetId)!;
    expect(measured.denominator).toBeGreaterThan(KEEP_FROM_UNITS);
    expect(await keptRows()).toHaveLength(1);

    // A meeting held since: the kept figure is shown (and says when it was computed) until one asks for a fresh one.
    const cell = await t.db.selectFrom('org_units').select('id').where('code', '=', 'WIDE-1').executeTakeFirstOrThrow();
    await sql`INSERT INTO meetings (id, tenant_id, unit_id, kind, title, starts_at, ends_at, status, check_in_code, invited_count, attended_count)
      SELECT gen_random_uuid(), tenant_id, id, 'thematic_cell', 'Sinh hoạt chuyên đề', now() - interval '2 hours', now() - interval '1 hour', 'held', '654321', 1, 1
      FROM org_units WHERE id = ${cell.id}`.execute(t.db);
    const kept = await matrix();
    expect(kept.computedAt).not.toBeNull();
    expect(Date.now() - Date.parse(kept.computedAt!)).toBeLessThan(60_000);
    expect(kept.total).toEqual(computed.total);

    const fresh = await matrix(true);
    expect(fresh.computedAt).toBeNull();
    expect(fresh.total.find((figure) => figure.targetId === targetId)!.numerator).toBeGreaterThan(measured.numerator);
    // The fresh figures are the kept ones now.
    expect((await matrix()).total).toEqual(fresh.total);
  });

  it('no longer shows a figure kept more than ten minutes ago, or on an earlier day', async () => {
    await t.db.updateTable('compliance_figures').set({ computed_at: sql`now() - interval '11 minutes'` }).where('unit_id', '=', bloc).execute();
    expect((await matrix()).computedAt).toBeNull();

    await t.db.updateTable('compliance_figures').set({ as_of: '2000-01-01' }).where('unit_id', '=', bloc).execute();
    expect((await matrix()).computedAt).toBeNull();
  });

  it('drops the kept figures of a target when the target changes', async () => {
    await matrix(true);
    expect(await keptRows()).toHaveLength(1);
    const changed = await staff.patch(`/api/v1/targets/${targetId}`, { value: 2 });
    expect(changed.statusCode).toBe(200);
    expect(await keptRows()).toEqual([]);
  });

  it('is refreshed by the job for the quarter in progress, and kept figures nobody can be shown are dropped', async () => {
    await matrix(true);
    const [before] = await keptRows();
    await t.db.updateTable('compliance_figures').set({ computed_at: sql`now() - interval '6 minutes'` }).where('unit_id', '=', bloc).execute();
    await t.db
      .insertInto('compliance_figures')
      .values({ target_id: targetId, unit_id: bloc, period: '2000-Q1', tenant_id: (await t.db.selectFrom('org_units').select('tenant_id').where('id', '=', bloc).executeTakeFirstOrThrow()).tenant_id, as_of: '2000-03-31', total: '{}', rows: '{}' })
      .execute();

    expect(await keepComplianceFigures(t.db, { today })).toEqual({ matrices: 1 });
    const after = await keptRows();
    expect(after).toHaveLength(1);
    expect(after[0]!.total).toEqual(before!.total);
    expect(Date.now() - after[0]!.computed_at.getTime()).toBeLessThan(60_000);
  });
});
