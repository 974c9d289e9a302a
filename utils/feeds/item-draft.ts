import { LIMITS, type FeedItem } from './feed-item';
import { httpUrl } from './feed-url';
import { htmlToText, truncate } from './html-text';
import { parseFeedDate } from './feed-date';

/** What a format-specific reader found in one item, before cleaning. Every field may be junk. */
export interface ItemDraft {
  /** Base for relative URLs (feed URL, refined by xml:base). */
  base: string | null;
  links: (string | undefined)[];
  title: string | undefined;
  summaries: (string | undefined)[];
  dates: unknown[];
  guid: string | undefined;
  authors: (string | undefined)[];
  categories: (string | undefined)[];
  images: (string | undefined)[];
}

/** Cleans a draft into a FeedItem; null when it has no usable http(s) link. */
export function buildItem(draft: ItemDraft, now: number): FeedItem | null {
  const url = firstDefined(draft.links.map((link) => httpUrl(link, draft.base)));
  if (!url) return null;
  const summary = firstNonEmpty(draft.summaries.map((s) => htmlToText(s, LIMITS.summaryChars)));
  const guid = draft.guid?.trim() ? truncate(draft.guid.trim(), 500) : null;
  return {
    url,
    title: htmlToText(draft.title, LIMITS.titleChars),
    summary,
    publishedAt: firstDefined(draft.dates.map((date) => parseFeedDate(date, now))),
    guid,
    authors: cleanList(draft.authors.map(authorName), LIMITS.maxAuthors),
    categories: cleanList(draft.categories, LIMITS.maxCategories),
    image: firstDefined(draft.images.map((src) => httpUrl(src, draft.base))),
  };
}

/** RSS <author> is often "jane@example.com (Jane Doe)": show the name, not the address. */
function authorName(raw: string | undefined): string | undefined {
  if (!raw) return raw;
  const inParens = /^\s*\S+@\S+\s*\((.+)\)\s*$/.exec(raw);
  return inParens ? inParens[1] : raw;
}

function cleanList(values: (string | undefined)[], max: number): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const text = htmlToText(value, LIMITS.categoryChars);
    if (text) seen.add(text);
    if (seen.size >= max) break;
  }
  return [...seen];
}

function firstDefined<T>(values: (T | null)[]): T | null {
  for (const value of values) if (value !== null) return value;
  return null;
}

function firstNonEmpty(values: string[]): string | null {
  return values.find((value) => value.length > 0) ?? null;
}
