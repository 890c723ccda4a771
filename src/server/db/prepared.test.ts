import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { prepared } from './prepared.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('statements marked as prepared', () => {
  it('are prepared once on their connection and answer as before; others are not prepared', async () => {
    const { code } = await t.db.selectFrom('org_units').select('code').where('code', '=', 'DUK').executeTakeFirstOrThrow();
    // One transaction: every statement on the same connection, where prepared statements live.
    const seen = await t.db.transaction().execute(async (tx) => {
      const marked = (unitCode: string) => tx.selectFrom('org_units').select(['code', 'name']).where('code', '=', unitCode).modifyEnd(prepared).executeTakeFirst();
      const first = await marked(code);
      const again = await marked(code);
      const other = await marked('SGDDT');
      await tx.selectFrom('org_units').select('id').where('code', '=', code).execute();
      const statements = await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(tx);
      return { first, again, other, statements: statements.rows.map((row) => row.statement) };
    });
    expect(seen.first).toMatchObject({ code: 'DUK' });
    expect(seen.again).toEqual(seen.first);
    expect(seen.other).toMatchObject({ code: 'SGDDT' });
    expect(seen.statements.filter((statement) => statement.includes('"name"') && statement.endsWith('/* prepared */'))).toHaveLength(1);
    expect(seen.statements.some((statement) => statement.startsWith('select "id" from "org_units"'))).toBe(false);
  });
});
