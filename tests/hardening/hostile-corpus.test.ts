// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article/extract';
import { pollOnce, toIngestItem } from '../../utils/background/indexing';
import type { BackgroundContext } from '../../utils/background/context';
import { ParallaxDB } from '../../utils/db/parallax-db';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import { LIMITS } from '../../utils/feeds/feed-item';
import { parseFeed } from '../../utils/feeds/parse-feed';
import { pollFeeds } from '../../utils/feeds/poll-feeds';
import type { Outlet } from '../../utils/outlets/outlet';
import { listSources } from '../../utils/sources/list-sources';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server';
import { startEndlessFeed } from './endless-feed-server';

/**
 * The hostile corpus of issue 8: every case with its expected outcome. Cases already proven by a
 * test elsewhere name that test (checked below, so a renamed or deleted test breaks this file);
 * the others run here. tests/hardening/hostile-popup.test.tsx renders the hostile links.
 */

interface Proven {
  hostile: string;
  expected: string;
  /** File (from the repository root) and the exact name of the test that proves it. */
  provenBy: [file: string, test: string][];
}

const ELSEWHERE: Proven[] = [
  {
    hostile: 'javascript: / data: links in the popup',
    expected: 'rendered as plain text, no <a>',
    provenBy: [
      ['tests/components/popup/CoveragePopup.test.tsx', 'opens only http(s) links, in a new tab without opener'],
      ['tests/utils/safe-href.test.ts', 'refuses %j'],
    ],
  },
  {
    hostile: 'javascript: / data: canonical URL or og:url on a page',
    expected: 'never the canonical URL or image; the page URL is used',
    provenBy: [
      [
        'tests/utils/article/extract.test.ts',
        'never lets a javascript: or data: URL become the canonical URL or the image',
      ],
    ],
  },
  {
    hostile: 'HTML and script in feed titles and descriptions',
    expected: 'plain text',
    provenBy: [
      ['tests/utils/feeds/parse-hostile.test.ts', 'reduces HTML and script in titles and summaries to plain text'],
      ['tests/components/popup/CoveragePopup.test.tsx', 'renders headlines as text, never as HTML'],
    ],
  },
  {
    hostile: 'XML entity expansion (billion laughs)',
    expected: 'entities not expanded; title stays short',
    provenBy: [
      ['tests/utils/feeds/parse-hostile.test.ts', 'does not expand DTD entities (billion laughs stays small)'],
    ],
  },
  {
    hostile: 'invalid and far-future dates',
    expected: 'publishedAt null (the item is kept); more than a day ahead is refused',
    provenBy: [
      ['tests/utils/feeds/parse-hostile.test.ts', 'nulls far-future and garbage dates but keeps the item'],
      ['tests/utils/feeds/parse-hostile.test.ts', 'accepts up to a day of clock skew, not more'],
    ],
  },
  {
    hostile: '10,000-item feed',
    expected: 'only the newest LIMITS.maxItems kept',
    provenBy: [['tests/utils/feeds/parse-hostile.test.ts', 'bounds a 10,000-item feed to the newest LIMITS.maxItems']],
  },
  {
    hostile: 'ISO-8859-1 and windows-1251 feeds',
    expected: 'decoded to the right characters, also with a wrong declaration',
    provenBy: [
      [
        'tests/utils/feeds/parse-hostile.test.ts',
        'reads windows-1251 bytes declared in the prolog, and survives a wrong declaration',
      ],
      [
        'tests/utils/feeds/parse-feed.test.ts',
        'decodes windows-1251 and ISO-8859-1 feeds by their prolog, and undeclared Latin-1 by fallback',
      ],
    ],
  },
  {
    hostile: 'gzip (Content-Encoding and raw .gz)',
    expected: 'read',
    provenBy: [['tests/utils/feeds/fetch-feed.test.ts', 'reads gzip-encoded responses and gzip files served raw']],
  },
  {
    hostile: 'a server that never finishes (slow headers, endless body)',
    expected: "timeout outcome within the fetch's timeout",
    provenBy: [['tests/utils/feeds/fetch-feed.test.ts', 'times out a slow server and a body that never ends']],
  },
  {
    hostile: 'redirect loop',
    expected: 'network-error after at most 20 redirects',
    provenBy: [
      ['tests/utils/feeds/fetch-feed.test.ts', 'follows a redirect chain to the final URL and gives up on a loop'],
    ],
  },
  {
    hostile: '429 / 503 with Retry-After (seconds and HTTP date)',
    expected: 'http-error with retryAfterMs; the next poll waits at least that long',
    provenBy: [
      ['tests/utils/feeds/fetch-feed.test.ts', 'reports 429 with Retry-After in seconds and as an HTTP date'],
      [
        'tests/utils/feeds/poll-feeds.test.ts',
        'isolates failures: a malformed, a slow and a 429 feed do not stop a good one',
      ],
      [
        'tests/utils/feeds/discover-and-health.test.ts',
        'honours Retry-After when longer than the backoff, pauses after N failures, breaks on 404',
      ],
    ],
  },
  {
    hostile: 'the same feed polled twice',
    expected: 'no article stored twice',
    provenBy: [
      [
        'tests/utils/background/indexing.test.ts',
        'is idempotent: a second round adds nothing twice, and overlapping rounds share one run',
      ],
    ],
  },
];

