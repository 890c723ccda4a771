import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportPlanCommand } from './import-plan-command.ts';

const SEED = join(import.meta.dirname, 'fixtures', '003_2770ca0840fd47ad.txt');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runImportPlanCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'congtac-cli-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('congtac import-plan', () => {
  it('prints the extraction as JSON with --json', async () => {
    const { code, stdout, stderr } = await run([SEED, '--json']);
    expect([code, stderr]).toEqual([0, '']);
    const extraction = JSON.parse(stdout);
    expect(Object.keys(extraction)).toEqual(['document', 'sections', 'tasks', 'targets']);
    expect(extraction.document).toMatchObject({ number: '30', typeCode: 'KH', issuerCode: 'ĐUK', kind: 'plan' });
  });

  it('prints a summary for a person without --json', async () => {
    const { code, stdout } = await run([SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain('Kế hoạch số 30-KH/ĐUK: Đổi mới công tác tư tưởng trong tình hình mới');
    expect(stdout).toContain('Căn cứ: 59-KH/ĐUK (22/03/2022)');
    expect(stdout).toContain('II.1.2 Bí thư cấp ủy chủ trì');
    expect(stdout).toContain('[chủ trì: Bí thư cấp ủy; hàng năm]');
  });

  it('exits with 2 and a message for a missing, unsupported or unreadable file', async () => {
    const missing = await run([join(directory, 'khong-co.txt')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('Không tìm thấy tệp');

    const pdf = join(directory, 'ke-hoach.pdf');
    await writeFile(pdf, '%PDF-1.4');
    const unsupported = await run([pdf, '--json']);
    expect(unsupported.code).toBe(2);
    expect(unsupported.stderr).toContain('Không hỗ trợ loại tệp này');

    const damaged = join(directory, 'hong.docx');
    await writeFile(damaged, 'not a zip');
    const unreadable = await run([damaged]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('Không đọc được tệp');

    const folder = await run([directory]);
    expect(folder.code).toBe(2);
  });

  it('exits with 2 and the usage on bad arguments', async () => {
    for (const argv of [[], ['a.txt', 'b.txt'], [SEED, '--yaml']]) {
      const { code, stderr } = await run(argv);
      expect(code).toBe(2);
      expect(stderr).toContain('Cách dùng: congtac import-plan');
    }
  });

  it('prints the usage with --help', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stderr: '' });
  });
});
