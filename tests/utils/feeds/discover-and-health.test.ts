// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../utils/feeds/discover-feeds';
import { newFeedHealth, nextHealth, HEALTH_DEFAULTS } from '../../../utils/feeds/feed-health';
import { parseRetryAfter } from '../../../utils/feeds/retry-after';

describe('discoverFeeds', () => {
  it('finds alternate feed links with any attribute order and quoting, resolved and deduplicated', () => {
    const html = `<!doctype html><html><head>
      <base href="https://cdn.example.test/site/">
      <LINK TYPE="application/rss+xml" REL="alternate" HREF="rss.xml" title="RSS">
      <link href='/atom.xml' rel='alternate home' type='application/atom+xml; charset=utf-8'/>
      <link rel=alternate type=application/feed+json href=https://example.test/feed.json>
      <link rel="alternate" type="application/rss+xml" href="rss.xml">
      <link rel="alternate" type="text/html" href="/en/">
      <link rel="stylesheet" type="application/rss+xml" href="/not-alternate.xml">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <script>document.write('<link rel="alternate" type="application/rss+xml" href="/in-script.xml">')</script>
      <!-- <link rel="alternate" type="application/rss+xml" href="/commented.xml"> -->
      <link rel="alternate" type="application/json" href="/a&amp;b.json">
    </head></html>`;
    expect(discoverFeeds(html, 'https://example.test/page')).toEqual([
      'https://cdn.example.test/site/rss.xml',
      'https://cdn.example.test/atom.xml',
      'https://example.test/feed.json',
      'https://cdn.example.test/a&b.json',
    ]);
  });

  it('returns nothing for a page without feeds or for garbage', () => {
    expect(discoverFeeds('<html><head><title>x</title></head></html>', 'https://e.test/')).toEqual([]);
    expect(discoverFeeds('<link rel="alternate" type="application/rss+xml" href=', 'https://e.test/')).toEqual([]);
  });
});

describe('nextHealth', () => {
  const T0 = Date.UTC(2024, 0, 1);
  const base = newFeedHealth('https://e.test/feed', 'e', T0);
  const fail = { kind: 'http-error', status: 503, retryAfterMs: null, finalUrl: 'https://e.test/feed' } as const;

  it('backs off exponentially with jitter, capped, and recovers on success', () => {
    let h = base;
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      h = nextHealth(h, fail, T0, { random: () => 0.5, pauseAfterFailures: 99 });
      delays.push(h.nextPollAt - T0);
    }
    const b = HEALTH_DEFAULTS.baseBackoffMs;
    expect(delays.slice(0, 3)).toEqual([b * 1.1, b * 2 * 1.1, b * 4 * 1.1]);
    expect(h).toMatchObject({ status: 'backing-off', consecutiveFailures: 6, lastError: 'HTTP 503' });
    const capped = nextHealth({ ...h, consecutiveFailures: 30 }, fail, T0, { random: () => 0, pauseAfterFailures: 99 });
    expect(capped.nextPollAt - T0).toBe(HEALTH_DEFAULTS.maxBackoffMs);
    const ok = nextHealth(h, { kind: 'not-modified', finalUrl: 'x' }, T0, { random: () => 0 });
    expect(ok).toMatchObject({
      status: 'ok',
      consecutiveFailures: 0,
      lastSuccessAt: T0,
      nextPollAt: T0 + HEALTH_DEFAULTS.pollIntervalMs,
    });
  });

  it('honours Retry-After when longer than the backoff, pauses after N failures, breaks on 404', () => {
    const retry = nextHealth(base, { ...fail, status: 429, retryAfterMs: 7_200_000 }, T0, { random: () => 0 });
    expect(retry.nextPollAt).toBe(T0 + 7_200_000);
    const paused = nextHealth({ ...base, consecutiveFailures: 7 }, { kind: 'timeout', timeoutMs: 1 }, T0, {
      random: () => 0,
    });
    expect(paused).toMatchObject({ status: 'paused', nextPollAt: T0 + HEALTH_DEFAULTS.pausedRetryMs });
    expect(nextHealth(base, { ...fail, status: 404 }, T0, { random: () => 0 }).status).toBe('broken');
  });

  it('parses Retry-After as seconds or HTTP-date, bounded', () => {
    const now = Date.UTC(2024, 0, 1);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(new Date(now + 60_000).toUTCString(), now)).toBe(60_000);
    expect(parseRetryAfter(new Date(now - 60_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('99999999999', now)).toBe(7 * 24 * 3_600_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