describe('hostile cases proven elsewhere', () => {
  it.each(ELSEWHERE.flatMap((c) => c.provenBy.map(([file, test]) => ({ ...c, file, test }))))(
    '$hostile → $expected ($file)',
    ({ file, test }) => {
      const source = readFileSync(file, 'utf8');
      expect(source.includes(`'${test}'`), `${file} has no test named "${test}"`).toBe(true);
    },
  );
});

const NOW = Date.UTC(2026, 10, 20, 12);
const FEED = 'https://news.example.test/feed.xml';
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example.test/</link>${items}</channel></rss>`;
const item = (title: string, link: string, extra = '') =>
  `<item><title>${title}</title><link>${link}</link>${extra}</item>`;

let server: FixtureServer;
beforeEach(async () => {
  server = await startFixtureServer();
});
afterEach(() => server.close());

describe('hostile feeds and servers', () => {
  it('javascript:, data: and vbscript: item links → the item is dropped, never stored as a canonical URL', () => {
    const feed = parseFeed(
      rss(
        item('a', 'javascript:alert(1)') +
          item('b', 'data:text/html,<script>alert(1)</script>') +
          item('c', 'vbscript:msgbox(1)') +
          item('d', ' java\tscript:alert(1)') +
          item('e', 'https://news.example.test/ok', '<enclosure url="vbscript:x" type="image/png"/>'),
      ),
      FEED,
    );
    expect(feed.items.map((i) => i.url)).toEqual(['https://news.example.test/ok']);
    expect(feed.items[0]!.image).toBeNull();
    // The background's own guard: even a FeedItem built elsewhere with such a URL is not indexed.
    for (const url of ['javascript:alert(1)', 'data:,x', 'vbscript:msgbox(1)']) {
      expect(toIngestItem('o', { ...feed.items[0]!, url })).toBeNull();
    }
  });

  it('vbscript: canonical link or og:url on a page → the page URL is the canonical URL', () => {
    const { document } = parseHTML(
      '<html><head><link rel="canonical" href="vbscript:msgbox(1)"><meta property="og:url" content="VBScript:x"></head><body></body></html>',
    );
    const a = extractArticle(document as unknown as Document, 'https://news.example.test/2026/11/20/story');
    expect(a.canonicalUrl).toBe('https://news.example.test/2026/11/20/story');
  });

  it('external entities (XXE: SYSTEM file:///etc/passwd) → the feed is refused as malformed, nothing read from disk', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${rss(
      item('&xxe;', 'https://news.example.test/x'),
    ).replace('<?xml version="1.0"?>', '')}`;
    expect(() => parseFeed(xxe, FEED)).toThrow(expect.objectContaining({ name: 'FeedError', kind: 'malformed' }));
  });

  it('a 50 MB feed streamed without Content-Length → too-large, the download is cut off at the cap', async () => {
    const big = await startEndlessFeed(50 * 1024 * 1024);
    try {
      const outcome = await fetchFeed(big.url, {});
      expect(outcome).toEqual({ kind: 'too-large', maxBytes: LIMITS.maxBytes });
      expect(big.finished).toBe(false);
      // Kernel socket buffers let some more through before the close arrives, but far from 50 MB.
      expect(big.sentBytes).toBeLessThan(25 * 1024 * 1024);
    } finally {
      await big.close();
    }
  }, 60_000);

  it('a gzip bomb (50 MB of zeros in 50 KB, encoded or raw) → too-large, never inflated in full', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    expect(bomb.byteLength).toBeLessThan(100_000);
    server.route('/raw.gz', { body: bomb, headers: { 'content-type': 'application/gzip' } });
    server.route('/encoded', {
      body: bomb,
      headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' },
    });
    for (const path of ['/raw.gz', '/encoded']) {
      expect(await fetchFeed(server.url(path), {})).toEqual({ kind: 'too-large', maxBytes: LIMITS.maxBytes });
    }
  }, 60_000);

  it('duplicate GUIDs across items → the first item wins, one article', () => {
    const guid = '<guid isPermaLink="false">same</guid>';
    const feed = parseFeed(
      rss(item('first', 'https://news.example.test/1', guid) + item('again', 'https://news.example.test/2', guid)),
      FEED,
    );
    expect(feed.items.map((i) => i.title)).toEqual(['first']);
  });
});

