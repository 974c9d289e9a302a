import { DetectError, parseFeed as parseAnyFeed, type AnyFeed } from 'feedsmith';
import { FeedError, LIMITS, type FeedItem, type ParsedFeed } from './feed-item';
import { decodeFeedBody } from './decode-body';
import { httpUrl, resolveBase } from './feed-url';
import { htmlToText } from './html-text';
import { buildItem, type ItemDraft } from './item-draft';
import { readAtomEntry } from './read-atom';
import { readJsonItem } from './read-json-feed';
import { readRdfItem, readRssItem } from './read-rss';

export interface ParseOptions {
  /** Clock for the far-future date rule (see feed-date.ts). */
  now?: number;
  maxBytes?: number;
  maxItems?: number;
}

/**
 * Any RSS 0.9x/1.0/2.0, Atom or JSON Feed body → normalised items, in the service worker (no DOM).
 * feedsmith (on fast-xml-parser with entity processing off, so DTD entity bombs expand to nothing)
 * does the XML; this module decides encodings, URLs, text, dates and bounds. Throws FeedError.
 */
export function parseFeed(
  body: Uint8Array | string,
  feedUrl: string,
  contentType?: string,
  options: ParseOptions = {},
): ParsedFeed {
  const maxBytes = options.maxBytes ?? LIMITS.maxBytes;
  const size = typeof body === 'string' ? body.length : body.byteLength;
  if (size > maxBytes) throw new FeedError('too-large', `feed is ${size} bytes, over the ${maxBytes} byte limit`);
  // Leading blank lines before <?xml …?> break strict parsers; real feeds have them.
  const text = decodeFeedBody(body, contentType).trimStart();
  if (!text) throw new FeedError('not-a-feed', 'the response is empty');
  const parsed = runParser(text);
  const now = options.now ?? Date.now();
  const { title, link, selfLink, xmlBase, drafts } = describe(parsed, feedUrl);
  const base = resolveBase(xmlBase ?? rootXmlBase(text), httpUrl(feedUrl) ?? httpUrl(selfLink) ?? httpUrl(link));
  const items = drafts(base)
    .map((draft) => buildItem(draft, now))
    .filter((item): item is FeedItem => item !== null);
  return {
    format: parsed.format,
    title: htmlToText(title, LIMITS.titleChars),
    link: httpUrl(link, base),
    items: newest(dedupe(items), options.maxItems ?? LIMITS.maxItems),
  };
}

function runParser(text: string): AnyFeed {
  try {
    return parseAnyFeed(text);
  } catch (error) {
    const looksLikeHtml = /^(?:<!doctype html|<html|<head|<body)/i.test(text);
    if (error instanceof DetectError || looksLikeHtml) {
      const what = looksLikeHtml ? 'an HTML page' : `something else (starts "${text.slice(0, 40)}")`;
      throw new FeedError('not-a-feed', `not RSS, Atom or JSON Feed: got ${what}`, { cause: error });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError('malformed', `the feed could not be parsed: ${reason}`, { cause: error });
  }
}

interface Described {
  title: string | undefined;
  link: string | undefined;
  selfLink: string | undefined;
  xmlBase: string | undefined;
  drafts: (base: string | null) => ItemDraft[];
}

function describe(parsed: AnyFeed, feedUrl: string): Described {
  switch (parsed.format) {
    case 'rss': {
      const feed = parsed.feed;
      return {
        title: feed.title,
        link: feed.link,
        selfLink: feed.atom?.links?.find((l) => l.rel === 'self')?.href,
        xmlBase: undefined,
        drafts: (base) => (feed.items ?? []).map((item) => readRssItem(item, base)),
      };
    }
    case 'rdf': {
      const feed = parsed.feed;
      return {
        title: feed.title,
        link: feed.link,
        selfLink: feed.rdf?.about,
        xmlBase: undefined,
        drafts: (base) => (feed.items ?? []).map((item) => readRdfItem(item, base)),
      };
    }
    case 'atom': {
      const feed = parsed.feed;
      return {
        title: feed.title?.value,
        link: feed.links?.find((l) => !l.rel || l.rel === 'alternate')?.href,
        selfLink: feed.links?.find((l) => l.rel === 'self')?.href,
        xmlBase: feed.xml?.base,
        drafts: (base) => (feed.entries ?? []).map((entry) => readAtomEntry(entry, base)),
      };
    }
    case 'json': {
      const feed = parsed.feed;
      return {
        title: feed.title,
        link: feed.home_page_url,
        selfLink: feed.feed_url,
        xmlBase: undefined,
        drafts: (base) => (feed.items ?? []).map((item) => readJsonItem(item, base ?? feedUrl)),
      };
    }
  }
}

/** xml:base on the root element (<rss xml:base>): feedsmith keeps it only for Atom's <feed>. */
function rootXmlBase(text: string): string | undefined {
  const root = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<[\w:]+\b([^>]*)>/.exec(
    text.slice(0, 4096),
  );
  return /\bxml:base\s*=\s*["']([^"']*)["']/.exec(root?.[1] ?? '')?.[1];
}

/**
 * Feeds repeat items: the first occurrence of a GUID (or of a URL, for items without one) wins.
 * Items sharing a URL but not a GUID (podcast episodes all linking to the show page) are all kept;
 * the story index deduplicates by canonical URL itself.
 */
function dedupe(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.guid ? `g:${item.guid}` : `u:${item.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Keeps the `max` newest items (undated ones count as oldest), in the feed's own order. */
function newest(items: FeedItem[], max: number): FeedItem[] {
  if (items.length <= max) return items;
  const keep = new Set(
    items
      .map((item, index) => ({ index, at: item.publishedAt ?? -Infinity }))
      .sort((a, b) => b.at - a.at || a.index - b.index)
      .slice(0, max)
      .map(({ index }) => index),
  );
  return items.filter((_, index) => keep.has(index));
}
