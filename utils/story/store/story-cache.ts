import type { ArticleRecord, StoryRecord } from './story-index';
import type { StoredTerms } from './term-store';
import type { BandLog } from './band-log-index';

/**
 * What the background keeps of the story index between transactions, for the worker's lifetime:
 * rows, index hits and document frequencies exactly as committed. Only a cache: the database
 * stays the source of truth, a stopped worker just reads it again, and the cache is dropped
 * whenever anything but a story session wrote to the story tables (prune, clear-all, a restore, a
 * test or benchmark filling tables directly: see utils/db/write-watch.ts). Sessions run one at a
 * time (story-session.ts) and hand it their writes only after their transaction commits.
 */
export interface StoryCache {
  /** `db.writes.stamp(STORY_TABLES)` when created: a different stamp means someone else wrote. */
  stamp: string;
  /** Committed rows by id; null: not in the database. */
  articles: Map<string, ArticleRecord | null>;
  stories: Map<string, StoryRecord | null>;
  /** Committed primary keys per `term|bucket` story key, as asked so far. */
  keyHits: Map<string, Set<string>>;
  /**
   * From this bucket on, `keyHits` is complete: a `term|bucket` key it lacks has no story, no query
   * needed. Set by reading every story active since the bucket began (a story can only have keys in
   * buckets of its own days, so that is every story with such a key); null: not established.
   */
  completeFrom: number | null;
  /** Document frequencies, read on first use (~30 shard and delta rows). */
  terms?: StoredTerms;
  /** Every committed story id, once ingest has read them (a new story's id needs no read then). */
  storyIds?: Set<string>;
  /** Which article has which MinHash band (band-log.ts), read when wire copies are first looked for. */
  bandLog?: BandLog;
}

export const emptyCache = (stamp: string): StoryCache => ({
  stamp,
  articles: new Map(),
  stories: new Map(),
  keyHits: new Map(),
  completeFrom: null,
});

/**
 * Bounds on what the cache holds (checked between sessions): a poll round touches the stories of
 * a few days, far fewer; past these, the rows cached longest ago are dropped (document
 * frequencies are kept).
 */
const MAX_ROWS = 20_000;
/** Above the keys of the at most 5,000 stories read to make keys complete (~40 keys each). */
const MAX_HITS = 300_000;

/**
 * Drops the `count` entries a map has held longest (a Map iterates in insertion order). The rows
 * cached last are the ones a batch needs again: a wire copy's original is rarely more than a few
 * days old, and emptying the whole cache at the bound made ingest re-read every one of them.
 */
function dropOldest(rows: Map<string, unknown>, count: number): void {
  for (const id of rows.keys()) {
    if (count-- <= 0) return;
    rows.delete(id);
  }
}

export function trim(cache: StoryCache): void {
  const over = cache.articles.size + cache.stories.size - MAX_ROWS;
  // A quarter below the bound, so trimming happens once every few thousand rows, not every batch.
  if (over > 0) {
    const drop = over + MAX_ROWS / 4;
    const fromArticles = Math.min(drop, cache.articles.size);
    dropOldest(cache.articles, fromArticles);
    dropOldest(cache.stories, drop - fromArticles);
  }
  if (cache.keyHits.size > MAX_HITS) {
    cache.keyHits.clear();
    cache.completeFrom = null;
  }
}
