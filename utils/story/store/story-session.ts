import type { ParallaxDB } from '../../db/parallax-db';
import { DexieStoryIndex, type StoryTables } from './dexie-index';
import { emptyCache, trim, type StoryCache } from './story-cache';

/** Every table a clustering step reads or writes. */
export const STORY_TABLES = ['articles', 'stories', 'storyKeys', 'termShards', 'termDeltas', 'bandLog'] as const;
export const storyTables = (db: ParallaxDB) => STORY_TABLES.map((t) => db.table(t));

const caches = new WeakMap<ParallaxDB, StoryCache>();
const tails = new WeakMap<ParallaxDB, Promise<unknown>>();
const beforehand = new WeakMap<ParallaxDB, (() => void)[]>();

/**
 * Storage-free work of a session still waiting its turn (a feed batch's text preparation), queued
 * to run while the running session's commit is under way: IndexedDB then writes while this thread
 * would otherwise wait (a quarter of a batch's time in Chromium). One piece per background (ingest) commit, oldest
 * first. Returns what the waiting session calls for the result: done already, or done then (a
 * throw is left for that session to meet).
 */
export function prepareWhileCommitting<T>(db: ParallaxDB, work: () => T): () => T {
  let result: { value: T } | undefined;
  const job = () => void (result ??= { value: work() });
  const queue = beforehand.get(db) ?? [];
  beforehand.set(db, queue);
  queue.push(job);
  return () => {
    const at = queue.indexOf(job);
    if (at >= 0) queue.splice(at, 1);
    job();
    return result!.value;
  };
}

function prepareOne(db: ParallaxDB): void {
  try {
    beforehand.get(db)?.shift()?.();
  } catch {
    // Its session runs it again and fails there, where the error belongs.
  }
}

/**
 * Runs story-index work one at a time per database in this worker, so a session never reads the
 * cache while another one's changes are still on their way into it.
 */
export function serialized<T>(db: ParallaxDB, fn: () => Promise<T>): Promise<T> {
  const run = (tails.get(db) ?? Promise.resolve()).then(() => fn());
  tails.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * The worker's cache if no one else wrote since it was made, else a fresh empty one. Called first
 * thing in a session's transaction: its one request waits for the transactions queued before
 * (whose writes are stamped by then), and a delta count that differs from the cache's is a write
 * the watch could not see: start over.
 */
async function validCache(tables: StoryTables, db: ParallaxDB): Promise<StoryCache> {
  const deltas = await tables.termDeltas.count();
  const stamp = db.writes.stamp(STORY_TABLES);
  const cached = caches.get(db);
  if (cached && cached.stamp === stamp && (!cached.terms || cached.terms.deltas === deltas)) {
    trim(cached);
    return cached;
  }
  const fresh = emptyCache(stamp);
  caches.set(db, fresh);
  return fresh;
}

/**
 * One read-write transaction over the story tables with a `DexieStoryIndex` on the cache; the
 * index's writes are flushed before the commit and reach the cache only after it, so an aborted
 * transaction (a stopped worker, a full disk) leaves both the database and the cache as they were.
 */
export function withStoryIndex<T>(db: ParallaxDB, fn: (index: DexieStoryIndex) => Promise<T>): Promise<T> {
  return serialized(db, async () => {
    let index: DexieStoryIndex | undefined;
    let cache: StoryCache | undefined;
    // If this throws (aborted), the cache is still right: it holds only committed facts.
    const result = await db.transaction('rw', storyTables(db), async (tx) => {
      db.writes.own();
      const tables = Object.fromEntries(STORY_TABLES.map((t) => [t, tx.table(t)])) as unknown as StoryTables;
      cache = await validCache(tables, db);
      index = new DexieStoryIndex(tables, cache);
      const value = await fn(index);
      // The writes are issued before flush()'s first await; IndexedDB works on them (and then
      // commits) while this thread prepares the next batch. No explicit commit(): a write refused
      // after it was called would leave the others committed, and a batch must be all or nothing.
      const flushed = index.flush();
      if (index.inBackground) prepareOne(db); // not while a reader waits on this session
      await flushed;
      return value;
    });
    // Anyone else's write since the cache was made makes it useless: read again next time.
    if (caches.get(db) === cache && cache!.stamp === db.writes.stamp(STORY_TABLES)) index!.committed();
    else caches.delete(db);
    return result;
  });
}

/** Forgets the cache (tests; a caller that changed the story tables behind the write watch). */
export function dropStoryCache(db: ParallaxDB): void {
  caches.delete(db);
}

/** Document frequencies for scoring outside clustering (search results re-scored against the page). */
export function readDocStats(db: ParallaxDB, terms: string[]) {
  return withStoryIndex(db, (index) => index.docStats(terms));
}
