import type { Table } from 'dexie';
import type { ParallaxDB } from '../../db/parallax-db';
import {
  DOC_COUNT_TERM,
  type ArticleRecord,
  type DocStats,
  type StoryIndex,
  type StoryRecord,
  type TermRow,
} from './story-index';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What a whole batch will read, so it can be fetched in a few bulk requests up front. */
export interface Prefetch {
  articleIds?: Iterable<string>;
  storyIds?: Iterable<string>;
  terms?: Iterable<string>;
  bands?: Iterable<number>;
}

/**
 * The story index on the extension's Dexie database, as a write-back cache over one
 * transaction. It opens no transaction itself: callers (ingest, lookup) wrap a whole batch in
 * one, so a stopped service worker leaves all or nothing, and call `flush()` before it ends.
 *
 * Why a cache: every IndexedDB request costs far more than the arithmetic of clustering (on
 * fake-indexeddb, ~0.1 ms each; an article used to cost ~130 of them). Reads are fetched once
 * per batch and remembered; writes (stories, articles, document-frequency rows) stay in memory
 * until `flush()` puts each touched row once. The database does not change before the flush,
 * so the index queries answered from it are a consistent snapshot; rows changed during the
 * batch are answered from memory instead (see `storiesByKeys`).
 */
export class DexieStoryIndex implements StoryIndex {
  /** Rows read or written in this batch; null records "not in the database". */
  private readonly articles = new Map<string, ArticleRecord | null>();
  private readonly stories = new Map<string, StoryRecord | null>();
  private readonly terms = new Map<string, TermRow | null>();
  /** Index hits in the database as it was when the batch began. */
  private readonly keyHits = new Map<string, readonly string[]>();
  private readonly bandHits = new Map<number, readonly string[]>();
  /** Writes not yet flushed, and the band index of the articles among them. */
  private readonly newArticles = new Map<string, ArticleRecord>();
  private readonly newBands = new Map<number, string[]>();
  private readonly dirtyStories = new Map<string, StoryRecord>();
  private readonly dirtyTerms = new Set<string>();

  constructor(private readonly db: ParallaxDB) {}

  /** Reads everything a batch is known to need in bulk (any miss later is fetched on demand). */
  async prefetch(need: Prefetch): Promise<void> {
    await Promise.all([
      this.load(this.db.articles, this.articles, need.articleIds ?? []),
      this.load(this.db.stories, this.stories, need.storyIds ?? []),
      this.loadTerms([DOC_COUNT_TERM, ...(need.terms ?? [])]),
      this.hits(this.db.articles, 'bands', this.bandHits, need.bands ?? []),
    ]);
  }

  async getArticle(id: string) {
    await this.load(this.db.articles, this.articles, [id]);
    return this.articles.get(id) ?? undefined;
  }

  async getStory(id: string) {
    await this.load(this.db.stories, this.stories, [id]);
    return this.stories.get(id) ?? undefined;
  }

  async countDocument(terms: string[], day: number): Promise<DocStats> {
    const unique = [...new Set(terms)];
    await this.loadTerms([DOC_COUNT_TERM, ...unique]);
    const docs = (this.terms.get(DOC_COUNT_TERM)?.df ?? 0) + 1;
    this.setTerm({ term: DOC_COUNT_TERM, df: docs, lastSeen: day });
    const df = new Map<string, number>();
    for (const term of unique) {
      const row = { term, df: (this.terms.get(term)?.df ?? 0) + 1, lastSeen: day };
      this.setTerm(row);
      df.set(term, row.df);
    }
    return { docs, df };
  }

  async docStats(terms: string[]): Promise<DocStats> {
    const unique = [...new Set(terms)];
    await this.loadTerms([DOC_COUNT_TERM, ...unique]);
    return {
      docs: this.terms.get(DOC_COUNT_TERM)?.df ?? 0,
      df: new Map(unique.map((t) => [t, this.terms.get(t)?.df ?? 0])),
    };
  }

