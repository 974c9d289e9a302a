// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../utils/feeds/parse-feed';
import { FeedError, LIMITS } from '../../../utils/feeds/feed-item';
import { htmlToText } from '../../../utils/feeds/html-text';

const DIR = new URL('../../fixtures/feeds/', import.meta.url);
const NOW = Date.UTC(2024, 0, 1);

interface ManifestEntry {
  file: string;
  format: string;
  items: number;
  first_item_title: string | null;
  first_item_link: string | null;
  first_item_date: string | null;
}
const manifest: ManifestEntry[] = readFileSync(new URL('manifest.jsonl', DIR), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as ManifestEntry);

const feedUrl = (file: string) => `https://feeds.example.test/${file}`;
const parse = (file: string) =>
  parseFeed(new Uint8Array(readFileSync(new URL(file, DIR))), feedUrl(file), undefined, { now: NOW });

/** Files that are not feeds at all (an HTML "Document Moved" page). */
const NOT_FEEDS = new Set(['rbren__rss-parser/unrecognized.rss']);
/** Entries whose only link is not http(s) (tag: URIs) or missing: dropped on purpose. */
const NO_HTTP_LINK = new Set([
  'rbren__rss-parser/incomplete-fields.atom',
  'rbren__rss-parser/missing-fields.atom',
  'danmactough__node-feedparser/atom-with-tag-uri-links.xml',
]);
/** rss-parser takes an Atom entry's first <link> whatever its rel; we take rel="alternate". */
const FIRST_LINK_NOT_ALTERNATE = new Set([
  'rbren__rss-parser/feedburner.atom',
  'rbren__rss-parser/many-links.rss',
  'danmactough__node-feedparser/non-text-alternate-links.xml',
]);
/** rss-parser leaves links relative and ignores xml:base; we apply it (checked separately below). */
const XML_BASE_APPLIED = new Set([
  'danmactough__node-feedparser/rss-with-item-scoped-html-base.xml',
  'danmactough__node-feedparser/rss-with-relative-html-urls.xml',
]);
/** Intentional differences in count: the 500-item cap and one real duplicate GUID. */
const EXPECTED_COUNT: Record<string, number> = {
  'rbren__rss-parser/giantbomb-podcast.rss': LIMITS.maxItems,
  'rbren__rss-parser/itunes-missing-image.rss': 130,
};

describe('parseFeed over the 74 shared fixture feeds', () => {
  const feeds = manifest.filter((m) => !NOT_FEEDS.has(m.file) && !NO_HTTP_LINK.has(m.file));

  it.each(feeds.map((m) => [m.file, m] as const))('%s matches the expected parse', (file, m) => {
    const feed = parse(file);
    expect(feed.items).toHaveLength(EXPECTED_COUNT[file] ?? m.items);
    const first = feed.items[0]!;
    if (m.first_item_title) expect(first.title).toBe(htmlToText(m.first_item_title, LIMITS.titleChars));
    if (m.first_item_link && !FIRST_LINK_NOT_ALTERNATE.has(file) && !XML_BASE_APPLIED.has(file)) {
      expect(first.url).toBe(new URL(m.first_item_link, feedUrl(file)).href);
    }
    if (m.first_item_date) {
      const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(m.first_item_date) ? m.first_item_date : `${m.first_item_date}Z`;
      expect(first.publishedAt).toBe(Date.parse(iso.replace(' ', 'T')));
    }
  });

  it.each(feeds.map((m) => [m.file] as const))('%s yields well-typed, bounded, safe items', (file) => {
    const { items, format } = parse(file);
    expect(['rss', 'atom', 'rdf', 'json']).toContain(format);
    for (const item of items) {
      expect(item.url).toMatch(/^https?:\/\//);
      expect(typeof item.title).toBe('string');
      expect(item.title.length).toBeLessThanOrEqual(LIMITS.titleChars);
      expect(item.title).not.toMatch(/<\/?[a-z][^>]*>/i);
      if (item.summary !== null) expect(item.summary.length).toBeLessThanOrEqual(LIMITS.summaryChars);
      if (item.publishedAt !== null) expect(Number.isInteger(item.publishedAt)).toBe(true);
      if (item.image !== null) expect(item.image).toMatch(/^https?:\/\//);
      expect(Array.isArray(item.authors) && Array.isArray(item.categories)).toBe(true);
    }
  });

  it('says what an HTML page is instead of failing obscurely', () => {
    expect(() => parse('rbren__rss-parser/unrecognized.rss')).toThrow(FeedError);
    try {
      parse('rbren__rss-parser/unrecognized.rss');
    } catch (error) {
      expect((error as FeedError).kind).toBe('not-a-feed');
      expect((error as FeedError).message).toMatch(/HTML page/);
    }
  });

  it('keeps entries with no http(s) link out (tag: URIs are not pages)', () => {
    for (const file of NO_HTTP_LINK) expect(parse(file).items).toEqual([]);
  });

  it('decodes windows-1251 and ISO-8859-1 feeds by their prolog, and undeclared Latin-1 by fallback', () => {
    expect(parse('danmactough__node-feedparser/iconv.xml').items[0]!.title).toMatch(/^В Бузулуке главные/);
    expect(parse('rbren__rss-parser/encoding.rss').items[0]!.title).toBe(
      'Mãe de utente é a nova presidente da Raríssimas',
    );
    // uolNoticias has no encoding declaration and Latin-1 bytes: read as windows-1252, no U+FFFD.
    const uol = parse('rbren__rss-parser/uolNoticias.rss');
    expect(uol.items[0]!.title).toContain('simulações de 2º turno');
    expect(JSON.stringify(uol)).not.toContain('\uFFFD');
  });

  it('resolves relative links against xml:base and the feed URL', () => {
    const scoped = parse('danmactough__node-feedparser/rss-with-item-scoped-html-base.xml');
    expect(scoped.items.map((i) => i.url)).toEqual([
      'https://example.com/first/first',
      new URL('second', feedUrl('danmactough__node-feedparser/x')).href,
    ]);
    // <rss xml:base="https://example.com/"> then <item xml:base="posts/post-1"> then <link>posts/post-1</link>
    const nested = parse('danmactough__node-feedparser/rss-with-relative-html-urls.xml');
    expect(nested.items[0]!.url).toBe('https://example.com/posts/posts/post-1');
    const tpm = parse('danmactough__node-feedparser/tpm-with-fragment-base.atom');
    expect(tpm.items[0]!.url).toBe(
      'https://feeds.example.test/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist',
    );
  });

  it('keeps one item for a GUID repeated inside an item', () => {
    const { items } = parse('danmactough__node-feedparser/guid-dupes.xml');
    expect(items).toHaveLength(1);
    expect(items[0]!.guid).toBe('http://www.braingle.com/50366.html');
    expect(items[0]!.url).toBe('http://www.braingle.com/50366.html'); // permalink GUID stands in for <link>
  });

  it('reads JSON Feed and RDF dates, authors and images', () => {
    const json = parse('adbar__trafilatura/feed.json');
    expect(json.format).toBe('json');
    expect(json.items[0]!.publishedAt).toBe(Date.parse('2021-10-29T10:26:00-04:00'));
    const guardian = parse('rbren__rss-parser/guardian.rss');
    expect(guardian.items[0]!.authors).toEqual(['David Smith in Washington']);
    expect(guardian.items[0]!.image).toMatch(/^https:\/\/i\.guim\.co\.uk\//);
    expect(guardian.items[0]!.categories).toContain('Donald Trump');
  });
});
