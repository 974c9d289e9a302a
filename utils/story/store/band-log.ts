import type { ParallaxDB } from '../../db/parallax-db';
import { dayOf } from '../params';
import type { ArticleRecord } from './story-index';

/**
 * Which stored article has which MinHash band, and which story it is in (and, so, which articles
 * are stored: one without bands, its text too short, is logged with none), kept apart from the
 * article rows and read whole into the worker, so finding a wire copy's story asks IndexedDB
 * nothing but that story: a query per band cost a lookup ~4 ms (16 of them) and a 50-item batch of
 * wire copies ~130 ms in Chromium, its multiEntry index wrote 16 entries per article, and reading
 * each original's row to learn its story was ~12% of ingest at 20,000 articles. One append-only
 * row per batch (or looked-up page), written in that batch's own transaction, so the log never
 * misses a committed article; ingest merges the rows of a week once there are more than MAX_ROWS,
 * and prune removes the articles it deletes. An article's story never changes once assigned.
 *
 * A row is built for reading fast: its bands sorted (binary search, nothing to build on read),
 * and its ids and story ids as one string each with offsets (one string clones far faster than
 * thousands). Every writer of articles must log them, and every deletion go through
 * `pruneBandLog` (prune.ts's `removeArticles`): the log is trusted as it is.
 */
export interface BandLogRow {
  seq?: number;
  /** Week (days / 7) of the newest article the row holds: rows of one week are merged together. */
  week: number;
  /** The row's article ids, concatenated; the k-th is `ids.slice(idStart[k], idStart[k + 1])`. */
  ids: string;
  idStart: Int32Array;
  /** Every band of every article, ascending; `owner[i]` is the article (k) having `bands[i]`. */
  bands: Float64Array;
  owner: Int32Array;
  /** The row's distinct story ids, concatenated (offsets in `storyStart`); article k is in story `storyOf[k]`. */
  stories: string;
  storyStart: Int32Array;
  storyOf: Int32Array;
}

export const weekOf = (publishedAt: number) => Math.floor(dayOf(publishedAt) / 7);

/** Small rows merged in ingest once the log has more (a band look-up visits each). */
export const MAX_ROWS = 40;

const TWO_32 = 2 ** 32;
/** Articles a row can hold: band position, hash and owner are sorted as one number (see `buildRow`). */
export const MAX_OWNERS = 2 ** 21;

type LoggedArticle = Pick<ArticleRecord, 'id' | 'bands' | 'storyId'>;

/**
 * A row of `articles` (null when none has bands). A band is `position * 2^32 + hash`
 * (minhash.ts), so sorting per position by `hash * 2^21 + owner` (exact below 2^53) sorts the
 * bands with their owners natively, without a comparator.
 */
function buildRow(week: number, logged: readonly LoggedArticle[]): BandLogRow | null {
  if (logged.length === 0) return null;
  if (logged.length > MAX_OWNERS) throw new RangeError(`a band log row holds at most ${MAX_OWNERS} articles`);
  const byPosition = new Map<number, number[]>();
  logged.forEach((a, owner) => {
    for (const band of a.bands) {
      const position = Math.floor(band / TWO_32);
      const packed = (band - position * TWO_32) * MAX_OWNERS + owner;
      const list = byPosition.get(position);
      if (list) list.push(packed);
      else byPosition.set(position, [packed]);
    }
  });
  const total = [...byPosition.values()].reduce((n, l) => n + l.length, 0);
  const bands = new Float64Array(total);
  const owner = new Int32Array(total);
  let at = 0;
  for (const position of [...byPosition.keys()].sort((a, b) => a - b)) {
    for (const packed of Float64Array.from(byPosition.get(position)!).sort()) {
      const k = packed % MAX_OWNERS;
      bands[at] = position * TWO_32 + (packed - k) / MAX_OWNERS;
      owner[at++] = k;
    }
  }
  const storyIndex = new Map<string, number>();
  const storyOf = Int32Array.from(logged, (a) => {
    let n = storyIndex.get(a.storyId);
    if (n === undefined) storyIndex.set(a.storyId, (n = storyIndex.size));
    return n;
  });
  const ids = concat(logged.map((a) => a.id));
  const stories = concat([...storyIndex.keys()]);
  return {
    week,
    ids: ids.text,
    idStart: ids.start,
    bands,
    owner,
    stories: stories.text,
    storyStart: stories.start,
    storyOf,
  };
}

/** Strings as one string and offsets: the k-th is `text.slice(start[k], start[k + 1])`. */
function concat(strings: readonly string[]): { text: string; start: Int32Array } {
  const start = new Int32Array(strings.length + 1);
  strings.forEach((s, k) => (start[k + 1] = start[k]! + s.length));
  return { text: strings.join(''), start };
}

