import type { ParallaxDB } from '../db/parallax-db';
import { assignArticle, type Assignment } from './cluster';
import { DEFAULT_PARAMS, type ClusterParams } from './params';
import { DexieStoryIndex } from './store/dexie-index';
import type { ProviderId } from './story';

/** One article from a feed (or a provider) as the story index takes it. */
export interface IngestItem {
  /** Canonical URL. */
  url: string;
  title: string;
  description: string | null;
  /** Registry outlet id, or `domain:<host>`. */
  outletId: string;
  domain: string;
  /** Epoch ms; null (a feed item without a date) means `now`. */
  publishedAt: number | null;
  provider: ProviderId;
}

export const articleId = (outletId: string, url: string) => `${outletId} ${url}`;

/** The tables one clustering step touches, for callers that open their own transaction. */
export const storyTables = (db: ParallaxDB) => [db.articles, db.stories, db.terms];

/**
 * Adds one feed's batch to the story index in ONE transaction: a worker stopped midway commits
 * nothing, and the next alarm's re-ingest of the same items adds each exactly once (an article
 * is keyed by outlet and canonical URL, so a wire copy at another outlet is its own row).
 */
export async function ingestArticles(
  db: ParallaxDB,
  items: readonly IngestItem[],
  now: number,
  params: ClusterParams = DEFAULT_PARAMS,
): Promise<Assignment[]> {
  return db.transaction('rw', storyTables(db), async () => {
    const index = new DexieStoryIndex(db);
    const results: Assignment[] = [];
    for (const item of items) {
      if (!item.url || !item.title.trim()) continue; // nothing to match on or link to
      results.push(
        await assignArticle(
          index,
          // A date in the future (a feed clock gone wrong) would keep the item forever: cap it at now.
          { ...item, id: articleId(item.outletId, item.url), publishedAt: Math.min(item.publishedAt ?? now, now) },
          params,
        ),
      );
    }
    return results;
  });
}
