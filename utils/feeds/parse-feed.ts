import { FeedError, LIMITS, type FeedFormat, type FeedItem, type ParsedFeed } from './feed-item';
import { decodeFeedBody } from './decode-body';
import { httpUrl, resolveBase } from './feed-url';
import { detectXmlFormat, parseXmlFeed, type XmlFormat } from './feed-xml';
import { htmlToText } from './html-text';
import { buildItem, type ItemDraft } from './item-draft';
import { atomText, readAtomEntry } from './read-atom';
import { isJsonFeed, jsonObject, member, readJsonItem, type JsonNode } from './read-json-feed';
import { atomLinks, rdfAbout, readRdfItem, readRssItem } from './read-rss';
import { attr, every, first, firstText, isNode, text, type XmlNode, type XmlValue } from './xml-values';

export interface ParseOptions {
  /** Clock for the far-future date rule (see feed-date.ts). */
  now?: number;
  maxBytes?: number;
  maxItems?: number;
}

/**
 * Any RSS 0.9x/1.0/2.0, Atom or JSON Feed body → normalised items, in the service worker (no DOM).
 * fast-xml-parser (entity processing off, so DTD entity bombs expand to nothing) reads the XML;
 * feed-xml.ts and the read-* files pick out what Parallax keeps, the way feedsmith did before the
 * background bundle had to shrink; this module decides encodings, URLs, text, dates and bounds.
 * Throws FeedError.
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
  const { format, title, link, selfLink, xmlBase, drafts } = read(text, feedUrl);
  const now = options.now ?? Date.now();
  const base = resolveBase(xmlBase ?? rootXmlBase(text), httpUrl(feedUrl) ?? httpUrl(selfLink) ?? httpUrl(link));
  const items = drafts(base)
    .map((draft) => buildItem(draft, now))
    .filter((item): item is FeedItem => item !== null);
  return {
    format,
    title: htmlToText(title, LIMITS.titleChars),
    link: httpUrl(link, base),
    items: newest(dedupe(items), options.maxItems ?? LIMITS.maxItems),
  };
}

function read(text: string, feedUrl: string): Described {
  try {
    const format = detectXmlFormat(text);
    if (format) return describeXml(format, parseXmlFeed(text, format));
    const json = jsonObject(text);
    if (json && isJsonFeed(json)) return describeJson(json, feedUrl);
  } catch (error) {
    if (looksLikeHtml(text)) throw notAFeed(text, error);
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError('malformed', `the feed could not be parsed: ${reason}`, { cause: error });
  }
  throw notAFeed(text);
}

const looksLikeHtml = (text: string) => /^(?:<!doctype html|<html|<head|<body)/i.test(text);

function notAFeed(text: string, cause?: unknown): FeedError {
  const what = looksLikeHtml(text) ? 'an HTML page' : `something else (starts "${text.slice(0, 40)}")`;
  return new FeedError('not-a-feed', `not RSS, Atom or JSON Feed: got ${what}`, { cause });
}

/** A document of a feed format with nothing of a feed in it: reported as malformed. */
class EmptyFeedError extends Error {
  constructor(what: string) {
    super(`the ${what} has nothing in it`);
  }
}

interface Described {
  format: FeedFormat;
  title: string | undefined;
  link: string | undefined;
  selfLink: string | undefined;
  xmlBase: string | undefined;
  drafts: (base: string | null) => ItemDraft[];
}

const nodes = (value: XmlValue): XmlNode[] => every(value, (n) => (isNode(n) ? n : undefined)) ?? [];

/** Whether an element holds anything: text or child elements. */
const holdsSomething = (value: XmlValue): boolean =>
  Array.isArray(value) ? value.some(holdsSomething) : isNode(value) || text(value) !== undefined;

/**
 * Whether a channel (or Atom feed, or RDF root) has one of the elements its format defines, or any
 * namespaced element, with something in it. Like feedsmith, a channel with nothing it knows (an empty
 * one, or one holding only a second, broken copy of the document) is a malformed feed, not an empty one.
 */
function hasContent(node: XmlNode, known: string[]): boolean {
  return (
    Object.entries(node).some(
      ([key, value]) => key[0] !== '@' && (known.includes(key) || NAMESPACED.test(key)) && holdsSomething(value),
    ) || ['xml:lang', 'xml:base', 'xml:space', 'xml:id'].some((name) => attr(node, name) !== undefined)
  );
}

