import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { restoreBackup, writeBackup } from './backup.ts';

let t: TestApp;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-backup-'));
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const count = async (table: 'people' | 'org_units' | 'memberships') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('backup and restore', () => {
  it('restores exactly what was backed up, discarding later changes', async () => {
    const file = path.join(folder, 'backup.jsonl.gz');
    const counts = await writeBackup(t.db, file);
    expect(counts.people).toBe(await count('people'));
    const admin = await t.signIn('quantri');
    await admin.post('/api/v1/people', { fullName: 'Người Sau Sao Lưu', unitId: await t.unitId('STP-CB1'), partyStatus: 'full' });
    await admin.post(`/api/v1/units/${await t.unitId('STP-CB1')}/move`, { newParentId: await t.unitId('SNV') });
    const restored = await restoreBackup(t.db, file);
    expect(restored.people).toBe(counts.people);
    expect(await count('people')).toBe(counts.people);
    const moved = await t.db.selectFrom('org_units').select('parent_id').where('code', '=', 'STP-CB1').executeTakeFirstOrThrow();
    expect(moved.parent_id).toBe(await t.unitId('STP'));
    expect((await t.signIn('quantri')).cookie).toMatch(/congtac_session=/);
  });

  it('refuses a file that is not a backup and leaves the data alone', async () => {
    const file = path.join(folder, 'not-a-backup.gz');
    const { gzipSync } = await import('node:zlib');
    fs.writeFileSync(file, gzipSync('{"hello":"world"}\n'));
    const before = await count('memberships');
    await expect(restoreBackup(t.db, file)).rejects.toThrow(/không phải tệp sao lưu/);
    expect(await count('memberships')).toBe(before);
  });
});
