import type { ParallaxDB } from './parallax-db';

/**
 * Things the background had to do to the reader's data on its own, kept in the `settings` table so
 * the options page can say so: the disk filled up (oldest articles pruned), or the database could
 * not be opened and was rebuilt (utils/db/open-database.ts).
 */
export const STORAGE_NOTICE = 'storageNotice';
export const REBUILD_NOTICE = 'databaseNotice';

export interface StorageNotice {
  at: number;
  keptArticles: number;
}

export interface RebuildNotice {
  at: number;
  /** The error that made the database unreadable (its name and message). */
  reason: string;
  /** Rows of the reader's own data carried over, per table. */
  restored: Record<string, number>;
}

export interface DataNotice {
  kind: 'storage' | 'rebuilt';
  at: number;
  text: string;
}

/** The notices to show, newest first, in plain words. */
export async function readNotices(db: ParallaxDB): Promise<DataNotice[]> {
  const [storage, rebuilt] = await db.settings.bulkGet([STORAGE_NOTICE, REBUILD_NOTICE]);
  const notices: DataNotice[] = [];
  const s = storage?.value as StorageNotice | undefined;
  if (s && typeof s.at === 'number') {
    notices.push({
      kind: 'storage',
      at: s.at,
      text: `The disk was full, so the oldest articles were removed from the index (${s.keptArticles} kept). Parallax keeps working with a smaller index.`,
    });
  }
  const r = rebuilt?.value as RebuildNotice | undefined;
  if (r && typeof r.at === 'number') {
    const kept = Object.values(r.restored ?? {}).reduce((a, b) => a + b, 0);
    notices.push({
      kind: 'rebuilt',
      at: r.at,
      text: `The database could not be opened (${r.reason}), so it was rebuilt; articles are being fetched again from the feeds. ${kept} of your own settings, sources, ratings and corrections were kept.`,
    });
  }
  return notices.sort((a, b) => b.at - a.at);
}