const NAMESPACED = /^[\w.-]+:[\w.-]+$/;
const RSS_CHANNEL = [
  ...['title', 'link', 'description', 'language', 'copyright', 'managingeditor', 'webmaster', 'pubdate'],
  ...['lastbuilddate', 'category', 'generator', 'docs', 'cloud', 'ttl', 'image', 'rating', 'textinput'],
  ...['skiphours', 'skipdays', 'item'],
];
const RSS_ROOT = ['image', 'textinput', 'item'];
const RDF_ROOT = ['channel', 'image', 'item', 'textinput'];
const ATOM_FEED = [
  ...['author', 'category', 'contributor', 'generator', 'icon', 'id', 'link', 'logo', 'rights', 'subtitle'],
  ...['tagline', 'title', 'updated', 'modified', 'entry'],
];

function describeXml(format: XmlFormat, doc: XmlNode): Described {
  switch (format) {
    case 'rss': {
      const rss = first(doc.rss);
      const channel = isNode(rss) ? first(rss.channel) : undefined;
      if (!isNode(rss) || !isNode(channel) || !(hasContent(channel, RSS_CHANNEL) || hasContent(rss, RSS_ROOT)))
        throw new EmptyFeedError('RSS channel');
      const items = nodes(channel.item).length ? nodes(channel.item) : nodes(rss.item);
      return {
        format,
        title: firstText(channel.title),
        link: firstText(channel.link),
        selfLink: selfHref(channel['atom:link']),
        xmlBase: undefined,
        drafts: (base) => items.map((item) => readRssItem(item, base)),
      };
    }
    case 'rdf': {
      const rdf = first(doc.rdf);
      if (!isNode(rdf) || !hasContent(rdf, RDF_ROOT)) throw new EmptyFeedError('RSS 1.0 document');
      const channel = first(rdf.channel);
      const items = rdfItems(rdf, channel);
      return {
        format,
        title: isNode(channel) ? firstText(channel.title) : undefined,
        link: isNode(channel) ? firstText(channel.link) : undefined,
        selfLink: rdfAbout(channel),
        xmlBase: undefined,
        drafts: (base) => items.map((item) => readRdfItem(item, base)),
      };
    }
    case 'atom': {
      const plain = first(doc.feed);
      const prefix = isNode(plain) && hasContent(plain, ATOM_FEED) ? '' : 'atom:';
      const feed = prefix ? first(doc['atom:feed']) : plain;
      if (!isNode(feed) || !hasContent(feed, prefix ? ATOM_FEED.map((k) => prefix + k) : ATOM_FEED))
        throw new EmptyFeedError('Atom feed');
      const links = nodes(feed[`${prefix}link`]);
      return {
        format,
        title: atomText(first(feed[`${prefix}title`])),
        link: atomLinks(links.filter((l) => !attr(l, 'rel') || attr(l, 'rel') === 'alternate'))[0],
        selfLink: selfHref(links),
        xmlBase: attr(feed, 'xml:base'),
        drafts: (base) => nodes(feed[`${prefix}entry`]).map((entry) => readAtomEntry(entry, base, prefix)),
      };
    }
  }
}

/** href of the first rel="self" link. */
function selfHref(value: XmlValue): string | undefined {
  const self = nodes(value).find((link) => attr(link, 'rel') === 'self');
  return self && (attr(self, 'href') ?? text(self));
}

/** RSS 1.0 items in the order of the channel's rdf:Seq when it has one, else in document order. */
function rdfItems(rdf: XmlNode, channel: XmlValue): XmlNode[] {
  const toc = isNode(channel) ? first(channel.items) : undefined;
  const seq = isNode(toc) ? first(toc.seq) : undefined;
  const all = Array.isArray(rdf.item) ? rdf.item : [rdf.item];
  const listed = (
    every(isNode(seq) ? seq.li : undefined, (li) => (isNode(li) ? text(li['@resource']) : undefined)) ?? []
  )
    .map((uri) => all.find((item) => isNode(item) && item['@about'] === uri))
    .filter(isNode);
  return listed.length ? listed : nodes(rdf.item);
}

function describeJson(feed: JsonNode, feedUrl: string): Described {
  const str = (key: string) => {
    const value = first(member(feed, key));
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined;
  };
  const fields = ['title', 'home_page_url', 'feed_url', 'description', 'user_comment', 'next_url', 'icon', 'favicon'];
  if (!fields.some(str) && !['items', 'authors', 'author', 'hubs', 'language', 'expired'].some((k) => member(feed, k)))
    throw new EmptyFeedError('JSON Feed');
  return {
    format: 'json',
    title: str('title'),
    link: str('home_page_url'),
    selfLink: str('feed_url'),
    xmlBase: undefined,
    drafts: (base) => nodes(member(feed, 'items')).map((item) => readJsonItem(item, base ?? feedUrl)),
  };
}

/** xml:base on the root element (<rss xml:base>), which the readers above keep only for Atom's <feed>. */
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
