import type { Table } from 'dexie';
import type { ParallaxDB } from '../../db/parallax-db';
import { DOC_COUNT_TERM, type DocStats, type StoryIndex, type StoryRecord, type ArticleRecord } from './story-index';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The story index on the extension's Dexie database. It opens no transaction itself: callers
 * (ingest, lookup) wrap a whole batch in one, so a stopped service worker leaves all or nothing.
 */
export class DexieStoryIndex implements StoryIndex {
  constructor(private readonly db: ParallaxDB) {}

  getArticle(id: string) {
    return this.db.articles.get(id);
  }

  getStory(id: string) {
    return this.db.stories.get(id);
  }

  async countDocument(terms: string[], day: number): Promise<DocStats> {
    const unique = [...new Set(terms)];
    const rows = await this.db.terms.bulkGet([DOC_COUNT_TERM, ...unique]);
    const docs = (rows[0]?.df ?? 0) + 1;
    const df = new Map<string, number>();
    const updated = unique.map((term, i) => {
      const row = { term, df: (rows[i + 1]?.df ?? 0) + 1, lastSeen: day };
      df.set(term, row.df);
      return row;
    });
    await this.db.terms.bulkPut([{ term: DOC_COUNT_TERM, df: docs, lastSeen: day }, ...updated]);
    return { docs, df };
  }

  async docStats(terms: string[]): Promise<DocStats> {
    const unique = [...new Set(terms)];
    const rows = await this.db.terms.bulkGet([DOC_COUNT_TERM, ...unique]);
    return { docs: rows[0]?.df ?? 0, df: new Map(unique.map((t, i) => [t, rows[i + 1]?.df ?? 0])) };
  }

  async storiesByKeys(keys: string[]): Promise<StoryRecord[]> {
    if (keys.length === 0) return [];
    return this.byIndex(this.db.stories, 'keys', keys);
  }

  async articlesByBands(bands: number[]): Promise<ArticleRecord[]> {
    if (bands.length === 0) return [];
    return this.byIndex(this.db.articles, 'bands', bands);
  }

  /**
   * Rows having any of `keys` in a multiEntry index. One exact-key query per key, then one
   * bulkGet, instead of Dexie's anyOf: anyOf walks a cursor with continue(key) jumps, which
   * fake-indexeddb answers by re-searching its tree every step (4 items/s ingest), while exact
   * key ranges are cheap on every IndexedDB.
   */
  private async byIndex<T extends { id: string }>(
    table: Table<T, string>,
    index: string,
    keys: readonly (string | number)[],
  ): Promise<T[]> {
    const hits = await Promise.all(keys.map((k) => table.where(index).equals(k).primaryKeys()));
    const ids = [...new Set(hits.flat())].sort();
    return (await table.bulkGet(ids)).filter((row): row is T => row !== undefined).sort(byId);
  }

  async putStory(story: StoryRecord) {
    await this.db.stories.put(story);
  }

  async putArticle(article: ArticleRecord) {
    await this.db.articles.put(article);
  }
}
