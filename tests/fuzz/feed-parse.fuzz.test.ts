// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FeedError, LIMITS, type ParsedFeed } from '../../utils/feeds/feed-item';
import { MAX_FUTURE_MS } from '../../utils/feeds/feed-date';
import { parseFeed } from '../../utils/feeds/parse-feed';
import { params, Tally, timeoutFor } from './fuzz-budget';

/**
 * parseFeed over mutated real feeds (one per format, from tests/fixtures/feeds): byte flips,
 * truncation, duplicated ranges (tags repeated, nested or cut in half) and inserted entities and
 * markup. Whatever the bytes, it returns a well-formed ParsedFeed or throws a FeedError.
 */

const NOW = Date.UTC(2024, 5, 1, 12);
const FEED_URL = 'https://news.example.test/feed.xml';
const SEEDS = [
  'danmactough__node-feedparser/rss2sample.xml',
  'danmactough__node-feedparser/guid-dupes.xml',
  'rbren__rss-parser/gulp-atom.atom',
  'rbren__rss-parser/heraldsun.rss',
  'extractus__feed-extractor/json-feed-standard.json',
  'extractus__feed-extractor/rdf-standard.xml',
  'danmactough__node-feedparser/iconv.xml',
].map((path) => new Uint8Array(readFileSync(new URL(`../fixtures/feeds/${path}`, import.meta.url))));

const INSERTS = [
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&#xD800;',
  '&lol;',
  '&',
  '<',
  ']]>',
  '<![CDATA[',
  '\u0000',
  '\uFFFE',
  '<!DOCTYPE rss [<!ENTITY x "xxxxxxxxxx">]>',
  '<!ENTITY a "&a;&a;">',
  '&x;&x;&x;',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  '<link>data:text/html,hi</link>',
  '<pubDate>Tue, 01 Jan 2999 00:00:00 GMT</pubDate>',
  '<pubDate>-271821-04-20</pubDate>',
  '<updated>9999-99-99T99:99:99Z</updated>',
  '"date_published":"+275760-09-13T00:00:00Z",',
  '<item><title>t</title><link>https://x.test/1</link><guid>g</guid></item>',
  '{"items":[{}]}',
  'xml:base="javascript:x"',
].map((s) => new TextEncoder().encode(s));

type Mutation =
  | { op: 'flip'; at: number; byte: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate'; from: number; length: number; to: number }
  | { op: 'insert'; at: number; what: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fraction, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fraction }),
  fc.record({
    op: fc.constant('duplicate' as const),
    from: fraction,
    length: fc.integer({ min: 1, max: 400 }),
    to: fraction,
  }),
  fc.record({ op: fc.constant('insert' as const), at: fraction, what: fc.nat(INSERTS.length - 1) }),
);

function mutate(seed: Uint8Array, mutations: Mutation[]): Uint8Array {
  let bytes = seed;
  const pos = (f: number) => Math.floor(f * (bytes.length + 1));
  const splice = (at: number, remove: number, add: Uint8Array) =>
    new Uint8Array([...bytes.subarray(0, at), ...add, ...bytes.subarray(at + remove)]);
  for (const m of mutations) {
    if (m.op === 'flip' && bytes.length)
      bytes = splice(Math.min(pos(m.at), bytes.length - 1), 1, Uint8Array.of(m.byte));
    if (m.op === 'truncate') bytes = bytes.subarray(0, pos(m.at));
    if (m.op === 'duplicate') {
      const from = pos(m.from);
      bytes = splice(pos(m.to), 0, bytes.slice(from, from + m.length));
    }
    if (m.op === 'insert') bytes = splice(pos(m.at), 0, INSERTS[m.what]!);
  }
  return bytes;
}

const isHttp = (url: string | null) => url === null || /^https?:\/\/[^/]/.test(url);

/** Every promise a ParsedFeed makes to the story index and the popup (feed-item.ts). */
function checkFeed(feed: ParsedFeed): void {
  expect(['rss', 'atom', 'rdf', 'json']).toContain(feed.format);
  expect(typeof feed.title).toBe('string');
  expect(feed.title.length).toBeLessThanOrEqual(LIMITS.titleChars);
  expect(isHttp(feed.link), `feed link ${feed.link}`).toBe(true);
  expect(feed.items.length).toBeLessThanOrEqual(LIMITS.maxItems);
  const guids = new Set<string>();
  for (const item of feed.items) {
    expect(isHttp(item.url) && item.url !== null, `item url ${item.url}`).toBe(true);
    expect(() => new URL(item.url)).not.toThrow();
    expect(typeof item.title).toBe('string');
    expect(item.title.length).toBeLessThanOrEqual(LIMITS.titleChars);
    expect(item.title).not.toMatch(/<\/?[a-z][^>]*>/i);
    if (item.summary !== null) {
      expect(item.summary.length).toBeGreaterThan(0);
      expect(item.summary.length).toBeLessThanOrEqual(LIMITS.summaryChars);
      expect(item.summary).not.toMatch(/<\/?[a-z][^>]*>/i);
    }
    if (item.publishedAt !== null) {
      expect(Number.isFinite(item.publishedAt)).toBe(true);
      expect(item.publishedAt).toBeLessThanOrEqual(NOW + MAX_FUTURE_MS);
      expect(new Date(item.publishedAt).toISOString()).toMatch(/^\d{4}-/);
    }
    if (item.guid !== null) {
      expect(typeof item.guid).toBe('string');
      expect(guids.has(item.guid), `duplicate guid ${item.guid}`).toBe(false);
      guids.add(item.guid);
    }
    expect(item.authors.length).toBeLessThanOrEqual(LIMITS.maxAuthors);
    expect(item.categories.length).toBeLessThanOrEqual(LIMITS.maxCategories);
    for (const s of [...item.authors, ...item.categories]) expect(typeof s).toBe('string');
    expect(isHttp(item.image), `image ${item.image}`).toBe(true);
  }
}

const tally = new Tally('parseFeed(mutated real feeds)');
const raw = new Tally('parseFeed(arbitrary bytes)');
afterAll(() => {
  tally.report();
  raw.report();
});

describe('parseFeed under fuzzing', () => {
  it(
    'returns a well-typed feed or throws FeedError, for every mutation of real feeds',
    () => {
      fc.assert(
        fc.property(
          fc.nat(SEEDS.length - 1),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          fc.constantFrom(undefined, 'text/xml; charset=windows-1251', 'application/json'),
          (which, mutations, contentType) => {
            const body = mutate(SEEDS[which]!, mutations);
            tally.time(() => {
              try {
                checkFeed(parseFeed(body, FEED_URL, contentType, { now: NOW }));
                tally.count('parsed');
              } catch (error) {
                if (!(error instanceof FeedError)) throw error;
                tally.count(error.kind);
              }
            });
          },
        ),
        params(),
      );
    },
    timeoutFor(150),
  );

  it(
    'never throws anything but FeedError on arbitrary text and bytes',
    () => {
      const body = fc.oneof(
        fc.string({ maxLength: 2000 }),
        fc.uint8Array({ maxLength: 2000 }),
        fc.json().map((j) => j),
      );
      fc.assert(
        fc.property(body, (input) => {
          raw.time(() => {
            try {
              checkFeed(parseFeed(input, FEED_URL, undefined, { now: NOW }));
              raw.count('parsed');
            } catch (error) {
              if (!(error instanceof FeedError)) throw error;
              raw.count(error.kind);
            }
          });
        }),
        params(),
      );
    },
    timeoutFor(50),
  );
});
