import type { ParallaxDB } from '../db/parallax-db';
import { dayOf, DAY_MS, DEFAULT_PARAMS } from './params';
import { DOC_COUNT_TERM, KEY_DAYS, storyKeys } from './store/story-index';
import { serialized, storyTables } from './store/story-session';
import { readTerms, TermCounts, writeSnapshot } from './store/term-store';
import { pruneBandLog } from './store/band-log';

export interface PruneOptions {
  retentionDays?: number;
  /** Upper bound on stored articles; the oldest beyond it go first. */
  maxArticles?: number;
}

/**
 * Drops articles older than the retention window, then the oldest beyond `maxArticles`, and
 * shrinks their stories (count, span, index days) or deletes them when empty. Centroids are
 * kept as they are: they are bounded, and a story's remaining articles still share its terms.
 * Term frequencies not seen within the window are forgotten too, and the per-batch frequency
 * deltas are folded into the snapshot. One transaction; the worker's story cache is dropped after
 * it (these writes are not a story session's, see utils/db/write-watch.ts).
 */
export async function pruneArticles(
  db: ParallaxDB,
  now: number,
  options: PruneOptions = {},
): Promise<{ articles: number; stories: number }> {
  const retentionDays = options.retentionDays ?? 14;
  const cutoff = now - retentionDays * DAY_MS;
  return serialized(db, () =>
    db.transaction('rw', storyTables(db), async () => {
      const expired = await db.articles.where('publishedAt').below(cutoff).primaryKeys();
      const remaining = (await db.articles.count()) - expired.length;
      const excess = options.maxArticles !== undefined ? Math.max(0, remaining - options.maxArticles) : 0;
      const overflow =
        excess > 0 ? await db.articles.where('publishedAt').aboveOrEqual(cutoff).limit(excess).primaryKeys() : [];
      const doomed = [...expired, ...overflow];
      const deletedStories = await deleteArticles(db, doomed);
      const forgetBefore = dayOf(cutoff);
      const { counts, deltas } = await readTerms(db);
      const kept = TermCounts.fromRows(
        counts.rows().filter((r) => r.term === DOC_COUNT_TERM || r.lastSeen >= forgetBefore),
      );
      if (deltas > 0 || kept.df.size < counts.df.size) await writeSnapshot(db, kept);
      return { articles: doomed.length, stories: deletedStories };
    }),
  );
}

/**
 * Deletes articles and keeps what depends on them exact: their stories shrink (count, span,
 * index days) or go when empty, and the band log forgets them. Call inside a transaction over the
 * story tables. Returns how many stories were deleted.
 */
async function deleteArticles(db: ParallaxDB, doomed: string[]): Promise<number> {
  const touched = new Set((await db.articles.bulkGet(doomed)).map((a) => a?.storyId).filter((s): s is string => !!s));
  await db.articles.bulkDelete(doomed);
  let deletedStories = 0;
  for (const storyId of [...touched].sort()) {
    const story = await db.stories.get(storyId);
    if (!story) continue;
    const members = await db.articles.where('storyId').equals(storyId).toArray();
    if (members.length === 0) {
      await Promise.all([db.stories.delete(storyId), db.storyKeys.delete(storyId)]);
      deletedStories++;
      continue;
    }
    const times = members.map((a) => a.publishedAt);
    const days = [...new Set(times.map(dayOf))].sort((a, b) => a - b).slice(-KEY_DAYS);
    const keys = storyKeys(story.centroid, days, DEFAULT_PARAMS.keyTerms);
    await Promise.all([
      db.stories.put({
        ...story,
        articleCount: members.length,
        firstPublishedAt: Math.min(...times),
        lastPublishedAt: Math.max(...times),
        days,
        keys,
      }),
      db.storyKeys.put({ id: storyId, keys }),
    ]);
  }
  await pruneBandLog(db, doomed);
  return deletedStories;
}

/** Deletes these articles (by id) in one transaction, as prune deletes expired ones. */
export function removeArticles(db: ParallaxDB, ids: string[]): Promise<number> {
  return serialized(db, () => db.transaction('rw', storyTables(db), () => deleteArticles(db, ids)));
}
