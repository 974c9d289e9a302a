import { bandJaccard } from '../minhash';
import {
  DOC_COUNT_TERM,
  type ArticleRecord,
  type BandMatch,
  type DocStats,
  type StoryIndex,
  type StoryRecord,
  type TermRow,
} from './story-index';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V) {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

/** The story index in plain Maps, for the CLI, benchmarks and tests. */
export class MemoryStoryIndex implements StoryIndex {
  readonly articles = new Map<string, ArticleRecord>();
  readonly stories = new Map<string, StoryRecord>();
  private readonly keyIndex = new Map<string, Set<string>>();
  private readonly bandIndex = new Map<number, Set<string>>();
  private readonly df = new Map<string, number>();
  private readonly lastSeen = new Map<string, number>();
  private docs = 0;

  async getArticle(id: string) {
    return this.articles.get(id);
  }

  async getStory(id: string) {
    return this.stories.get(id);
  }

  async countDocument(terms: string[], day: number): Promise<DocStats> {
    this.docs++;
    this.lastSeen.set(DOC_COUNT_TERM, day);
    for (const t of new Set(terms)) {
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.lastSeen.set(t, day);
    }
    return this.docStats(terms);
  }

  /** The document-frequency rows the Dexie index would hold after the same stream. */
  termRows(): TermRow[] {
    if (this.docs === 0) return [];
    const rows = [{ term: DOC_COUNT_TERM, df: this.docs, lastSeen: this.lastSeen.get(DOC_COUNT_TERM)! }];
    for (const [term, df] of this.df) rows.push({ term, df, lastSeen: this.lastSeen.get(term)! });
    return rows;
  }

  async docStats(terms: string[]): Promise<DocStats> {
    return { docs: this.docs, df: new Map(terms.map((t) => [t, this.df.get(t) ?? 0])) };
  }

  async storiesByKeys(keys: string[]) {
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.keyIndex.get(k) ?? []) ids.add(id);
    return [...ids].map((id) => this.stories.get(id)!).sort(byId);
  }

  async bestBandMatch(query: number[], bands: number[], minAgreeing: number): Promise<BandMatch | undefined> {
    const ids = new Set<string>();
    for (const b of query) for (const id of this.bandIndex.get(b) ?? []) ids.add(id);
    let best: BandMatch | undefined;
    for (const id of [...ids].sort()) {
      const article = this.articles.get(id)!;
      const { agreeing } = bandJaccard(article.bands, bands);
      if (agreeing >= minAgreeing && (!best || agreeing > best.agreeing))
        best = { id, storyId: article.storyId, agreeing };
    }
    return best;
  }

  async putStory(story: StoryRecord) {
    const old = this.stories.get(story.id);
    for (const k of old?.keys ?? []) this.keyIndex.get(k)?.delete(story.id);
    for (const k of story.keys) addTo(this.keyIndex, k, story.id);
    this.stories.set(story.id, story);
  }

  async putArticle(article: ArticleRecord) {
    for (const b of article.bands) addTo(this.bandIndex, b, article.id);
    this.articles.set(article.id, article);
  }
}
