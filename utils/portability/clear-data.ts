import type { ParallaxDB } from '../db/parallax-db';
import type { Outlet } from '../outlets/outlet';
import { readNotices, type DataNotice } from '../db/notices';

/**
 * Forgets everything: the reader's sources, ratings, settings, and every trace of their reading
 * (indexed articles, stories, feed state, feedback). The bundled registry is loaded first, then
 * everything is replaced in one transaction, so a failure leaves the old data intact.
 */
export async function clearAllData(db: ParallaxDB, loadBundled: () => Promise<Outlet[]>, datasetVersion: string) {
  const bundled = await loadBundled();
  const counts: Record<string, number> = {};
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      counts[table.name] = await table.count();
      await table.clear();
    }
    await db.outlets.bulkPut(bundled);
    await db.settings.put({ key: 'outletsDataset', value: datasetVersion });
  });
  return { cleared: counts, outlets: bundled.length };
}

export interface StorageUsage {
  /** Bytes used by the extension's origin, when the browser says. */
  usage: number | null;
  quota: number | null;
  rows: Record<string, number>;
  /** What the background did to the data on its own (disk full, database rebuilt), newest first. */
  notices: DataNotice[];
}

export async function storageUsage(
  db: ParallaxDB,
  estimate: (() => Promise<{ usage?: number; quota?: number }>) | undefined,
): Promise<StorageUsage> {
  const rows: Record<string, number> = {};
  for (const table of db.tables) rows[table.name] = await table.count();
  const e = await estimate?.().catch(() => null);
  return { usage: e?.usage ?? null, quota: e?.quota ?? null, rows, notices: await readNotices(db) };
}
