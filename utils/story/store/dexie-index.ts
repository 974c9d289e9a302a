import type { Table } from 'dexie';
import type { ParallaxDB } from '../../db/parallax-db';
import {
  DOC_COUNT_TERM,
  type ArticleRecord,
  type BandMatch,
  type DocStats,
  sameKeys,
  type StoryIndex,
  type StoryKeysRow,
  type StoryRecord,
} from './story-index';
import type { StoryCache } from './story-cache';
import { COMPACT_AFTER, readTerms, TermCounts, writeSnapshot, type StoredTerms } from './term-store';
import { bandLogRow, MAX_ROWS, compactRows, type BandLogRow } from './band-log';
import { BandLog } from './band-log-index';
import { BatchBands, bestOf, type BandQuery } from './batch-bands';
import { completeKeys, learnStoryKeys, readKeyHits } from './key-hits';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The story tables, bound to the session's transaction. */
export type StoryTables = Pick<
  ParallaxDB,
  'articles' | 'stories' | 'storyKeys' | 'termShards' | 'termDeltas' | 'bandLog'
>;

/** What a whole batch will read, so it can be fetched in a few bulk requests up front. */
export interface Prefetch {
  articleIds?: Iterable<string>;
  storyIds?: Iterable<string>;
  /** Make the story-key hits complete from this bucket on (see `StoryCache.completeFrom`). */
  keysFromBucket?: number;
  /** Read the band log (band-log.ts), which answers which articles share a band. */
  bandLog?: boolean;
  /** Read every stored story id (once per worker), so a new story's id needs no read. */
  everyStoryId?: boolean;
  /** Read the document frequencies now (once per worker), alongside the rest, not after it. */
  terms?: boolean;
  /**
   * Wire-copy searches to come (`bestBandMatch` arguments): the story of the original each would
   * pick is read now, all in one request, instead of a round trip an article.
   */
  wireCopies?: readonly BandQuery[];
}

/**
 * The story index on the extension's Dexie database, as a write-back cache over one
 * transaction. It opens no transaction itself: a session (story-session.ts) wraps a whole batch
 * in one, so a stopped service worker leaves all or nothing, and calls `flush()` before it ends.
 *
 * Why caches: every IndexedDB request costs far more than the arithmetic of clustering (on
 * fake-indexeddb, ~0.1 ms each; an article used to cost ~130 of them). Two layers:
 * - the worker's `StoryCache` (story-cache.ts): rows, index hits and document frequencies as
 *   COMMITTED, kept across batches; a miss reads the database, whose committed state is what it
 *   holds until `flush()`, so the cache only ever learns committed facts;
 * - this batch's own writes (stories, articles, document counts), kept here until `flush()` puts
 *   each touched row once, and handed to the cache by `committed()` only after the commit.
 * Rows changed during the batch are answered from the batch first (see `storiesByKeys`).
 */
export class DexieStoryIndex implements StoryIndex {
  /** Writes not yet flushed, and the bands of the articles among them. */
  private readonly newArticles = new Map<string, ArticleRecord>();
  private readonly bands = new BatchBands(this.newArticles);
  private readonly dirtyStories = new Map<string, StoryRecord>();
  /** This batch's document counts, on top of the committed ones. */
  private readonly pending = new TermCounts();
  private compacted = false;
  /** The band log's rows once this batch commits, when it merged them. */
  private logAfter: BandLogRow[] | undefined;
  /** The batch's row appended to the log (undefined: none, or the log was merged: `logAfter`). */
  private logAdded: BandLogRow | undefined;
  private flushed = false;
  private background = false;

  /**
   * Marks the session as background work, which nobody waits on: `flush()` may then fold the
   * deltas and merge the band log when they pile up, and the session prepares a queued batch's text
   * while it commits (story-session.ts). Ingest is; a lookup is not (the reader waits on it; prune
   * folds the deltas anyway).
   */
  runInBackground(): void {
    this.background = true;
  }

  get inBackground(): boolean {
    return this.background;
  }

  /**
   * `db`: the tables bound to the transaction (`tx.table(...)`), not the database's: with the cache
   * warm, a batch can go many awaits without a request, and Dexie's zone, which routes `db.x` calls
   * to the current transaction, does not survive that many native awaits.
   */
  constructor(
    private readonly db: StoryTables,
    private readonly cache: StoryCache,
  ) {}

  /** The story tables bound to this index's transaction, for a caller's own reads within it. */
  get tables(): StoryTables {
    return this.db;
  }