  async storiesByKeys(keys: string[]): Promise<StoryRecord[]> {
    if (keys.length === 0) return [];
    await this.hits(this.db.stories, 'keys', this.keyHits, keys);
    // The snapshot's keys of a story changed in this batch are stale: judge those by their new keys.
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.keyHits.get(k)!) if (!this.dirtyStories.has(id)) ids.add(id);
    const wanted = new Set(keys);
    for (const story of this.dirtyStories.values()) if (story.keys.some((k) => wanted.has(k))) ids.add(story.id);
    await this.load(this.db.stories, this.stories, ids);
    return this.rows(this.stories, ids);
  }

  async articlesByBands(bands: number[]): Promise<ArticleRecord[]> {
    if (bands.length === 0) return [];
    await this.hits(this.db.articles, 'bands', this.bandHits, bands);
    // Articles are only ever added, so the snapshot plus this batch's additions is exact.
    const ids = new Set<string>();
    for (const b of bands) for (const id of [...this.bandHits.get(b)!, ...(this.newBands.get(b) ?? [])]) ids.add(id);
    await this.load(this.db.articles, this.articles, ids);
    return this.rows(this.articles, ids);
  }

  async putStory(story: StoryRecord) {
    this.stories.set(story.id, story);
    this.dirtyStories.set(story.id, story);
  }

  async putArticle(article: ArticleRecord) {
    this.articles.set(article.id, article);
    this.newArticles.set(article.id, article);
    for (const b of article.bands) {
      const list = this.newBands.get(b);
      if (list) list.push(article.id);
      else this.newBands.set(b, [article.id]);
    }
  }

  /** Writes every row the batch changed, each once, and forgets the batch's cache. */
  async flush(): Promise<void> {
    const terms = [...this.dirtyTerms].map((t) => this.terms.get(t)!);
    await Promise.all([
      this.dirtyStories.size ? this.db.stories.bulkPut([...this.dirtyStories.values()]) : undefined,
      this.newArticles.size ? this.db.articles.bulkPut([...this.newArticles.values()]) : undefined,
      terms.length ? this.db.terms.bulkPut(terms) : undefined,
    ]);
    for (const cache of [this.articles, this.stories, this.terms, this.keyHits, this.bandHits, this.newArticles])
      cache.clear();
    this.newBands.clear();
    this.dirtyStories.clear();
    this.dirtyTerms.clear();
  }

  private setTerm(row: TermRow) {
    this.terms.set(row.term, row);
    this.dirtyTerms.add(row.term);
  }

  private loadTerms(terms: Iterable<string>) {
    return this.load(this.db.terms, this.terms, terms);
  }

  /** Fetches the rows of `ids` not cached yet with one bulkGet (absent ones cached as null). */
  private async load<T>(
    table: Table<T, string>,
    cache: Map<string, T | null>,
    ids: Iterable<string>,
  ): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (missing.length === 0) return;
    const rows = await table.bulkGet(missing);
    missing.forEach((id, i) => cache.set(id, rows[i] ?? null));
  }

  /**
   * Primary keys having any of `keys` in a multiEntry index, for the keys not asked yet: one
   * exact-key query each, instead of Dexie's anyOf, which walks a cursor with continue(key)
   * jumps that fake-indexeddb answers by re-searching its tree every step.
   */
  private async hits<T, K extends string | number>(
    table: Table<T, string>,
    index: string,
    cache: Map<K, readonly string[]>,
    keys: Iterable<K>,
  ): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !cache.has(k));
    if (missing.length === 0) return;
    const found = await Promise.all(missing.map((k) => table.where(index).equals(k).primaryKeys()));
    missing.forEach((k, i) => cache.set(k, found[i]!));
  }

  private rows<T extends { id: string }>(cache: Map<string, T | null>, ids: Iterable<string>): T[] {
    const rows: T[] = [];
    for (const id of ids) {
      const row = cache.get(id);
      if (row) rows.push(row);
    }
    return rows.sort(byId);
  }
}
