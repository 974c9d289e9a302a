// @vitest-environment node
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pollOnce } from '../../utils/background/indexing';
import type { BackgroundContext } from '../../utils/background/context';
import { ParallaxDB } from '../../utils/db/parallax-db';
import type { Outlet } from '../../utils/outlets/outlet';
import { listSources } from '../../utils/sources/list-sources';

/**
 * Offline: every connection is reset before a byte of HTTP is exchanged (what a dropped network or
 * a dead proxy looks like to fetch). Expected: each feed records a clear network error and backs
 * off on its own schedule; a round started a minute later asks nothing; when the backoff ends each
 * feed is asked exactly once again. No retry storm.
 */

const NOW = Date.UTC(2026, 10, 20, 12);
const FEEDS = 5;

describe('polling while offline', () => {
  // One server (origin) per feed: undici pools connections per origin, and with several resets in
  // one pool a request can wait for its 20 s timeout instead of failing (a Node quirk, not Chrome's).
  let servers: Server[] = [];
  let connections = 0;
  let db: ParallaxDB;

  beforeEach(async () => {
    connections = 0;
    servers = Array.from({ length: FEEDS }, () =>
      createServer((socket) => {
        connections++;
        socket.resetAndDestroy();
      }),
    );
    const origins = await Promise.all(
      servers.map(async (server) => {
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      }),
    );
    db = new ParallaxDB(`offline-${Math.random()}`);
    const outlets: Outlet[] = Array.from({ length: FEEDS }, (_, i) => ({
      id: `o${i}`,
      name: `Outlet ${i}`,
      domains: [`o${i}.example`],
      bias: 'center',
      biasSource: 'allsides-2023',
      quality: 0.8,
      qualitySource: 'lin-2023',
      feeds: [`${origins[i]}/feed.xml`],
    }));
    await db.outlets.bulkPut(outlets);
  });
  afterEach(async () => {
    db.close();
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  });

  it('gives each feed a clear network-error state and backs off: no request in the next round, one each after', async () => {
    let now = NOW;
    const ctx: BackgroundContext = {
      db,
      now: () => now,
      edge: { getTabUrl: async () => null, setBadge: async () => {} },
    };

    const first = await pollOnce(ctx);
    expect(first.map((r) => r.outcome)).toEqual(Array(FEEDS).fill('network-error'));
    const afterFirst = connections;
    // One connection per feed (a fetch implementation may retry a reset once, never more).
    expect(afterFirst).toBeGreaterThanOrEqual(FEEDS);
    expect(afterFirst).toBeLessThanOrEqual(2 * FEEDS);

    const rows = await db.feeds.toArray();
    expect(rows).toHaveLength(FEEDS);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'backing-off', consecutiveFailures: 1, lastErrorAt: NOW });
      expect(row.lastError).toMatch(/^network error: /);
      expect(row.nextPollAt).toBeGreaterThanOrEqual(NOW + 5 * 60_000); // the first backoff step
    }
    const page = await listSources(db, { query: 'Outlet' });
    for (const row of page.rows)
      expect(row.feeds[0]).toMatchObject({ status: 'backing-off', lastError: expect.stringMatching(/network error/) });

    // The alarm fires again a minute later: nothing is due, nothing is asked.
    now = NOW + 60_000;
    const second = await pollOnce(ctx);
    expect(second.map((r) => r.outcome)).toEqual(Array(FEEDS).fill('skipped'));
    expect(connections).toBe(afterFirst);

    // Once every backoff has passed, each feed is asked again once, and backs off further.
    now = Math.max(...rows.map((r) => r.nextPollAt));
    await pollOnce(ctx);
    expect(connections - afterFirst).toBe(afterFirst);
    for (const row of await db.feeds.toArray()) {
      expect(row).toMatchObject({ status: 'backing-off', consecutiveFailures: 2 });
      expect(row.nextPollAt - now).toBeGreaterThanOrEqual(10 * 60_000); // the second, longer step
    }
  });
});
