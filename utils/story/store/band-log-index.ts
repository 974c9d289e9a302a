import type { ParallaxDB } from '../../db/parallax-db';
import { fnv1a, fnv1aRange } from '../minhash';
import { idOf, MAX_OWNERS, SMALL_ROW, storyIdOf, type BandLogRow } from './band-log';
import type { BandMatch } from './story-index';

// The band log (band-log.ts: its rows, as stored) as the worker holds it in memory to answer which
// articles have a band, and which ids are surely not stored, without asking IndexedDB.

/** Bands per directory bucket, as a power of two: a bucket is a band's position and its hash's top 8 bits. */
const BUCKET = 2 ** 24;

/**
 * Where each bucket of a row's sorted bands starts (one past the last: the row's length). A band
 * look-up then bisects a bucket of a few entries instead of the whole row: bisecting rows of
 * hundreds of thousands of bands was a cache miss a step, ~70% of a wire-copy search at 50k.
 */
function directory(bands: Float64Array): Int32Array {
  const buckets = bands.length ? Math.floor(bands[bands.length - 1]! / BUCKET) + 1 : 0;
  const start = new Int32Array(buckets + 1);
  let i = 0;
  for (let b = 0; b <= buckets; b++) {
    while (i < bands.length && Math.floor(bands[i]! / BUCKET) < b) i++;
    start[b] = i;
  }
  return start;
}

/** First index of `band` in `bands[lo, hi)` (sorted), or where it would go. */
function lowerBound(bands: Float64Array, band: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bands[mid]! < band) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A row's bands grouped by article: `at[start[k] .. start[k + 1])` are the indexes (into the row's
 * `bands`) of article k's bands. The inverse of the row's band order, built when first needed.
 */
interface ByOwner {
  start: Int32Array;
  at: Int32Array;
}

function byOwner(row: BandLogRow): ByOwner {
  const start = new Int32Array(row.idStart.length);
  for (const k of row.owner) start[k + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const next = start.slice(0, -1);
  const at = new Int32Array(row.owner.length);
  row.owner.forEach((k, i) => (at[next[k]!++] = i));
  return { start, at };
}

/** The log as read into the worker, plus the rows committed since (`append`). */
export class BandLog {
  readonly rows: BandLogRow[] = [];
  /** Rows searched by bisection (the large ones), each with its index and directory. */
  private readonly sorted: { r: number; bands: Float64Array; owner: Int32Array; start: Int32Array }[] = [];
  /** Refs (see `refsWith`) of the small rows' bands. */
  private readonly small = new Map<number, number[]>();
  /** Rows' bands by article (see `ByOwner`), by row index, for the rows a search has met. */
  private readonly owners = new Map<number, ByOwner>();

  constructor(rows: readonly BandLogRow[]) {
    for (const row of rows) this.append(row);
  }

  /** Hashes of every logged id, built on first `mayHold`. */
  private idHashes: Set<number> | undefined;

  /**
   * False when no article with this id is logged, so none is stored (every writer of articles logs
   * them, in the same transaction): ingest then need not ask for its row. True means "perhaps"
   * (a hash can collide, an entry can be stale): read the row.
   */
  mayHold(id: string): boolean {
    if (!this.idHashes) {
      this.idHashes = new Set();
      for (const row of this.rows) this.hashIds(row);
    }
    return this.idHashes.has(fnv1a(id));
  }

  private hashIds(row: BandLogRow): void {
    for (let k = 0; k + 1 < row.idStart.length; k++)
      this.idHashes!.add(fnv1aRange(row.ids, row.idStart[k]!, row.idStart[k + 1]!));
  }

  /** Rows looked up through the hash map: the ones ingest merges when there are more than MAX_ROWS. */
  get smallRows(): number {
    return this.rows.length - this.sorted.length;
  }

  /** Adds a row (committed after the log was read). */
  append(row: BandLogRow): void {
    const r = this.rows.push(row) - 1;
    if (this.idHashes) this.hashIds(row);
    if (row.bands.length > SMALL_ROW) {
      this.sorted.push({ r, bands: row.bands, owner: row.owner, start: directory(row.bands) });
      return;
    }
    row.bands.forEach((band, i) => {
      const ref = r * MAX_OWNERS + row.owner[i]!;
      const refs = this.small.get(band);
      if (refs) refs.push(ref);
      else this.small.set(band, [ref]);
    });
  }

  /** Ids of the logged articles having `band` (an id twice if it was logged twice). */
  articlesWith(band: number): string[] {
    return this.refsWith(band).map((ref) => this.idOfRef(ref));
  }

  /**
   * For each logged article having one of the `query` bands, how many of `bands` it has, and its
   * story. Only the query bands are looked up; each candidate's own bands are then read from its
   * row (`ByOwner`), not found by looking up every band of `bands` in every row (3x the time).
   */
  agreeing(query: readonly number[], bands: readonly number[]): Map<string, BandMatch> {
    const candidates = new Set<number>();
    for (const b of query) for (const ref of this.refsWith(b)) candidates.add(ref);
    const byId = new Map<string, BandMatch>();
    if (candidates.size === 0) return byId;
    const wanted = new Set(bands);
    for (const ref of candidates) {
      const r = Math.floor(ref / MAX_OWNERS);
      const k = ref % MAX_OWNERS;
      const row = this.rows[r]!;
      let owners = this.owners.get(r);
      if (!owners) this.owners.set(r, (owners = byOwner(row)));
      let agreeing = 0;
      for (let j = owners.start[k]!; j < owners.start[k + 1]!; j++)
        if (wanted.has(row.bands[owners.at[j]!]!)) agreeing++;
      // An id logged twice (deleted behind the log's back, then stored again) keeps its best count.
      const id = idOf(row, k);
      if ((byId.get(id)?.agreeing ?? -1) < agreeing) byId.set(id, { id, storyId: storyIdOf(row, k), agreeing });
    }
    return byId;
  }

  private idOfRef(ref: number): string {
    return idOf(this.rows[Math.floor(ref / MAX_OWNERS)]!, ref % MAX_OWNERS);
  }

  /** `row index * MAX_OWNERS + owner` of each logged article having `band`. */
  private refsWith(band: number): number[] {
    const refs = [...(this.small.get(band) ?? [])];
    const bucket = Math.floor(band / BUCKET);
    for (const { r, bands, owner, start } of this.sorted) {
      if (bucket >= start.length - 1) continue;
      const end = start[bucket + 1]!;
      for (let i = lowerBound(bands, band, start[bucket]!, end); i < end && bands[i] === band; i++)
        refs.push(r * MAX_OWNERS + owner[i]!);
    }
    return refs;
  }

  static async read(db: Pick<ParallaxDB, 'bandLog'>): Promise<BandLog> {
    return new BandLog(await db.bandLog.toArray());
  }
}
