import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DataDirLockedError, openEmbedded } from '../db/embedded.ts';
import { runCreateAdmin } from './create-admin.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-cli-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('embedded database folder', () => {
  it('refuses a second process on the same folder with a clear message', async () => {
    const dataDir = path.join(folder, 'locked');
    const first = await openEmbedded(dataDir);
    await expect(openEmbedded(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(openEmbedded(dataDir)).rejects.toThrow(/đang được một tiến trình Congtac khác sử dụng/);
    await first.pglite.close();
    await first.release();
    const again = await openEmbedded(dataDir);
    await again.pglite.close();
    await again.release();
  });
});

describe('congtac create-admin', () => {
  it('creates the root and an admin with a one-time password on an empty database', async () => {
    vi.stubEnv('DATA_DIR', path.join(folder, 'fresh'));
    vi.stubEnv('DATABASE_URL', '');
    const output: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.push(String(chunk));
      return true;
    });
    const errors = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      output.push(String(chunk));
      return true;
    });
    try {
      expect(await runCreateAdmin(['quantri', 'Quản', 'trị', '--root', 'Đảng bộ Thử nghiệm'])).toBe(0);
      expect(output.join('')).toMatch(/Đã tạo tài khoản quản trị "quantri" tại Đảng bộ Thử nghiệm\.\nMật khẩu tạm .*: [A-Za-z0-9]{12}/);
      expect(await runCreateAdmin(['quantri'])).toBe(1);
      expect(output.join('')).toMatch(/đã tồn tại/);
      expect(await runCreateAdmin(['x'])).toBe(2);
    } finally {
      write.mockRestore();
      errors.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
