import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import lockfile from 'proper-lockfile';

export const embeddedExtensions = { ltree, pg_trgm };

export class DataDirLockedError extends Error {
  constructor(dataDir: string) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình Congtac khác sử dụng. ` +
        `Hãy dừng tiến trình đó trước (The data folder is in use by another Congtac process).`,
    );
  }
}

/**
 * Opens the embedded database in `dataDir`, holding `<dataDir>.lock` for the life of the
 * process: a second PGlite on the same folder would silently lose data.
 */
export async function openEmbedded(dataDir: string): Promise<{ pglite: PGlite; release: () => Promise<void> }> {
  fs.mkdirSync(dataDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, { stale: 30_000, update: 10_000, realpath: false });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
  try {
    const pglite = new PGlite(dataDir, { extensions: embeddedExtensions });
    await pglite.waitReady;
    return { pglite, release };
  } catch (error) {
    await release();
    throw error;
  }
}

/** An in-memory database loaded from a dump: tests clone a migrated template this way. */
export async function openEmbeddedFromDump(dump: Blob): Promise<PGlite> {
  const pglite = new PGlite({ loadDataDir: dump, extensions: embeddedExtensions });
  await pglite.waitReady;
  return pglite;
}