  /** Reads everything a batch is known to need in bulk (any miss later is fetched on demand). */
  async prefetch(need: Prefetch): Promise<void> {
    // Once per worker, what lets the rest be answered from memory (nothing to wait for when warm).
    await Promise.all([
      need.everyStoryId && !this.cache.storyIds ? this.readStoryIds() : undefined,
      need.terms ? this.terms() : undefined,
      need.bandLog || need.wireCopies?.length ? this.bandLog() : undefined,
      need.keysFromBucket !== undefined ? completeKeys(this.db.stories, this.cache, need.keysFromBucket) : undefined,
    ]);
    await Promise.all([
      this.load('articles', need.articleIds ?? []),
      this.load('stories', need.storyIds ?? []),
      this.prefetchOriginals(need.wireCopies ?? []),
    ]);
  }

  private async readStoryIds(): Promise<void> {
    this.cache.storyIds = new Set(await this.db.stories.toCollection().primaryKeys());
  }

  private async bandLog(): Promise<BandLog> {
    return (this.cache.bandLog ??= await BandLog.read(this.db));
  }

  async getArticle(id: string) {
    const mine = this.newArticles.get(id);
    if (mine) return mine;
    await this.load('articles', [id]);
    return this.cache.articles.get(id) ?? undefined;
  }

  async getStory(id: string) {
    const mine = this.dirtyStories.get(id);
    if (mine) return mine;
    await this.load('stories', [id]);
    return this.cache.stories.get(id) ?? undefined;
  }

  async countDocument(terms: string[], day: number): Promise<DocStats> {
    this.pending.add(DOC_COUNT_TERM, 1, day);
    for (const term of new Set(terms)) this.pending.add(term, 1, day);
    return this.docStats(terms);
  }

  private async terms(): Promise<StoredTerms> {
    return (this.cache.terms ??= await readTerms(this.db));
  }

  async docStats(terms: string[]): Promise<DocStats> {
    const base = (await this.terms()).counts;
    const count = (t: string) => (base.df.get(t) ?? 0) + (this.pending.df.get(t) ?? 0);
    return { docs: count(DOC_COUNT_TERM), df: new Map(terms.map((t) => [t, count(t)])) };
  }

