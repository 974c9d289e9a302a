// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParallaxDB } from '../../../utils/db/parallax-db';
import { syntheticStream } from '../../../utils/story/eval/synthetic';
import { ingestArticles, type IngestItem } from '../../../utils/story/ingest';
import { lookupCoverage } from '../../../utils/story/lookup';
import { pruneArticles } from '../../../utils/story/prune';
import { dropStoryCache } from '../../../utils/story/store/story-session';
import { emptyCache, trim } from '../../../utils/story/store/story-cache';
import { COMPACT_AFTER, readTerms } from '../../../utils/story/store/term-store';
import { loggedArticles, weekOf } from '../../../utils/story/store/band-log';
import { BandLog } from '../../../utils/story/store/band-log-index';
import { outletsOf } from '../../../utils/story/coverage-outlets';
import type { Outlet } from '../../../utils/outlets/outlet';
import { fixtureDataset } from './fixtures';

/**
 * The worker keeps committed rows, index hits and document frequencies in memory between
 * transactions (utils/story/store/story-cache.ts). It is only a cache: every test here runs the
 * same operations twice, once keeping the cache and once dropping it before every step (as if the
 * service worker had been stopped), and the two databases must end up identical.
 */
const DAY = 86_400_000;
const NOW = Date.UTC(2024, 4, 10, 12);
let n = 0;
const open: ParallaxDB[] = [];
beforeEach(() => {
  open.length = 0;
});
afterEach(async () => {
  for (const db of open) await db.delete();
});
async function fresh(): Promise<ParallaxDB> {
  const db = new ParallaxDB(`story-cache-${n++}`);
  open.push(db);
  await db.open();
  return db;
}

async function dump(db: ParallaxDB) {
  return {
    articles: await db.articles.toArray(),
    stories: await db.stories.toArray(),
    terms: (await readTerms(db)).counts.rows().sort((a, b) => (a.term < b.term ? -1 : 1)),
  };
}

const texts = fixtureDataset('googlenews_rss_story_clusters').slice(0, 120);
const stream = syntheticStream(texts, 360, NOW - 4 * DAY, 3);
const page = (i: number) => ({
  ...stream[(i * 37) % stream.length]!,
  url: `https://reader.test/${i}`,
  canonicalUrl: `https://reader.test/${i}`,
  outletId: 'domain:reader.test',
  domain: 'reader.test',
});

/** Batches, lookups, a failing batch, a prune and a direct write, in one order. */
async function scenario(db: ParallaxDB, between: () => void) {
  const steps: (() => Promise<unknown>)[] = [];
  for (let i = 0; i < stream.length; i += 40) {
    steps.push(() => ingestArticles(db, stream.slice(i, i + 40), NOW));
    steps.push(() => lookupCoverage(db, page(i), NOW));
  }
  const poisoned = { ...stream[5]!, url: 'https://poison.test/x' } as IngestItem;
  Object.defineProperty(poisoned, 'title', {
    get: () => {
      throw new Error('worker stopped');
    },
  });
  steps.splice(4, 0, () => ingestArticles(db, [stream[300]!, poisoned], NOW).catch(() => 'failed'));
  steps.splice(9, 0, () => pruneArticles(db, NOW, { maxArticles: 150 }));
  // Someone else's write, behind the story sessions' back: the cache must notice.
  steps.splice(12, 0, async () => db.stories.clear());
  const answers: unknown[] = [];
  for (const step of steps) {
    between();
    answers.push(await step());
  }
  return answers;
}

