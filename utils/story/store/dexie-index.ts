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
    return (await this.db.stories.where('keys').anyOf(keys).distinct().toArray()).sort(byId);
  }

  async articlesByBands(bands: number[]): Promise<ArticleRecord[]> {
    if (bands.length === 0) return [];
    return (await this.db.articles.where('bands').anyOf(bands).distinct().toArray()).sort(byId);
  }

  async putStory(story: StoryRecord) {
    await this.db.stories.put(story);
  }

  async putArticle(article: ArticleRecord) {
    await this.db.articles.put(article);
  }
}