const outlet = (id: string, feed: string): Outlet => ({
  id,
  name: id,
  domains: [`${id}.example`],
  bias: 'center',
  biasSource: 'allsides-2023',
  quality: 0.8,
  qualitySource: 'lin-2023',
  feeds: [feed],
});

describe('hostile feeds through a whole polling round into the index', () => {
  let db: ParallaxDB;
  beforeEach(() => {
    db = new ParallaxDB(`hostile-${Math.random()}`);
  });
  afterEach(() => db.close());

  it('markup in titles, bad links, bad dates and repeated GUIDs → plain-text http(s) articles, dated no later than now', async () => {
    server.route('/hostile.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss(
        item(
          '&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;Storm&lt;/b&gt; hits coast',
          'https://h.example/storm',
          '<guid>g1</guid>',
        ) +
          item('Storm hits coast (repeat)', 'https://h.example/storm-2', '<guid>g1</guid>') +
          item(
            '<![CDATA[<img src=x onerror=alert(1)>Flood warning]]>',
            'https://h.example/flood',
            '<pubDate>Tue, 01 Jan 2999 00:00:00 GMT</pubDate>',
          ) +
          item('Click me', 'javascript:alert(document.cookie)') +
          item('Odd date', 'https://h.example/odd', '<pubDate>the day after tomorrow</pubDate>'),
      ),
    });
    await db.outlets.put(outlet('h', server.url('/hostile.xml')));
    const ctx: BackgroundContext = {
      db,
      now: () => NOW,
      edge: { getTabUrl: async () => null, setBadge: async () => {} },
    };
    const [result] = await pollOnce(ctx);
    expect(result?.outcome).toBe('ok');
    const articles = await db.articles.orderBy('url').toArray();
    expect(articles.map((a) => [a.url, a.title])).toEqual([
      ['https://h.example/flood', 'Flood warning'],
      ['https://h.example/odd', 'Odd date'],
      ['https://h.example/storm', 'Storm hits coast'],
    ]);
    for (const a of articles) expect(a.publishedAt).toBeLessThanOrEqual(NOW);
  });
});

describe('feeds that keep failing', () => {
  let db: ParallaxDB;
  beforeEach(async () => {
    db = new ParallaxDB(`failing-${Math.random()}`);
  });
  afterEach(() => db.close());

  /** Runs `rounds` polls, each when the feed is next due, and returns the health rows seen. */
  async function pollUntil(feedPath: string, rounds: number) {
    const url = server.url(feedPath);
    await db.outlets.put(outlet('f', url));
    let now = NOW;
    const seen = [];
    for (let i = 0; i < rounds; i++) {
      await pollFeeds({
        feeds: [{ url, outletId: 'f' }],
        store: db.feeds,
        now: () => now,
        random: () => 0,
        onBatch: async () => {},
      });
      const row = (await db.feeds.get(url))!;
      seen.push(row);
      now = row.nextPollAt;
    }
    return { url, seen };
  }

  it('503 without Retry-After, every time → backs off with growing delays, then paused after 8 failures, shown on the options page', async () => {
    server.route('/down.xml', { status: 503 });
    const { seen } = await pollUntil('/down.xml', 9);
    const delays = seen
      .slice(1)
      .map((row, i) => row.nextPollAt - row.lastErrorAt! - (seen[i]!.nextPollAt - seen[i]!.lastErrorAt!));
    expect(seen.slice(0, 7).every((r) => r.status === 'backing-off')).toBe(true);
    expect(delays.slice(0, 6).every((d) => d > 0)).toBe(true); // each wait longer than the last
    expect(seen[7]).toMatchObject({ status: 'paused', consecutiveFailures: 8, lastError: 'HTTP 503' });
    expect(seen[8]!.nextPollAt - seen[8]!.lastErrorAt!).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(server.requests).toHaveLength(9); // one request per due round, no retry storm
    const page = await listSources(db, { query: 'f' });
    expect(page.rows[0]!.feeds[0]).toMatchObject({ status: 'paused', lastError: 'HTTP 503' });
  });

  it.each([404, 410])(
    '%i with no homepage to rediscover from → broken at once, retried daily, shown on the options page',
    async (status) => {
      server.route('/gone.xml', { status });
      const { seen } = await pollUntil('/gone.xml', 2);
      expect(seen.map((r) => r.status)).toEqual(['broken', 'broken']);
      expect(seen[0]!.nextPollAt - NOW).toBeGreaterThanOrEqual(24 * 3_600_000);
      const page = await listSources(db, { query: 'f' });
      expect(page.rows[0]!.feeds[0]).toMatchObject({ status: 'broken', lastError: `HTTP ${status}` });
    },
  );
});
