// @vitest-environment node
import 'fake-indexeddb/auto';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pollOnce } from '../../utils/background/indexing';
import type { BackgroundContext } from '../../utils/background/context';
import { STORAGE_NOTICE } from '../../utils/db/notices';
import { ParallaxDB } from '../../utils/db/parallax-db';
import type { Outlet } from '../../utils/outlets/outlet';
import { storageUsage } from '../../utils/portability/clear-data';
import { ingestArticles } from '../../utils/story/ingest';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server';

/**
 * Storage quota exceeded while a polling round stores a feed's batch: a Dexie middleware makes the
 * `articles` table refuse writes past a row limit with the browser's own QuotaExceededError.
 * Expected: the oldest articles are pruned, the batch lands on the retry, and a notice is recorded
 * and shown on the options page (GetStorageUsage → DataSection).
 */

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 20, 12);

/** A disk that holds `limit` articles: writes that would pass it fail like IndexedDB's do. */
function quotaDisk(db: ParallaxDB) {
  const disk = { limit: Infinity, rows: 0, refused: 0 };
  db.use({
    stack: 'dbcore',
    name: 'quota-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'articles') return table;
        return {
          ...table,
          mutate: async (req: DBCoreMutateRequest) => {
            if (req.type === 'add' || req.type === 'put') {
              if (disk.rows + req.values.length > disk.limit) {
                disk.refused++;
                throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
              }
              disk.rows += req.values.length;
            }
            if (req.type === 'delete') disk.rows -= req.keys.length;
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return disk;
}

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

describe('storage quota exceeded during a polling round', () => {
  let db: ParallaxDB;
  let server: FixtureServer;
  beforeEach(async () => {
    db = new ParallaxDB(`quota-${Math.random()}`);
    server = await startFixtureServer();
  });
  afterEach(async () => {
    await server.close();
    db.close();
  });

  it('prunes the oldest articles, stores the batch, records a notice the options page shows', async () => {
    const disk = quotaDisk(db);
    // 40 old articles, one per hour (distinct titles so each is its own story); the oldest is 40 h old.
    const old = Array.from({ length: 40 }, (_, i) => ({
      url: `https://old.example/${i}`,
      title: `Archive item ${i} about topic${i} and subject${i}`,
      description: null,
      outletId: 'old',
      domain: 'old.example',
      publishedAt: NOW - (40 - i) * HOUR,
      provider: 'local' as const,
    }));
    await ingestArticles(db, old, NOW);
    expect(await db.articles.count()).toBe(40);
    disk.rows = 40;
    disk.limit = 40; // the disk is now full

    server.route('/feed.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${[1, 2, 3]
        .map(
          (n) =>
            `<item><title>Fresh story number ${n} on harbour${n}</title><link>https://new.example/${n}</link><pubDate>${new Date(NOW - n * 60_000).toUTCString()}</pubDate></item>`,
        )
        .join('')}</channel></rss>`,
    });
    await db.outlets.put(outlet('new', server.url('/feed.xml')));
    const ctx: BackgroundContext = {
      db,
      now: () => NOW,
      edge: { getTabUrl: async () => null, setBadge: async () => {} },
    };

    const [result] = await pollOnce(ctx);
    expect(disk.refused).toBe(1);
    expect(result).toMatchObject({ outcome: 'ok', status: 'ok' });
    const urls = (await db.articles.toArray()).map((a) => a.url);
    // The batch landed...
    for (const n of [1, 2, 3]) expect(urls).toContain(`https://new.example/${n}`);
    // ...and the oldest half of the archive made room; the newest half is still there.
    for (let i = 0; i < 20; i++) expect(urls).not.toContain(`https://old.example/${i}`);
    for (let i = 20; i < 40; i++) expect(urls).toContain(`https://old.example/${i}`);
    expect((await db.settings.get(STORAGE_NOTICE))?.value).toEqual({ at: NOW, keptArticles: 20 });

    const usage = await storageUsage(db, undefined);
    expect(usage.notices).toEqual([
      { kind: 'storage', at: NOW, text: expect.stringContaining('oldest articles were removed') },
    ]);
    // The next round works normally on the smaller index.
    await db.feeds.toCollection().modify({ nextPollAt: 0 });
    expect((await pollOnce(ctx))[0]).toMatchObject({ outcome: 'ok' });
    expect(disk.refused).toBe(1);
  });

  it('a quota error on the retry too → that feed records a commit error, nothing half-stored', async () => {
    const disk = quotaDisk(db);
    disk.limit = 0; // nothing fits, even after pruning
    server.route('/feed.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>One story here</title><link>https://new.example/1</link></item></channel></rss>`,
    });
    await db.outlets.put(outlet('new', server.url('/feed.xml')));
    const ctx: BackgroundContext = {
      db,
      now: () => NOW,
      edge: { getTabUrl: async () => null, setBadge: async () => {} },
    };
    const [result] = await pollOnce(ctx);
    expect(result).toMatchObject({ outcome: 'commit-error', status: 'backing-off' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.stories.count()).toBe(0);
  });
});
