// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pollDelayMinutes, pollFeeds, type FeedHealthStore } from '../../../utils/feeds/poll-feeds';
import type { FeedHealth } from '../../../utils/feeds/feed-health';
import type { FeedItem } from '../../../utils/feeds/feed-item';
import { ParallaxDB } from '../../../utils/db/parallax-db';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';

const fixture = (file: string) => readFileSync(new URL(`../../fixtures/feeds/${file}`, import.meta.url));
const GUARDIAN = fixture('rbren__rss-parser/guardian.rss');
const ATOM = fixture('extractus__feed-extractor/atom-feed-standard.xml');
const T0 = Date.UTC(2024, 0, 1);
let server: FixtureServer;

function mapStore(): FeedHealthStore & { rows: Map<string, FeedHealth> } {
  const rows = new Map<string, FeedHealth>();
  return { rows, get: async (url) => rows.get(url), put: async (h) => void rows.set(h.url, h) };
}

beforeEach(async () => {
  server = await startFixtureServer();
});
afterEach(() => server.close());

describe('pollFeeds', () => {
  it('isolates failures: a malformed, a slow and a 429 feed do not stop a good one', async () => {
    server.route('/good', { body: GUARDIAN, headers: { etag: '"g1"' } });
    server.route('/bad', { body: '<html><body>oops</body></html>' });
    server.route('/slow', { delayMs: 5000, body: GUARDIAN });
    server.route('/busy', { status: 429, headers: { 'retry-after': '3600' } });
    const store = mapStore();
    const batches: [string, string, number][] = [];
    const progress: [number, number][] = [];
    const feeds = ['good', 'bad', 'slow', 'busy'].map((p) => ({ url: server.url(`/${p}`), outletId: p }));
    await pollFeeds({
      feeds,
      store,
      now: () => T0,
      random: () => 0,
      timeoutMs: 1500, // generous: a cold first request in CI can take a few hundred ms
      onBatch: async (outletId, url, items) => void batches.push([outletId, url, items.length]),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(batches).toEqual([['good', server.url('/good'), 55]]);
    expect(progress.at(-1)).toEqual([4, 4]);
    const row = (p: string) => store.rows.get(server.url(`/${p}`))!;
    expect(row('good')).toMatchObject({ status: 'ok', etag: '"g1"', itemsSeen: 55, lastSuccessAt: T0 });
    expect(row('bad')).toMatchObject({ status: 'broken', lastError: expect.stringMatching(/not-a-feed/) });
    expect(row('slow')).toMatchObject({ status: 'backing-off', lastError: expect.stringMatching(/timed out/) });
    // Retry-After (1 h) beats the 5-minute first backoff.
    expect(row('busy')).toMatchObject({ status: 'backing-off', nextPollAt: T0 + 3_600_000 });
  });

  it('polls only due feeds, sends validators, and never runs more than `concurrency` at once', async () => {
    let inFlight = 0;
    let peak = 0;
    server.route('/f', (req) =>
      req.headers['if-none-match'] === '"e"' ? { status: 304 } : { body: GUARDIAN, headers: { etag: '"e"' } },
    );
    const store = mapStore();
    const feeds = Array.from({ length: 8 }, (_, i) => ({ url: `${server.url('/f')}?n=${i}`, outletId: `o${i}` }));
    const tracking: typeof fetch = async (input, init) => {
      peak = Math.max(peak, ++inFlight);
      try {
        await new Promise((r) => setTimeout(r, 30));
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const run = (now: number) =>
      pollFeeds({
        feeds,
        store,
        fetch: tracking,
        now: () => now,
        random: () => 0,
        concurrency: 3,
        onBatch: async () => {},
      });
    await run(T0);
    expect(peak).toBe(3);
    expect(server.requests).toHaveLength(8);
    const skipped = await run(T0 + 60_000); // nothing due a minute later
    expect(skipped.every((r) => r.outcome === 'skipped')).toBe(true);
    expect(server.requests).toHaveLength(8);
    const later = await run(T0 + 31 * 60_000);
    expect(later.every((r) => r.outcome === 'not-modified')).toBe(true);
  });

  it('keeps the old ETag when the batch could not be committed, so the items are fetched again', async () => {
    server.route('/f', (req) =>
      req.headers['if-none-match'] === '"new"' ? { status: 304 } : { body: GUARDIAN, headers: { etag: '"new"' } },
    );
    const store = mapStore();
    const feeds = [{ url: server.url('/f'), outletId: 'g' }];
    let fail = true;
    const committed: FeedItem[][] = [];
    const onBatch = async (_o: string, _u: string, items: FeedItem[]) => {
      if (fail) throw new Error('worker stopped');
      committed.push(items);
    };
    await pollFeeds({ feeds, store, now: () => T0, random: () => 0, onBatch });
    expect(store.rows.get(server.url('/f'))).toMatchObject({
      etag: null,
      status: 'backing-off',
      consecutiveFailures: 1,
    });
    fail = false;
    await pollFeeds({ feeds, store, now: () => T0 + 3_600_000, random: () => 0, onBatch });
    expect(server.requests[1]!.headers['if-none-match']).toBeUndefined();
    expect(committed[0]).toHaveLength(55);
    expect(store.rows.get(server.url('/f'))).toMatchObject({ etag: '"new"', status: 'ok' });
  });

  it('finds a moved feed through the homepage, stores resolvedUrl in the Dexie feeds table and polls it from then on', async () => {
    server.route('/old-feed', { status: 404 });
    server.route('/new-feed.atom', { body: ATOM, headers: { 'content-type': 'application/atom+xml' } });
    server.route('/', {
      body: `<html><head><!-- <link rel="alternate" type="application/rss+xml" href="/decoy"> -->
        <link rel=alternate type="application/atom+xml" href="/new-feed.atom"></head></html>`,
      headers: { 'content-type': 'text/html' },
    });
    const db = new ParallaxDB(`poll-${Math.random()}`);
    const feeds = [{ url: server.url('/old-feed'), outletId: 'x', homepage: server.url('/') }];
    let items = 0;
    const onBatch = async (_o: string, _u: string, batch: FeedItem[]) => void (items += batch.length);
    await pollFeeds({ feeds, store: db.feeds, now: () => T0, random: () => 0, onBatch });
    const row = await db.feeds.get(server.url('/old-feed'));
    expect(row).toMatchObject({ status: 'ok', resolvedUrl: server.url('/new-feed.atom'), itemsSeen: 1 });
    expect(items).toBe(1);
    await pollFeeds({ feeds, store: db.feeds, now: () => T0 + 3_600_000, random: () => 0, onBatch });
    expect(server.requests.filter((r) => r.path === '/old-feed')).toHaveLength(1);
    expect(server.requests.filter((r) => r.path === '/new-feed.atom')).toHaveLength(2);
    db.close();
  });

  it('marks a dead feed broken when the homepage offers nothing, and pauses after repeated failures', async () => {
    server.route('/gone', { status: 410 });
    server.route('/home', { body: '<html></html>' });
    server.route('/flaky', { status: 500 });
    const store = mapStore();
    const feeds = [
      { url: server.url('/gone'), outletId: 'g', homepage: server.url('/home') },
      { url: server.url('/flaky'), outletId: 'f' },
    ];
    let now = T0;
    for (let i = 0; i < 3; i++) {
      await pollFeeds({
        feeds,
        store,
        now: () => now,
        random: () => 0,
        onBatch: async () => {},
        health: { pauseAfterFailures: 3 },
      });
      now += 24 * 3_600_000 + 1;
    }
    expect(store.rows.get(server.url('/gone'))).toMatchObject({ status: 'broken', lastError: 'HTTP 410' });
    expect(store.rows.get(server.url('/flaky'))).toMatchObject({ status: 'paused', consecutiveFailures: 3 });
  });
});

describe('pollDelayMinutes', () => {
  it('adds up to 20 % jitter and never goes below a minute', () => {
    expect(pollDelayMinutes(30, () => 0)).toBe(30);
    expect(pollDelayMinutes(30, () => 1)).toBe(36);
    expect(pollDelayMinutes(0.1, () => 0)).toBe(1);
    expect(pollDelayMinutes(Number.NaN, () => 0)).toBe(30);
  });
});
