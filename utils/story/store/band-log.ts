import type { ParallaxDB } from '../../db/parallax-db';
import { dayOf } from '../params';
import type { ArticleRecord } from './story-index';

/**
 * Every MinHash band of every stored article, kept apart from the rows, so ingest can tell that a
 * band has no article without asking IndexedDB: most bands of a new article are new (only wire
 * copies share them), and asking cost 9 index queries an article (~60 ms of a 50-item batch in
 * Chromium). One append-only row per batch, written in the batch's own transaction, so the log
 * never misses a committed article; rows are grouped by week of their newest article, and prune
 * drops the weeks whose articles are all past retention and merges the rest, one row a week.
 * Bands of articles deleted otherwise stay until then: a stale band only costs a query, a band
 * missing from the log would hide a wire copy, so every writer of `articles` must log its bands
 * (story sessions do; so does the v5 upgrade and the benchmark fill).
 */
export interface BandLogRow {
  seq?: number;
  /** Week (days / 7) of the newest article whose bands the row holds. */
  week: number;
  bands: Float64Array;
}

export const weekOf = (publishedAt: number) => Math.floor(dayOf(publishedAt) / 7);

/** The log row of some articles (null when they have no bands). */
export function bandLogRow(articles: Iterable<Pick<ArticleRecord, 'bands' | 'publishedAt'>>): BandLogRow | null {
  const bands: number[] = [];
  let newest = -Infinity;
  for (const a of articles) {
    if (a.bands.length === 0) continue;
    bands.push(...a.bands);
    newest = Math.max(newest, a.publishedAt);
  }
  return bands.length ? { week: weekOf(newest), bands: Float64Array.from(bands) } : null;
}

/** The bands of the log in memory: a sorted array read once, plus what was added since. */
export class BandSet {
  private readonly added = new Set<number>();
  constructor(private readonly sorted: Float64Array) {}

  has(band: number): boolean {
    if (this.added.has(band)) return true;
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.sorted[mid]!;
      if (v === band) return true;
      if (v < band) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  add(bands: Iterable<number>): void {
    for (const b of bands) this.added.add(b);
  }

  static async read(db: Pick<ParallaxDB, 'bandLog'>): Promise<BandSet> {
    const rows = await db.bandLog.toArray();
    const all = new Float64Array(rows.reduce((n, r) => n + r.bands.length, 0));
    let at = 0;
    for (const r of rows) {
      all.set(r.bands, at);
      at += r.bands.length;
    }
    return new BandSet(all.sort());
  }
}

/** Prune's part: drops the weeks before `cutoffWeek` and merges each remaining week into one row. */
export async function compactBandLog(db: Pick<ParallaxDB, 'bandLog'>, cutoffWeek: number): Promise<void> {
  const rows = await db.bandLog.toArray();
  const byWeek = new Map<number, BandLogRow[]>();
  for (const r of rows) if (r.week >= cutoffWeek) byWeek.set(r.week, [...(byWeek.get(r.week) ?? []), r]);
  const merged: BandLogRow[] = [];
  for (const [week, group] of byWeek) {
    if (group.length === 1) continue;
    const bands = new Float64Array(group.reduce((n, r) => n + r.bands.length, 0));
    let at = 0;
    for (const r of group) {
      bands.set(r.bands, at);
      at += r.bands.length;
    }
    merged.push({ week, bands: new Float64Array(new Set(bands)) });
  }
  const keep = new Set(rows.filter((r) => r.week >= cutoffWeek && byWeek.get(r.week)!.length === 1).map((r) => r.seq));
  const drop = rows.filter((r) => !keep.has(r.seq)).map((r) => r.seq!);
  if (drop.length) await db.bandLog.bulkDelete(drop);
  if (merged.length) await db.bandLog.bulkAdd(merged);
}
