import { describe, expect, it } from 'vitest';
import { listSources } from '../../../utils/sources/list-sources';
import { setOutletsEnabled, setRatingOverride } from '../../../utils/sources/overrides';
import { freshDb, outlet } from './fixtures';

describe('listSources', () => {
  it('filters by text, bias, country and enabled, pages, and shows feed health', async () => {
    const db = freshDb();
    await db.outlets.bulkPut([
      outlet('lemonde', { name: 'Le Mondé', country: 'FR', bias: 'lean-left' }),
      outlet('reuters', { country: 'GB' }),
      outlet('gazette', { name: 'Springfield Gazette', country: 'US', feeds: [], bias: 'unrated' }),
    ]);
    await db.table('feeds').put({
      url: 'https://reuters.com/rss',
      outletId: 'reuters',
      lastSuccessAt: 1000,
      lastErrorAt: 2000,
      lastError: 'HTTP 429',
      consecutiveFailures: 1,
      itemsSeen: 20,
      etag: null,
      lastModified: null,
      nextPollAt: 5000,
      status: 'backing-off',
    });
    const all = await listSources(db, {});
    expect(all.total).toBe(3);
    expect(all.countries).toEqual(['FR', 'GB', 'US']);
    expect(all.rows.map((r) => r.outlet.id)).toEqual(['lemonde', 'reuters', 'gazette']);
    expect(all.rows[1]!.feeds[0]).toEqual({
      url: 'https://reuters.com/rss',
      status: 'backing-off',
      lastFetchedAt: 2000,
      itemCount: 20,
      lastError: 'HTTP 429',
    });
    expect(all.rows[0]!.feeds[0]!.status).toBe('pending');

    expect((await listSources(db, { query: 'monde' })).rows.map((r) => r.outlet.id)).toEqual(['lemonde']);
    expect((await listSources(db, { query: 'reuters.com' })).total).toBe(1);
    expect((await listSources(db, { country: 'US' })).rows.map((r) => r.outlet.id)).toEqual(['gazette']);
    expect((await listSources(db, { enabled: false })).rows.map((r) => r.outlet.id)).toEqual(['gazette']);

    await setRatingOverride(db, 'reuters', { bias: 'lean-left' }, 1);
    await setOutletsEnabled(db, { outletIds: ['lemonde'] }, false, 1);
    const leanLeft = await listSources(db, { bias: 'lean-left' });
    expect(leanLeft.rows.map((r) => [r.outlet.id, r.enabled, r.overridden, r.outlet.biasSource])).toEqual([
      ['lemonde', false, false, 'allsides-2023'],
      ['reuters', true, true, 'user'],
    ]);
    const page2 = await listSources(db, { offset: 1, limit: 1 });
    expect([page2.total, page2.rows.map((r) => r.outlet.id)]).toEqual([3, ['reuters']]);
  });

  it('searches and pages a registry of 9,000 outlets (its speed is measured in the browser, see BENCHMARKS)', async () => {
    const db = freshDb();
    await db.outlets.bulkPut(
      Array.from({ length: 9000 }, (_, i) => outlet(`o${i}`, { feeds: i % 5 ? [] : [`https://o${i}.com/rss`] })),
    );
    const page = await listSources(db, { query: 'o12', limit: 50 });
    expect(page.total).toBe(111); // o12, o120-o129, o1200-o1299
    expect(page.rows).toHaveLength(50);
  }, 30_000);
});

describe('the in-memory copy of the registry', () => {
  it('sees outlets added, changed and cleared right after the write', async () => {
    const db = freshDb();
    await db.outlets.put(outlet('alpha'));
    expect((await listSources(db, {})).total).toBe(1);
    await db.outlets.put(outlet('beta'));
    expect((await listSources(db, {})).rows.map((r) => r.outlet.id)).toEqual(['alpha', 'beta']);
    await db.outlets.update('beta', { name: 'Aardvark' });
    expect((await listSources(db, {})).rows.map((r) => r.outlet.id)).toEqual(['beta', 'alpha']);
    await db.transaction('rw', db.outlets, () => db.outlets.clear());
    expect((await listSources(db, {})).total).toBe(0);
  });
});
