// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParallaxDB } from '../../../utils/db/parallax-db';
import { feedSources, pollOnce } from '../../../utils/background/indexing';
import { coverageCache } from '../../../utils/background/handlers/coverage';
import type { BackgroundContext } from '../../../utils/background/context';
import type { Outlet } from '../../../utils/outlets/outlet';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 20, 12);

const rss = (items: { title: string; link: string; hoursAgo: number; summary: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://x.example/</link>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link><description>${i.summary}</description><pubDate>${new Date(
          NOW - i.hoursAgo * HOUR,
        ).toUTCString()}</pubDate></item>`,
    )
    .join('')}</channel></rss>`;

const outlet = (id: string, feed: string, bias: Outlet['bias']): Outlet => ({
  id,
  name: id,
  domains: [`${id}.example`],
  bias,
  biasSource: 'allsides-2023',
  quality: 0.8,
  qualitySource: 'lin-2023',
  feeds: [feed],
});

describe('a polling round', () => {
  let db: ParallaxDB;
  let server: FixtureServer;
  let ctx: BackgroundContext;

  beforeEach(async () => {
    db = new ParallaxDB(`indexing-${Math.random()}`);
    server = await startFixtureServer({
      '/left.xml': {
        headers: { 'content-type': 'application/rss+xml', etag: '"l1"' },
        body: rss([
          {
            title: 'Colin Powell, first Black secretary of state, dies of COVID-19 complications at 84',
            link: 'https://left.example/powell',
            hoursAgo: 3,
            summary: 'Former Secretary of State Colin Powell died Monday from complications of COVID-19.',
          },
        ]),
      },
      '/right.xml': {
        headers: { 'content-type': 'application/rss+xml' },
        body: rss([
          {
            title: 'Colin Powell dies at 84 of COVID-19 complications, family says',
            link: 'https://right.example/powell',
            hoursAgo: 2,
            summary: 'Colin Powell, former secretary of state, died of complications from COVID-19, his family said.',
          },
        ]),
      },
      '/off.xml': { body: rss([]) },
    });
    await db.outlets.bulkPut([
      outlet('left', server.url('/left.xml'), 'left'),
      outlet('right', server.url('/right.xml'), 'right'),
      outlet('off', server.url('/off.xml'), 'center'),
    ]);
    await db.overrides.put({ outletId: 'off', enabled: false, updatedAt: NOW });
    ctx = { db, now: () => NOW, edge: { getTabUrl: async () => null, setBadge: async () => {} } };
  });
  afterEach(async () => {
    await server.close();
    db.close();
  });

  it('polls only enabled outlets and indexes their items into one story', async () => {
    expect((await feedSources(db)).map((f) => f.outletId).sort()).toEqual(['left', 'right']);
    const results = await pollOnce(ctx);
    expect(results.map((r) => r.outcome).sort()).toEqual(['ok', 'ok']);
    expect(server.requests.map((r) => r.path)).not.toContain('/off.xml');
    const articles = await db.articles.toArray();
    expect(articles).toHaveLength(2);
    expect(new Set(articles.map((a) => a.storyId)).size).toBe(1);
    expect((await db.feeds.get(server.url('/left.xml')))?.etag).toBe('"l1"');
    expect(coverageCache(db).indexing).toBeNull();
  });

  it('is idempotent: a second round adds nothing twice, and overlapping rounds share one run', async () => {
    const [a, b] = [pollOnce(ctx), pollOnce(ctx)];
    expect(a).toBe(b);
    await a;
    await db.feeds.toCollection().modify({ nextPollAt: 0 });
    await pollOnce(ctx);
    expect(await db.articles.count()).toBe(2);
    expect(server.requests.filter((r) => r.path === '/left.xml').at(-1)?.headers['if-none-match']).toBe('"l1"');
  });

  it('prunes articles older than the retention window', async () => {
    await pollOnce({ ...ctx, now: () => NOW + 15 * 24 * HOUR });
    expect(await db.articles.count()).toBe(0);
  });
});