describe('the story cache', () => {
  it('changes no result: the same steps with and without it leave identical databases and answers', async () => {
    const warm = await fresh();
    const cold = await fresh();
    const warmAnswers = await scenario(warm, () => undefined);
    const coldAnswers = await scenario(cold, () => dropStoryCache(cold));
    expect(warmAnswers).toEqual(coldAnswers);
    const [a, b] = [await dump(warm), await dump(cold)];
    expect(a.articles.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
    // The band log names every stored article under each of its bands (a missing one would hide a wire copy).
    const logged = await BandLog.read(warm);
    expect(a.articles.every((r) => r.bands.every((b) => logged.articlesWith(b).includes(r.id)))).toBe(true);
    // The failed batch added nothing; the page looked up later is there.
    expect(a.articles.some((r) => r.url === 'https://poison.test/x')).toBe(false);
    expect(a.articles.some((r) => r.url === stream[300]!.url)).toBe(true);
  }, 60_000); // a long scenario run twice on fake-indexeddb; slow on a loaded machine, not a speed test

  it('sees a write made behind its back (clear) and does not answer from what it remembered', async () => {
    const db = await fresh();
    await ingestArticles(db, stream.slice(0, 40), NOW);
    await Promise.all([
      db.articles.clear(),
      db.stories.clear(),
      db.storyKeys.clear(),
      db.termShards.clear(),
      db.termDeltas.clear(),
    ]);
    const again = await ingestArticles(db, stream.slice(0, 40), NOW);
    expect(again.every((a) => a.added)).toBe(true);
    expect((await readTerms(db)).counts.docs).toBe(40);
  });

  it('at its bound, forgets the rows it cached longest ago and keeps the latest (a batch needs those again)', () => {
    const cache = emptyCache('stamp');
    cache.stories.set('story', null);
    for (let i = 0; i <= 20_000; i++) cache.articles.set(`article ${i}`, null);
    trim(cache);
    expect(cache.articles.size + cache.stories.size).toBe(15_000);
    expect(cache.articles.has('article 20000')).toBe(true);
    expect(cache.articles.has('article 5002')).toBe(true);
    expect(cache.articles.has('article 5001')).toBe(false);
    expect(cache.stories.has('story')).toBe(true);
    // Below the bound nothing goes.
    trim(cache);
    expect(cache.articles.size).toBe(14_999);
  });

  it('folds the per-batch deltas into the snapshot, with exact counts', async () => {
    const db = await fresh();
    const reference = await fresh();
    const items = stream.slice(0, COMPACT_AFTER + 5);
    for (const item of items) await ingestArticles(db, [item], NOW);
    for (const item of items) {
      dropStoryCache(reference);
      await ingestArticles(reference, [item], NOW);
    }
    // One compaction happened: fewer delta rows than batches, and a snapshot.
    expect(await db.termDeltas.count()).toBe(5);
    expect(await db.termShards.count()).toBeGreaterThan(0);
    expect(await dump(db)).toEqual(await dump(reference));
    expect((await readTerms(db)).counts.docs).toBe(items.length);
  });

  it('prune removes the deleted articles from the band log and merges each remaining week into one row', async () => {
    const db = await fresh();
    const weeks = syntheticStream(texts, 200, NOW - 30 * DAY, 30);
    for (let i = 0; i < weeks.length; i += 20) await ingestArticles(db, weeks.slice(i, i + 20), NOW);
    expect(await db.bandLog.count()).toBe(10);
    await pruneArticles(db, NOW);
    const rows = await db.bandLog.toArray();
    const cutoffWeek = weekOf(NOW - 14 * DAY);
    expect(rows.every((r) => r.week >= cutoffWeek)).toBe(true);
    expect(new Set(rows.map((r) => r.week)).size).toBe(rows.length);
    // Exactly the stored articles, each with its bands.
    const kept = await db.articles.toArray();
    expect(kept.length).toBeGreaterThan(50);
    const logged = rows.flatMap(loggedArticles).sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(logged).toEqual(
      kept.map(({ id, bands, storyId }) => ({ id, bands: [...bands].sort((x, y) => x - y), storyId })),
    );
  });

  it("resolves outlets from memory but follows the reader's rating changes at once", async () => {
    const db = await fresh();
    const outlet: Outlet = {
      id: 'reuters',
      name: 'Reuters',
      domains: ['reuters.com'],
      bias: 'center',
      biasSource: 'allsides-2023',
      quality: 0.9,
      qualitySource: 'lin-2023',
      feeds: [],
    };
    await db.outlets.put(outlet);
    const articles = [
      { outletId: 'reuters', domain: 'reuters.com' },
      { outletId: 'domain:x.test', domain: 'x.test' },
    ];
    const first = await outletsOf(db, articles);
    expect(first.map((o) => [o.id, o.bias])).toEqual([
      ['reuters', 'center'],
      ['domain:x.test', 'unrated'],
    ]);
    first[0]!.bias = 'left'; // what a caller does to its copy does not reach the cache
    expect((await outletsOf(db, articles))[0]!.bias).toBe('center');
    await db.overrides.put({ outletId: 'reuters', bias: 'lean-right', updatedAt: 1 });
    expect((await outletsOf(db, articles))[0]).toMatchObject({ bias: 'lean-right', biasSource: 'user' });
    await db.overrides.clear();
    await db.outlets.put({ ...outlet, bias: 'lean-left' });
    expect((await outletsOf(db, articles))[0]!.bias).toBe('lean-left');
  });
});
