import type { Table } from 'dexie';
import { DAY_MS } from '../params';
import type { StoryCache } from './story-cache';
import { BUCKET_DAYS, type StoryKeysRow, type StoryRecord } from './story-index';

// Which stories have which `term|bucket` key (story-index.ts), as the worker's cache knows them:
// how a batch finds candidate stories without asking IndexedDB once the recent buckets are complete.

/** Most recent stories read to make the story keys complete (their keys must fit in the cache's bounds). */
const MAX_COMPLETE_STORIES = 5_000;

/** The bucket of a `term|bucket` story key. */
const keyBucket = (key: string) => Number(key.slice(key.lastIndexOf('|') + 1));

function addHit(cache: StoryCache, key: string, storyId: string): void {
  const hits = cache.keyHits.get(key);
  if (hits) hits.add(storyId);
  else cache.keyHits.set(key, new Set([storyId]));
}

/**
 * Reads every story active since `bucket` began, once per worker: afterwards a batch asks the
 * database nothing to find candidate stories of recent articles (~11 key queries an article).
 */
export async function completeKeys(
  stories: Table<StoryRecord, string>,
  cache: StoryCache,
  bucket: number,
): Promise<void> {
  if (cache.completeFrom !== null && cache.completeFrom <= bucket) return;
  const active = stories.where('lastPublishedAt').aboveOrEqual(bucket * BUCKET_DAYS * DAY_MS);
  // Too many to keep (a very busy index): ask per key instead, as without this cache.
  if ((await active.count()) > MAX_COMPLETE_STORIES) return;
  for (const story of await active.toArray()) {
    cache.stories.set(story.id, story);
    for (const k of story.keys) if (keyBucket(k) >= bucket) addHit(cache, k, story.id);
  }
  cache.completeFrom = bucket;
}

/**
 * Asks the `storyKeys` table for the keys whose hits are not known yet (not asked before, and not
 * in a complete bucket): one exact-key query each, instead of Dexie's anyOf, which walks a cursor
 * with continue(key) jumps that fake-indexeddb answers by re-searching its tree every step.
 */
export async function readKeyHits(
  storyKeys: Table<StoryKeysRow, string>,
  cache: StoryCache,
  keys: readonly string[],
): Promise<void> {
  const from = cache.completeFrom;
  const missing = [...new Set(keys)].filter((k) => !cache.keyHits.has(k) && (from === null || keyBucket(k) < from));
  if (missing.length === 0) return;
  const found = await Promise.all(missing.map((k) => storyKeys.where('keys').equals(k).primaryKeys()));
  missing.forEach((k, i) => cache.keyHits.set(k, new Set(found[i]!)));
}

/**
 * After a commit: the hits follow a story's new keys (its old keys are `cache.stories`' row, so
 * call this before replacing it). A key not known yet is learnt only in a complete bucket, where
 * its hits are known to be exactly this story.
 */
export function learnStoryKeys(cache: StoryCache, story: StoryRecord): void {
  for (const k of cache.stories.get(story.id)?.keys ?? []) cache.keyHits.get(k)?.delete(story.id);
  for (const k of story.keys)
    if (cache.keyHits.has(k) || (cache.completeFrom !== null && keyBucket(k) >= cache.completeFrom))
      addHit(cache, k, story.id);
}