/** The log row of some articles (null when there are none). */
export function bandLogRow(articles: Iterable<LoggedArticle & Pick<ArticleRecord, 'publishedAt'>>): BandLogRow | null {
  const list = [...articles];
  let newest = -Infinity;
  for (const a of list) newest = Math.max(newest, a.publishedAt);
  return buildRow(weekOf(newest), list);
}

/** Log rows for articles stored without one (a schema upgrade, a benchmark fill): one row per week. */
export function bandLogRows(articles: Iterable<LoggedArticle & Pick<ArticleRecord, 'publishedAt'>>): BandLogRow[] {
  const rows: BandLogRow[] = [];
  for (const week of groupBy(articles, (a) => weekOf(a.publishedAt)).values()) {
    for (let i = 0; i < week.length; i += MAX_OWNERS) {
      const row = bandLogRow(week.slice(i, i + MAX_OWNERS));
      if (row) rows.push(row);
    }
  }
  return rows;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export const idOf = (row: BandLogRow, k: number) => row.ids.slice(row.idStart[k], row.idStart[k + 1]);

/** The story of a row's k-th article. */
export function storyIdOf(row: BandLogRow, k: number): string {
  const n = row.storyOf[k]!;
  return row.stories.slice(row.storyStart[n], row.storyStart[n + 1]);
}

/** The articles of a row with their bands and stories, in the order they were logged (the inverse of `buildRow`). */
export function loggedArticles(row: BandLogRow): LoggedArticle[] {
  const articles = Array.from({ length: row.idStart.length - 1 }, (_, k) => ({
    id: idOf(row, k),
    bands: [] as number[],
    storyId: storyIdOf(row, k),
  }));
  row.bands.forEach((band, i) => articles[row.owner[i]!]!.bands.push(band));
  return articles;
}

/**
 * Rows up to this many bands are small: the worker looks them up through a hash map (band-log-index.ts), and
 * ingest merges them once there are more than MAX_ROWS. A batch's own row is small.
 */
export const SMALL_ROW = 4096;

/** Large rows a week may have before ingest merges the whole week (prune merges each week anyway). */
const MAX_LARGE_ROWS = 8;

/**
 * `rows` compacted, and what to delete and add for it: each week's small rows (a batch's, up to
 * SMALL_ROW bands) merged into one, and a week with more than MAX_LARGE_ROWS large rows merged
 * whole. Tiers, because rewriting a week's whole row every MAX_ROWS batches cost ingest ~5% of its
 * time at 50k articles.
 */
export function compactRows(rows: readonly BandLogRow[]): { keep: BandLogRow[]; drop: number[]; add: BandLogRow[] } {
  const keep: BandLogRow[] = [];
  const drop: number[] = [];
  const add: BandLogRow[] = [];
  const merge = (week: number, group: BandLogRow[]) => {
    drop.push(...group.map((r) => r.seq!));
    for (let i = 0, articles = group.flatMap(loggedArticles); i < articles.length; i += MAX_OWNERS)
      add.push(buildRow(week, articles.slice(i, i + MAX_OWNERS))!);
  };
  for (const [week, group] of groupBy(rows, (r) => r.week)) {
    const small = group.filter((r) => r.bands.length <= SMALL_ROW);
    const large = group.filter((r) => r.bands.length > SMALL_ROW);
    if (large.length > MAX_LARGE_ROWS) merge(week, group);
    else {
      keep.push(...large);
      if (small.length > 1) merge(week, small);
      else keep.push(...small);
    }
  }
  return { keep, drop, add };
}

/**
 * Prune's part: removes the `deleted` articles from the log and merges each week into one row,
 * so the log names exactly the stored articles again.
 */
export async function pruneBandLog(db: Pick<ParallaxDB, 'bandLog'>, deleted: Iterable<string>): Promise<void> {
  const gone = new Set(deleted);
  const drop: number[] = [];
  const add: BandLogRow[] = [];
  for (const [week, group] of groupBy(await db.bandLog.toArray(), (r) => r.week)) {
    const articles = group.flatMap(loggedArticles);
    const kept = articles.filter((a) => !gone.has(a.id));
    if (group.length === 1 && kept.length === articles.length) continue; // nothing to change
    drop.push(...group.map((r) => r.seq!));
    // A week too large for one row (not expected below millions of articles) stays in rows of MAX_OWNERS.
    for (let i = 0; i < kept.length; i += MAX_OWNERS) {
      const row = buildRow(week, kept.slice(i, i + MAX_OWNERS));
      if (row) add.push(row);
    }
  }
  if (drop.length) await db.bandLog.bulkDelete(drop);
  if (add.length) await db.bandLog.bulkAdd(add);
}
