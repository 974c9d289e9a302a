import { bandJaccard } from '../minhash';
import type { BandLog } from './band-log-index';
import type { ArticleRecord, BandMatch } from './story-index';

/** The arguments of `bestBandMatch`. */
export interface BandQuery {
  query: number[];
  bands: number[];
  minAgreeing: number;
}

/** The article agreeing on the most bands (at least `min`), the first in id order of a tie. */
export function bestOf(agreeing: ReadonlyMap<string, BandMatch>, min: number): BandMatch | undefined {
  let best: BandMatch | undefined;
  for (const match of agreeing.values())
    if (
      match.agreeing >= min &&
      (!best || match.agreeing > best.agreeing || (match.agreeing === best.agreeing && match.id < best.id))
    )
      best = match;
  return best;
}

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The MinHash bands a batch sees: the committed articles' (the band log) and its own new articles'.
 * Committed counts are computed once per search and batch (the log does not change within one):
 * ingest asks them first to prefetch the originals, then again when it places each article.
 */
export class BatchBands {
  private readonly newBands = new Map<number, string[]>();
  private readonly committedCounts = new WeakMap<
    readonly number[],
    { query: number[]; counts: Map<string, BandMatch> }
  >();

  /** `articles`: the batch's new articles by id (the index's own map; `add` each as it is put). */
  constructor(private readonly articles: ReadonlyMap<string, ArticleRecord>) {}

  add(article: ArticleRecord): void {
    for (const b of article.bands) {
      const list = this.newBands.get(b);
      if (list) list.push(article.id);
      else this.newBands.set(b, [article.id]);
    }
  }

  /**
   * How many of `bands` each article sharing one of the `query` bands agrees on, and its story:
   * committed articles from the log (exact, as articles are only added), and with `batch`, this
   * batch's from their rows.
   */
  agreeing(log: BandLog, { query, bands }: BandQuery, batch: boolean): Map<string, BandMatch> {
    const memo = this.committedCounts.get(bands);
    let committed = memo && sameNumbers(memo.query, query) ? memo.counts : undefined;
    if (!committed) this.committedCounts.set(bands, { query, counts: (committed = log.agreeing(query, bands)) });
    if (!batch) return committed;
    const agreeing = new Map(committed);
    // A row rewritten in this batch is judged by its new bands, as when every row was read.
    for (const id of this.articles.keys()) agreeing.delete(id);
    for (const b of query)
      for (const id of this.newBands.get(b) ?? []) {
        const article = this.articles.get(id)!;
        agreeing.set(id, { id, storyId: article.storyId, agreeing: bandJaccard(article.bands, bands).agreeing });
      }
    return agreeing;
  }
}
