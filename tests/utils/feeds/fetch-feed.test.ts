// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../utils/feeds/fetch-feed';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';

const GUARDIAN = readFileSync(new URL('../../fixtures/feeds/rbren__rss-parser/guardian.rss', import.meta.url));
const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
let server: FixtureServer;

beforeEach(async () => {
  server = await startFixtureServer();
});
afterEach(() => server.close());

describe('fetchFeed against a real HTTP server', () => {
  it('returns items with validators, then 304 when the validators still match', async () => {
    server.route('/feed', (req) =>
      req.headers['if-none-match'] === '"v1"'
        ? { status: 304 }
        : { body: GUARDIAN, headers: { ...RSS, etag: '"v1"', 'last-modified': 'Wed, 31 Jan 2018 20:15:15 GMT' } },
    );
    const first = await fetchFeed(server.url('/feed'), {});
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(first.items).toHaveLength(55);
    expect(first.etag).toBe('"v1"');
    const second = await fetchFeed(server.url('/feed'), { etag: first.etag, lastModified: first.lastModified });
    expect(second).toEqual({ kind: 'not-modified', finalUrl: server.url('/feed') });
    expect(server.requests[1]!.headers['if-modified-since']).toBe('Wed, 31 Jan 2018 20:15:15 GMT');
    expect(server.requests[0]!.headers.cookie).toBeUndefined();
  });

  it('times out a slow server and a body that never ends', async () => {
    server.route('/slow', { delayMs: 2000, body: GUARDIAN });
    server.route('/hang', { hang: 'after-headers', body: GUARDIAN, headers: RSS });
    const started = Date.now();
    expect(await fetchFeed(server.url('/slow'), {}, { timeoutMs: 200 })).toEqual({ kind: 'timeout', timeoutMs: 200 });
    expect(await fetchFeed(server.url('/hang'), {}, { timeoutMs: 200 })).toEqual({ kind: 'timeout', timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reports 429 with Retry-After in seconds and as an HTTP date', async () => {
    server.route('/busy', { status: 429, headers: { 'retry-after': '120' } });
    const now = Date.UTC(2024, 0, 1);
    server.route('/later', { status: 503, headers: { 'retry-after': new Date(now + 3_600_000).toUTCString() } });
    expect(await fetchFeed(server.url('/busy'), {})).toMatchObject({
      kind: 'http-error',
      status: 429,
      retryAfterMs: 120_000,
    });
    expect(await fetchFeed(server.url('/later'), {}, { now: () => now })).toMatchObject({
      status: 503,
      retryAfterMs: 3_600_000,
    });
  });

  it('aborts an oversize body while streaming, with or without Content-Length', async () => {
    const big = Buffer.alloc(2_000_000, 'a');
    server.route('/declared', { body: big });
    server.route('/streamed', { body: big, chunkSize: 64 * 1024 });
    for (const path of ['/declared', '/streamed']) {
      expect(await fetchFeed(server.url(path), {}, { maxBytes: 100_000 })).toEqual({
        kind: 'too-large',
        maxBytes: 100_000,
      });
    }
  });

  it('reads gzip-encoded responses and gzip files served raw', async () => {
    server.route('/gz', { body: GUARDIAN, gzip: true, headers: RSS });
    server.route('/raw.gz', { body: gzipSync(GUARDIAN), headers: { 'content-type': 'application/octet-stream' } });
    for (const path of ['/gz', '/raw.gz']) {
      const outcome = await fetchFeed(server.url(path), {});
      expect(outcome.kind === 'ok' && outcome.items.length).toBe(55);
    }
  });

  it('follows a redirect chain to the final URL and gives up on a loop', async () => {
    server.route('/a', { redirectTo: '/b', status: 301 });
    server.route('/b', { redirectTo: '/feed.xml' });
    server.route('/feed.xml', { body: GUARDIAN, headers: RSS });
    server.route('/loop1', { redirectTo: '/loop2' });
    server.route('/loop2', { redirectTo: '/loop1' });
    expect(await fetchFeed(server.url('/a'), {})).toMatchObject({ kind: 'ok', finalUrl: server.url('/feed.xml') });
    const loop = await fetchFeed(server.url('/loop1'), {});
    expect(loop.kind).toBe('network-error');
    // The Fetch standard stops at 20 redirects: 21 requests at most, not an endless loop.
    expect(server.requests.filter((r) => r.path.startsWith('/loop')).length).toBeLessThanOrEqual(21);
  });

  it('turns malformed and non-feed bodies into parse errors, and a dead port into a network error', async () => {
    server.route('/html', { body: '<!doctype html><title>Moved</title>', headers: { 'content-type': 'text/html' } });
    expect(await fetchFeed(server.url('/html'), {})).toMatchObject({ kind: 'parse-error', error: 'not-a-feed' });
    const closed = await startFixtureServer();
    const dead = closed.url('/feed');
    await closed.close();
    expect(await fetchFeed(dead, {})).toMatchObject({ kind: 'network-error' });
  });
});
