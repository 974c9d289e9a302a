import type { TermVector } from '../text/vector';
import type { Story, StoredArticle } from '../story';

/** An article row: what the popup shows plus its MinHash band keys (near-duplicate index). */
export interface ArticleRecord extends StoredArticle {
  bands: number[];
}

/** A story row: what the popup shows plus the bounded centroid and its `term|day` index keys. */
export interface StoryRecord extends Story {
  /** Running sum of member article vectors, truncated to the strongest terms. */
  centroid: TermVector;
  /** Distinct days (ms / 86 400 000) that have member articles, the most recent few. */
  days: number[];
  /** `term|bucket` (4-day buckets) for the centroid's strongest terms × the buckets of `days`: how candidates are found. */
  keys: string[];
}

/**
 * A story's keys as the `storyKeys` table indexes them (a row of its own, rewritten only when the
 * keys change, while the story row changes with every article).
 */
export interface StoryKeysRow {
  id: string;
  keys: string[];
}

/** Whether two key lists hold the same keys (order aside). */
export function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((k) => set.has(k));
}

/** A stored article sharing MinHash bands with a new one: how many of its bands agree, and its story. */
export interface BandMatch {
  id: string;
  storyId: string;
  agreeing: number;
}

/** Document frequencies after counting one more document. */
export interface DocStats {
  docs: number;
  df: Map<string, number>;
}

/**
 * What the clustering algorithm needs from storage. Two implementations run the same
 * algorithm: in memory (CLI, benchmarks, tests) and on Dexie (the extension). Every method is
 * async so the Dexie one can run inside a single transaction.
 */
export interface StoryIndex {
  getArticle(id: string): Promise<ArticleRecord | undefined>;
  getStory(id: string): Promise<StoryRecord | undefined>;
  /** Counts a new document containing `terms` (seen on `day`) and returns the updated frequencies. */
  countDocument(terms: string[], day: number): Promise<DocStats>;
  /** Frequencies without counting anything (read-only scoring). */
  docStats(terms: string[]): Promise<DocStats>;
  /** Stories having at least one of `keys`, each once. */
  storiesByKeys(keys: string[]): Promise<StoryRecord[]>;
  /**
   * Of the articles sharing at least one of the `query` bands, the one agreeing on the most of
   * `bands` (counted as `bandJaccard` counts them), the first in id order when several tie, if
   * that is at least `minAgreeing`; undefined when none reaches it. Only its story is needed to
   * place a wire copy, so a store need read no article row (a repeated wire text has dozens).
   */
  bestBandMatch(query: number[], bands: number[], minAgreeing: number): Promise<BandMatch | undefined>;
  putStory(story: StoryRecord): Promise<void>;
  putArticle(article: ArticleRecord): Promise<void>;
}

export const storyKey = (term: string, bucket: number) => `${term}|${bucket}`;

/**
 * Days are grouped in 4-day buckets for the index: an article queries the (at most two)
 * buckets covering its day ± 2, which finds every story active within 2 days and most within
 * 3–5, with 2 keys per term instead of 7. Each key is one index query, and on fake-indexeddb
 * (and, less so, real IndexedDB) the number of queries is what ingest speed depends on.
 */
export const BUCKET_DAYS = 4;
export const bucketOf = (day: number) => Math.floor(day / BUCKET_DAYS);
export const queryBuckets = (day: number) => [...new Set([bucketOf(day - 2), bucketOf(day + 2)])];

/** Distinct recent days of a story kept as index keys: older days can no longer win (time decay). */
export const KEY_DAYS = 7;

/** A story's index keys: its strongest centroid terms in each bucket of its recent days. */
export function storyKeys(centroid: TermVector, days: readonly number[], keyTerms: number): string[] {
  const buckets = [...new Set(days.map(bucketOf))];
  return centroid.terms.slice(0, keyTerms).flatMap((t) => buckets.map((b) => storyKey(t, b)));
}

/** A document-frequency row; `lastSeen` (a day) lets pruning forget terms nobody uses any more. */
export interface TermRow {
  term: string;
  df: number;
  lastSeen: number;
}

/** The reserved `terms` row counting documents (real terms never start with '#'). */
export const DOC_COUNT_TERM = '#docs';
