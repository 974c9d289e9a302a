/** A feed as Parallax keeps it: only what story matching and the popup need, already cleaned. */
export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** Absolute http(s) URL of the article; items without one are dropped. */
  url: string;
  /** Plain text (HTML stripped, entities decoded), at most LIMITS.titleChars. */
  title: string;
  /** Plain text, at most LIMITS.summaryChars; null when the feed gives none. */
  summary: string | null;
  /** Epoch ms; null when absent, unparseable or implausible (see parseFeedDate). */
  publishedAt: number | null;
  guid: string | null;
  authors: string[];
  categories: string[];
  /** Absolute http(s) image URL (media:content, enclosure, JSON image), or null. */
  image: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  /** The site the feed belongs to (absolute http(s)), or null. */
  link: string | null;
  items: FeedItem[];
}

export type FeedErrorKind = 'not-a-feed' | 'malformed' | 'too-large';

/** Why a body could not be read as a feed; `message` is meant for the health record and the CLI. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Bounds on the work one feed can cause, whatever it contains. */
export const LIMITS = {
  /** Bodies larger than this are refused before parsing (fetchFeed stops downloading earlier). */
  maxBytes: 5 * 1024 * 1024,
  /** Items kept per feed: the newest ones (a podcast archive of 10,000 episodes is not news). */
  maxItems: 500,
  titleChars: 300,
  summaryChars: 1000,
  /** HTML longer than this is cut before stripping, so a 1 MB content:encoded costs nothing. */
  htmlInputChars: 20_000,
  maxAuthors: 10,
  maxCategories: 20,
  categoryChars: 100,
};
