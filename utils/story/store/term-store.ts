import type { ParallaxDB } from '../../db/parallax-db';
import { fnv1a } from '../minhash';
import { DOC_COUNT_TERM, type TermRow } from './story-index';

/**
 * The document frequencies behind IDF, stored so a 50-item batch writes one row instead of one
 * per distinct term (~900; in Chromium that put alone took ~200 ms a batch):
 * - `termDeltas`: one append-only row per batch (or looked-up page) with the counts it added,
 *   written in that batch's own transaction, so a stopped worker adds all of them or none;
 * - `termShards`: the snapshot, TERM_SHARDS rows each holding the terms that hash to it.
 * The frequencies are the snapshot plus every delta, applied in order (`lastSeen` of the later
 * delta wins), which is exactly what the old one-row-per-term table held. `compactTerms` folds the
 * deltas into the snapshot in one transaction (idempotent: the deltas go in the same commit).
 */
export const TERM_SHARDS = 32;
/** Deltas kept before an ingest batch folds them into the snapshot (bounds what a cold start reads). */
export const COMPACT_AFTER = 40;

export interface TermShardRow {
  shard: number;
  terms: string[];
  df: number[];
  lastSeen: number[];
}

export interface TermDeltaRow {
  seq?: number;
  terms: string[];
  df: number[];
  lastSeen: number[];
}

export const shardOf = (term: string) => fnv1a(term) % TERM_SHARDS;

/** Document frequencies in memory: the committed state, or one batch's additions to it. */
export class TermCounts {
  readonly df = new Map<string, number>();
  readonly lastSeen = new Map<string, number>();

  get docs(): number {
    return this.df.get(DOC_COUNT_TERM) ?? 0;
  }

  add(term: string, df: number, lastSeen: number): void {
    this.df.set(term, (this.df.get(term) ?? 0) + df);
    this.lastSeen.set(term, lastSeen);
  }

  addAll(other: TermCounts): void {
    for (const [term, df] of other.df) this.add(term, df, other.lastSeen.get(term)!);
  }

  addRow(row: Pick<TermDeltaRow, 'terms' | 'df' | 'lastSeen'>): void {
    row.terms.forEach((term, i) => this.add(term, row.df[i]!, row.lastSeen[i]!));
  }

  toDelta(): TermDeltaRow {
    const terms = [...this.df.keys()];
    return { terms, df: terms.map((t) => this.df.get(t)!), lastSeen: terms.map((t) => this.lastSeen.get(t)!) };
  }

  toShards(): TermShardRow[] {
    const shards = Array.from({ length: TERM_SHARDS }, (_, shard): TermShardRow => ({
      shard,
      terms: [],
      df: [],
      lastSeen: [],
    }));
    for (const [term, df] of this.df) {
      const row = shards[shardOf(term)]!;
      row.terms.push(term);
      row.df.push(df);
      row.lastSeen.push(this.lastSeen.get(term)!);
    }
    return shards;
  }

  /** One row per term, as the in-memory index lists them (tests compare the two stores). */
  rows(): TermRow[] {
    return [...this.df].map(([term, df]) => ({ term, df, lastSeen: this.lastSeen.get(term)! }));
  }

  static fromRows(rows: Iterable<TermRow>): TermCounts {
    const counts = new TermCounts();
    for (const r of rows) counts.add(r.term, r.df, r.lastSeen);
    return counts;
  }
}

/** The committed frequencies and how many deltas are not folded into the snapshot yet. */
export interface StoredTerms {
  counts: TermCounts;
  deltas: number;
}

/** The two tables, from the database or bound to a transaction (`tx.table(...)`). */
export type TermTables = Pick<ParallaxDB, 'termShards' | 'termDeltas'>;

/** Reads snapshot and deltas (call inside a transaction over both tables for a consistent view). */
export async function readTerms(db: TermTables): Promise<StoredTerms> {
  const [shards, deltas] = await Promise.all([db.termShards.toArray(), db.termDeltas.toArray()]);
  const counts = new TermCounts();
  for (const shard of shards) counts.addRow(shard);
  for (const delta of deltas.sort((a, b) => a.seq! - b.seq!)) counts.addRow(delta);
  return { counts, deltas: deltas.length };
}

/** Replaces snapshot and deltas with `counts` as one snapshot (inside the caller's transaction). */
export async function writeSnapshot(db: TermTables, counts: TermCounts): Promise<void> {
  const shards = counts.toShards();
  await Promise.all([
    db.termDeltas.clear(),
    db.termShards.bulkPut(shards.filter((s) => s.terms.length > 0)),
    db.termShards.bulkDelete(shards.filter((s) => s.terms.length === 0).map((s) => s.shard)),
  ]);
}

/** Term rows as the snapshot's shards: how tests and benchmarks fill the table directly. */
export const termShardRows = (rows: Iterable<TermRow>) =>
  TermCounts.fromRows(rows)
    .toShards()
    .filter((s) => s.terms.length > 0);