  async storiesByKeys(keys: string[]): Promise<StoryRecord[]> {
    if (keys.length === 0) return [];
    await readKeyHits(this.db.storyKeys, this.cache, keys);
    // The committed keys of a story changed in this batch are stale: judge those by their new keys.
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.cache.keyHits.get(k) ?? []) if (!this.dirtyStories.has(id)) ids.add(id);
    const wanted = new Set(keys);
    for (const story of this.dirtyStories.values()) if (story.keys.some((k) => wanted.has(k))) ids.add(story.id);
    await this.load(
      'stories',
      [...ids].filter((id) => !this.dirtyStories.has(id)),
    );
    return this.rows(ids, this.dirtyStories, this.cache.stories);
  }

  /**
   * The best-agreeing band candidate, counted from the band log in memory, which also names its
   * story: no article row is read. A wire text repeated by many outlets has a stored copy per
   * outlet (~23 per page at 50k), and reading every copy's row to keep one was a lookup's largest
   * read; reading the one kept was still ~12% of ingest at 20,000 articles.
   */
  async bestBandMatch(query: number[], bands: number[], minAgreeing: number): Promise<BandMatch | undefined> {
    if (query.length === 0) return undefined;
    return bestOf(this.bands.agreeing(await this.bandLog(), { query, bands, minAgreeing }, true), minAgreeing);
  }

  /** The stories `bestBandMatch` will name for each search, in one request. */
  private async prefetchOriginals(searches: readonly BandQuery[]): Promise<void> {
    if (searches.length === 0) return;
    const log = this.cache.bandLog!;
    const stories = searches.map((search) => bestOf(this.bands.agreeing(log, search, false), search.minAgreeing));
    await this.load(
      'stories',
      stories.flatMap((match) => (match ? [match.storyId] : [])),
    );
  }

  async putStory(story: StoryRecord) {
    this.dirtyStories.set(story.id, story);
  }

  async putArticle(article: ArticleRecord) {
    this.newArticles.set(article.id, article);
    this.bands.add(article);
  }

  /**
   * Writes every row the batch changed, each once: stories, articles, and the batch's document
   * counts as one delta row, or, every COMPACT_AFTER deltas, the whole snapshot in their place.
   * The session calls it before the commit; a caller that wants to read its own writes within the
   * transaction may call it earlier (later calls do nothing). Every write is issued before the
   * first await, so the session can do other work while IndexedDB writes.
   */
  async flush(): Promise<void> {
    if (this.flushed) return;
    this.flushed = true;
    const terms = this.cache.terms;
    let termWrite: Promise<unknown> | undefined;
    if (terms && this.pending.df.size > 0) {
      this.compacted = this.background && terms.deltas + 1 >= COMPACT_AFTER;
      if (this.compacted) {
        const all = new TermCounts();
        all.addAll(terms.counts);
        all.addAll(this.pending);
        termWrite = writeSnapshot(this.db, all);
      } else termWrite = this.db.termDeltas.add(this.pending.toDelta());
    }
    await Promise.all([
      this.writeBandLog(),
      this.dirtyStories.size ? this.db.stories.bulkPut([...this.dirtyStories.values()]) : undefined,
      this.writeStoryKeys(),
      this.newArticles.size ? this.db.articles.bulkPut([...this.newArticles.values()]) : undefined,
      termWrite,
    ]);
  }

  /** The keys of the batch's stories whose keys changed (or are new): most stories gain an article without. */
  private writeStoryKeys(): Promise<unknown> | undefined {
    const changed: StoryKeysRow[] = [];
    for (const { id, keys } of this.dirtyStories.values()) {
      const before = this.cache.stories.get(id);
      if (!before || !sameKeys(before.keys, keys)) changed.push({ id, keys });
    }
    return changed.length ? this.db.storyKeys.bulkPut(changed) : undefined;
  }

  /**
   * The batch's band log row; when ingest may compact and the log has more than MAX_ROWS small rows,
   * the log compacted instead (`compactRows`).
   */
  private async writeBandLog(): Promise<void> {
    const row = bandLogRow(this.newArticles.values());
    const log = this.cache.bandLog;
    if (!row) return;
    if (!(this.background && log && log.smallRows + 1 > MAX_ROWS)) {
      row.seq = await this.db.bandLog.add(row);
      this.logAdded = row;
      return;
    }
    const { keep, drop, add } = compactRows([...log.rows, row]);
    const fresh = [...keep.filter((r) => r.seq === undefined), ...add];
    const [, seqs] = await Promise.all([
      this.db.bandLog.bulkDelete(drop.filter((seq) => seq !== undefined)),
      this.db.bandLog.bulkAdd(fresh, { allKeys: true }),
    ]);
    fresh.forEach((r, i) => (r.seq = seqs[i]));
    this.logAfter = [...keep.filter((r) => r.seq !== undefined && !fresh.includes(r)), ...fresh];
  }

  /** After the commit: the worker's cache learns what this batch wrote. */
  committed(): void {
    const { cache } = this;
    for (const story of this.dirtyStories.values()) {
      learnStoryKeys(cache, story);
      cache.stories.set(story.id, story);
    }
    for (const article of this.newArticles.values()) cache.articles.set(article.id, article);
    for (const id of this.dirtyStories.keys()) cache.storyIds?.add(id);
    if (this.logAfter) cache.bandLog = new BandLog(this.logAfter);
    else if (this.logAdded) cache.bandLog?.append(this.logAdded);
    if (cache.terms && this.pending.df.size > 0) {
      cache.terms.counts.addAll(this.pending);
      cache.terms.deltas = this.compacted ? 0 : cache.terms.deltas + 1;
    }
  }

  /**
   * Fetches the rows of `ids` not cached yet with one bulkGet (absent ones cached as null). An id
   * known not to be stored (the band log for articles, the story ids once read) is skipped without
   * asking: a batch of new items used to cost 100 gets of rows that are not there. It is not cached
   * as null either: the set already says so, and 50 nulls a batch filled the cache's bound with
   * would-be story ids, emptying it every ~10,000 items.
   */
  private async load(kind: 'articles' | 'stories', ids: Iterable<string>): Promise<void> {
    const rows: Map<string, unknown> = this.cache[kind];
    const { bandLog, storyIds } = this.cache;
    const stored =
      kind === 'articles'
        ? bandLog && ((id: string) => bandLog.mayHold(id))
        : storyIds && ((id: string) => storyIds.has(id));
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      if (!rows.has(id) && (!stored || stored(id))) missing.push(id);
    }
    if (missing.length === 0) return;
    const found = await (this.db[kind] as Table<unknown, string>).bulkGet(missing);
    missing.forEach((id, i) => rows.set(id, found[i] ?? null));
  }

  private rows<T extends { id: string }>(
    ids: Iterable<string>,
    mine: Map<string, T>,
    committed: Map<string, T | null>,
  ): T[] {
    const rows: T[] = [];
    for (const id of ids) {
      const row = mine.get(id) ?? committed.get(id);
      if (row) rows.push(row);
    }
    return rows.sort(byId);
  }
}
