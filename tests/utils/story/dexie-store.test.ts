// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParallaxDB } from '../../../utils/db/parallax-db';
import { clusterStream } from '../../../utils/story/cluster-stream';
import { syntheticStream } from '../../../utils/story/eval/synthetic';
import { articleId, ingestArticles, type IngestItem } from '../../../utils/story/ingest';
import { lookupCoverage } from '../../../utils/story/lookup';
import { COVERAGE_ARTICLES } from '../../../utils/story/members';
import { coverageFromIndex } from '../../../utils/coverage/index-lookup';
import { pruneArticles, removeArticles } from '../../../utils/story/prune';
import { BandLog } from '../../../utils/story/store/band-log-index';
import { readTerms } from '../../../utils/story/store/term-store';
import { assignArticle, type ArticleInput, type Assignment } from '../../../utils/story/cluster';
import { DEFAULT_PARAMS } from '../../../utils/story/params';
import { DexieStoryIndex, type StoryTables } from '../../../utils/story/store/dexie-index';
import { MemoryStoryIndex } from '../../../utils/story/store/memory-index';
import { emptyCache } from '../../../utils/story/store/story-cache';
import type { ArticleRecord, StoryIndex, StoryRecord } from '../../../utils/story/store/story-index';
import { dropStoryCache, STORY_TABLES, storyTables, withStoryIndex } from '../../../utils/story/store/story-session';
import { fixtureDataset } from './fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 4, 10, 12);
let db: ParallaxDB;
let n = 0;

beforeEach(async () => {
  db = new ParallaxDB(`story-test-${n++}`);
  await db.open();
  await db.outlets.put({
    id: 'reuters',
    name: 'Reuters',
    domains: ['reuters.com'],
    bias: 'center',
    biasSource: 'allsides-2023',
    quality: 0.9,
    qualitySource: 'lin-2023',
    feeds: [],
  });
});
afterEach(async () => {
  await db.delete();
});

const item = (
  outletId: string,
  slug: string,
  title: string,
  description: string | null,
  publishedAt: number | null = NOW - DAY,
): IngestItem => ({
  url: `https://${outletId}.test/${slug}`,
  title,
  description,
  outletId,
  domain: `${outletId}.test`,
  publishedAt,
  provider: 'local',
});

const QUAKE =
  'A magnitude 7.4 earthquake struck off the coast of Taiwan on Wednesday, toppling buildings in Hualien and triggering tsunami warnings across Japan and the Philippines.';
const batch = [
  item('reuters', 'quake', 'Powerful earthquake strikes Taiwan, tsunami warnings issued', QUAKE),
  item(
    'bbc',
    'quake',
    'Taiwan earthquake: buildings collapse in Hualien',
    'The strongest earthquake to hit Taiwan in 25 years damaged buildings in Hualien and prompted tsunami warnings in Japan.',
  ),
  item(
    'foxnews',
    'budget',
    'House passes stopgap budget to avert shutdown',
    'The House approved a stopgap spending bill late Thursday, sending it to the Senate hours before a government shutdown deadline.',
  ),
];

async function counts() {
  return {
    articles: await db.articles.count(),
    stories: await db.stories.count(),
    terms: (await db.termShards.count()) + (await db.termDeltas.count()),
  };
}

describe('ingestArticles', () => {
  it('groups a batch into stories and re-ingesting the same batch changes nothing', async () => {
    const first = await ingestArticles(db, batch, NOW);
    expect(first.map((a) => a.added)).toEqual([true, true, true]);
    expect(first[1]!.story.id).toBe(first[0]!.story.id);
    expect(first[2]!.story.id).not.toBe(first[0]!.story.id);
    const before = {
      ...(await counts()),
      rows: await db.articles.toArray(),
      storyRows: await db.stories.toArray(),
      termRows: (await readTerms(db)).counts.rows(),
      deltas: await db.termDeltas.toArray(),
    };
    const again = await ingestArticles(db, batch, NOW + DAY);
    expect(again.map((a) => a.added)).toEqual([false, false, false]);
    expect(await db.articles.toArray()).toEqual(before.rows);
    expect(await db.stories.toArray()).toEqual(before.storyRows);
    expect((await readTerms(db)).counts.rows()).toEqual(before.termRows);
    expect(await db.termDeltas.toArray()).toEqual(before.deltas);
  });

  it('keeps a wire copy once per outlet, and the same URL at one outlet once', async () => {
    const wire = item('ap', 'quake', 'Powerful earthquake strikes Taiwan, tsunami warnings issued', QUAKE);
    await ingestArticles(db, [wire, { ...wire, outletId: 'abcnews', domain: 'abcnews.test' }, { ...wire }], NOW);
    const rows = await db.articles.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(['abcnews https://ap.test/quake', 'ap https://ap.test/quake']);
    expect(new Set(rows.map((r) => r.storyId)).size).toBe(1);
    expect(rows.find((r) => r.outletId === 'abcnews')!.match.method).toBe('near-duplicate');
  });

  it('commits nothing when a batch fails midway (one transaction per batch)', async () => {
    const poisoned = { ...batch[2]! };
    Object.defineProperty(poisoned, 'title', {
      get: () => {
        throw new Error('worker stopped');
      },
    });
    await expect(ingestArticles(db, [batch[0]!, batch[1]!, poisoned], NOW)).rejects.toThrow('worker stopped');
    expect(await counts()).toEqual({ articles: 0, stories: 0, terms: 0 });
  });

  it('dates undated items now and future-dated items no later than now', async () => {
    await ingestArticles(
      db,
      [
        item('a', '1', 'Undated earthquake report from Taiwan', null, null),
        item('b', '2', 'Future earthquake report from Taiwan', null, NOW + 5 * DAY),
      ],
      NOW,
    );
    expect((await db.articles.toArray()).map((a) => a.publishedAt)).toEqual([NOW, NOW]);
  });

  it('stores small rows (well under 2 KB an article)', async () => {
    await ingestArticles(db, batch, NOW);
    const bytes = JSON.stringify([
      await db.articles.toArray(),
      await db.stories.toArray(),
      await db.termShards.toArray(),
      await db.termDeltas.toArray(),
    ]).length;
    expect(bytes / batch.length).toBeLessThan(2048);
  });

  it('clusters exactly like the in-memory index (one algorithm, two stores)', async () => {
    const items = fixtureDataset('googlenews_rss_story_clusters').slice(0, 80);
    const inMemory = await clusterStream(items, { startAt: NOW });
    const stored = await ingestArticles(
      db,
      items.map((i) => ({
        url: i.url!,
        title: i.title,
        description: i.description,
        outletId: i.id,
        domain: i.domain ?? '',
        publishedAt: NOW,
        provider: 'local' as const,
      })),
      NOW,
    );
    const partition = (labels: string[]) => labels.map((l) => labels.indexOf(l));
    expect(partition(stored.map((a) => a.story.id))).toEqual(partition(inMemory));
  });

  it('clusters a multi-batch stream with wire copies exactly like the in-memory index', async () => {
    // Batches share stories (each text recurs every 300 items, from another outlet, as a
    // near-copy), so stories grow across batches and within one: the batch cache must see both.
    const texts = fixtureDataset('googlenews_rss_story_clusters').slice(0, 150);
    const stream = syntheticStream(texts, 420, NOW - 4 * DAY, 3);
    const assigned: { id: string; story: string; match: unknown }[] = [];
    await clusterStream(
      stream.map((s) => ({
        id: articleId(s.outletId, s.url),
        title: s.title,
        description: s.description,
        url: s.url,
        domain: s.domain,
        publishedAt: s.publishedAt,
        storyId: null,
      })),
      { onAssign: (a) => assigned.push({ id: a.article.id, story: a.story.id, match: a.article.match }) },
    );
    const stored: typeof assigned = [];
    for (let i = 0; i < stream.length; i += 50)
      for (const a of await ingestArticles(db, stream.slice(i, i + 50), NOW))
        stored.push({ id: a.article.id, story: a.story.id, match: a.article.match });
    const partition = (rows: typeof assigned) => rows.map((r) => rows.findIndex((x) => x.story === r.story));
    expect(stored.map((r) => r.id)).toEqual(assigned.map((r) => r.id));
    expect(partition(stored)).toEqual(partition(assigned));
    expect(stored.map((r) => r.match)).toEqual(assigned.map((r) => r.match));
    expect(new Set(stored.map((r) => (r.match as { method: string }).method))).toEqual(
      new Set(['seed', 'centroid', 'near-duplicate']),
    );
    // What was returned is what was stored.
    const rows = new Map((await db.articles.toArray()).map((r) => [r.id, r]));
    expect(stored.map((r) => rows.get(r.id)?.storyId)).toEqual(stored.map((r) => r.story));
    expect(await db.stories.count()).toBe(new Set(stored.map((r) => r.story)).size);
  }, 30_000); // ~1 s alone; several times that on a loaded shared machine (not a speed test)
});

describe('pruneArticles', () => {
  it('drops expired articles, shrinks their stories and deletes the empty ones', async () => {
    await ingestArticles(
      db,
      [
        // Hours apart, so they are one story (a day without news ends a story: sigmaDays).
        { ...batch[0]!, publishedAt: NOW - 14.2 * DAY },
        { ...batch[1]!, publishedAt: NOW - 13.8 * DAY },
        { ...batch[2]!, publishedAt: NOW - 30 * DAY },
      ],
      NOW,
    );
    const result = await pruneArticles(db, NOW);
    expect(result).toEqual({ articles: 2, stories: 1 });
    const [story] = await db.stories.toArray();
    expect(story!.articleCount).toBe(1);
    expect(story!.firstPublishedAt).toBe(NOW - 13.8 * DAY);
    expect(story!.keys.every((k) => k.endsWith(`|${Math.floor(Math.floor((NOW - 13.8 * DAY) / DAY) / 4)}`))).toBe(true);
    expect((await db.articles.toArray()).map((a) => a.outletId)).toEqual(['bbc']);
  });

  it('enforces maxArticles oldest first', async () => {
    await ingestArticles(
      db,
      batch.map((b, i) => ({ ...b, publishedAt: NOW - (3 - i) * DAY })),
      NOW,
    );
    await pruneArticles(db, NOW, { maxArticles: 1 });
    expect((await db.articles.toArray()).map((a) => a.outletId)).toEqual(['foxnews']);
    expect(await db.stories.count()).toBe(1);
  });

  it('removeArticles deletes chosen articles the same way: stories shrink, the band log forgets them', async () => {
    const [first] = await ingestArticles(db, batch, NOW);
    const ids = (await db.articles.toArray()).map((a) => a.id);
    const gone = ids.filter((id) => id !== first!.article.id);
    await removeArticles(db, gone);
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual([first!.article.id]);
    expect((await db.stories.toArray()).reduce((n, s) => n + s.articleCount, 0)).toBe(1);
    const logged = await BandLog.read(db);
    expect(first!.article.bands.length).toBeGreaterThan(0);
    expect(first!.article.bands.every((b) => logged.articlesWith(b).join() === first!.article.id)).toBe(true);
  });
});

describe('lookupCoverage', () => {
  const page = {
    url: 'https://www.nytimes.com/2024/05/09/world/asia/taiwan-earthquake.html?smid=x',
    canonicalUrl: 'https://www.nytimes.com/2024/05/09/world/asia/taiwan-earthquake.html',
    title: 'Taiwan Earthquake: Tsunami Warnings After Powerful Quake Hits Hualien',
    description:
      'The earthquake, the strongest in Taiwan in decades, damaged buildings in Hualien; Japan and the Philippines issued tsunami warnings.',
    outletId: 'domain:nytimes.com',
    domain: 'nytimes.com',
    publishedAt: NOW - DAY,
  };

  it('finds the story of a page no feed carried, with explanations and resolved outlets', async () => {
    await ingestArticles(db, batch, NOW);
    const coverage = await lookupCoverage(db, page, NOW);
    expect(coverage).not.toBeNull();
    expect(coverage!.articles.map((a) => a.outletId).sort()).toEqual(['bbc', 'domain:nytimes.com', 'reuters']);
    for (const a of coverage!.articles) expect(a.match.sharedTerms.length).toBeGreaterThan(0);
    const pageRow = coverage!.articles.find((a) => a.outletId === 'domain:nytimes.com')!;
    expect(pageRow.match.method).toBe('centroid');
    expect(pageRow.match.sharedTerms).toContain('earthquake');
    expect(coverage!.story.articleCount).toBe(3);
    expect(coverage!.outlets.find((o) => o.id === 'reuters')!.bias).toBe('center');
    expect(coverage!.outlets.find((o) => o.id === 'domain:nytimes.com')).toMatchObject({
      name: 'nytimes.com',
      bias: 'unrated',
    });
    expect(Object.keys(coverage!.story).sort()).toEqual([
      'articleCount',
      'firstPublishedAt',
      'id',
      'lastPublishedAt',
      'title',
    ]);
  });

  it('adds the page to the index so later articles join it, and a repeat lookup adds nothing', async () => {
    expect(await lookupCoverage(db, page, NOW)).toBeNull(); // nothing else yet, but the page is indexed
    expect(await db.articles.count()).toBe(1);
    await ingestArticles(db, [batch[1]!], NOW);
    const coverage = await lookupCoverage(db, page, NOW);
    expect(coverage!.articles).toHaveLength(2);
    expect(await db.articles.count()).toBe(2);
  });

  it('reads only the newest COVERAGE_ARTICLES members of a large story, with its true size and their outlets', async () => {
    const size = COVERAGE_ARTICLES + 30;
    const MINUTE = 60_000;
    // Member i is i minutes old; outlets repeat every 110 members, so the 30 oldest include outlets
    // (o100..o109) that no newer member has: they must not be resolved.
    const rows = Array.from({ length: size }, (_, i) => {
      const outletId = i === 0 ? 'reuters' : `domain:o${i % 110}.test`;
      const url = `https://o${i}.test/big-story`;
      return {
        id: articleId(outletId, url),
        url,
        title: `Member ${i}`,
        description: null,
        outletId,
        domain: outletId === 'reuters' ? 'reuters.com' : `o${i % 110}.test`,
        publishedAt: NOW - DAY - i * MINUTE,
        storyId: 'big',
        match: { score: 1, sharedTerms: ['big'], method: 'centroid' as const, provider: 'local' as const },
        bands: [],
      };
    });
    // Inserted in shuffled order, so only the index (not insertion order) can give the newest.
    await db.articles.bulkPut(rows.slice().sort((a, b) => (a.id < b.id ? -1 : 1)));
    await db.stories.put({
      id: 'big',
      title: 'Member 0',
      articleCount: size,
      firstPublishedAt: rows[size - 1]!.publishedAt,
      lastPublishedAt: rows[0]!.publishedAt,
      centroid: { terms: [], weights: [] },
      days: [],
      keys: [],
    });
    const newest = rows.slice(0, COVERAGE_ARTICLES).reverse(); // oldest first, as Coverage lists them
    const expectOutlets = (ids: string[]) =>
      expect(ids.sort()).toEqual([...new Set(newest.map((a) => a.outletId))].sort());

    // The page is the story's oldest member (a feed brought it in): it is left out, the newest are listed.
    const oldest = rows[size - 1]!;
    const coverage = await lookupCoverage(
      db,
      { ...page, url: oldest.url, canonicalUrl: oldest.url, outletId: oldest.outletId, domain: oldest.domain },
      NOW,
    );
    expect(coverage!.story.articleCount).toBe(size);
    expect(coverage!.articles.map((a) => a.id)).toEqual(newest.map((a) => a.id));
    expect(coverage!.articles[0]).not.toHaveProperty('bands');
    expectOutlets(coverage!.outlets.map((o) => o.id));
    expect(coverage!.outlets.find((o) => o.id === 'reuters')!.bias).toBe('center');
    expect(coverage!.outlets.some((o) => o.id === 'domain:o105.test')).toBe(false);

    // A reopened popup reads the same bounded list straight from the index.
    const reopened = await coverageFromIndex(db, [oldest.url]);
    expect(reopened!.story.articleCount).toBe(size);
    expect(reopened!.articles.map((a) => a.id)).toEqual(newest.map((a) => a.id));
  });

  it('returns null for a page about nothing the index knows', async () => {
    await ingestArticles(db, batch, NOW);
    expect(
      await lookupCoverage(
        db,
        {
          ...page,
          url: 'https://x.test/a',
          canonicalUrl: 'https://x.test/a',
          title: 'Recipe: lemon tart with almond crust',
          description: null,
        },
        NOW,
      ),
    ).toBeNull();
  });
});

describe('wire copies: the best-agreeing stored copy', () => {
  // The page's 16 bands, and stored articles agreeing on chosen band positions (the others unique).
  const TWO_32 = 2 ** 32;
  const PAGE_BANDS = Array.from({ length: 16 }, (_, i) => i * TWO_32 + 100 + i);
  const bandsAgreeingOn = (positions: number[], salt: number) =>
    PAGE_BANDS.map((b, i) => (positions.includes(i) ? b : i * TWO_32 + 5_000 + salt * 16 + i));
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  // Inserted out of id order. Expected: 'b' (11 agreeing; 'c' ties at 11 with a later id; 'a' has the
  // smaller id but 9; 'd' shares a queried band but agrees on 7 < nearDuplicateBands). Counting only
  // the 9 queried bands would pick 'a', the last of a tie 'c', the first candidate over 8 'a'.
  const SEEDS: [string, number[]][] = [
    ['c', range(5, 15)],
    ['d', range(8, 14)],
    ['b', range(0, 10)],
    ['a', range(0, 8)],
  ];
  const story = (id: string): StoryRecord => ({
    id: `story-${id}`,
    title: id,
    articleCount: 1,
    firstPublishedAt: NOW - DAY,
    lastPublishedAt: NOW - DAY,
    centroid: { terms: [], weights: [] },
    days: [],
    keys: [],
  });
  const article = (id: string, bands: number[]): ArticleRecord => ({
    id,
    url: `https://wire.test/${id}`,
    title: id,
    description: null,
    outletId: 'wire',
    domain: 'wire.test',
    publishedAt: NOW - DAY,
    storyId: `story-${id}`,
    match: { score: 1, sharedTerms: [], method: 'seed', provider: 'local' },
    bands,
  });
  const seed = async (index: StoryIndex) => {
    for (const [i, [id, positions]] of SEEDS.entries()) {
      await index.putStory(story(id));
      await index.putArticle(article(id, bandsAgreeingOn(positions, i)));
    }
  };
  const page: ArticleInput = {
    id: 'page',
    url: 'https://reader.test/page',
    title: 'page',
    description: null,
    outletId: 'reader',
    domain: 'reader.test',
    publishedAt: NOW - DAY,
    provider: 'local',
  };
  const place = (index: StoryIndex) =>
    assignArticle(index, page, DEFAULT_PARAMS, { counts: new Map([['page', 1]]), bands: PAGE_BANDS });
  const expectB = ({ story, article }: Assignment) => {
    expect(story.id).toBe('story-b');
    expect(article.match.method).toBe('near-duplicate');
    expect(article.match.score).toBeCloseTo((11 / 16) ** (1 / 4), 12);
  };

  it('is the same in memory, on Dexie with a warm or cold cache, and within the batch that stored the copies', async () => {
    const memory = new MemoryStoryIndex();
    await seed(memory);
    expectB(await place(memory));

    await withStoryIndex(db, seed);
    expectB(await withStoryIndex(db, place)); // warm: the cache holds the seeds' rows
    await removeArticles(db, ['page']);
    dropStoryCache(db);
    expectB(await withStoryIndex(db, place)); // cold: hits and rows read from IndexedDB

    const other = new ParallaxDB(`story-test-${n++}`);
    try {
      expectB(await withStoryIndex(other, async (index) => (await seed(index), place(index))));
    } finally {
      await other.delete();
    }
  });

  it("reads no copy's row, only the story the band log names for the best-agreeing one", async () => {
    await withStoryIndex(db, seed);
    const read: string[] = [];
    const chosen = await db.transaction('rw', storyTables(db), async (tx) => {
      const tables = Object.fromEntries(STORY_TABLES.map((t) => [t, tx.table(t)])) as unknown as StoryTables;
      const recorded = <T extends object>(table: T) =>
        new Proxy(table, {
          get(target, prop) {
            if (prop === 'bulkGet')
              return (ids: string[]) => (
                read.push(...ids.filter((id) => id !== 'page')),
                (target as unknown as StoryTables['articles']).bulkGet(ids)
              );
            const value = Reflect.get(target, prop);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      return place(
        new DexieStoryIndex(
          { ...tables, articles: recorded(tables.articles), stories: recorded(tables.stories) },
          emptyCache('test'),
        ),
      );
    });
    expectB(chosen);
    // Only the chosen copy's story: not 'c''s (tied at 11, later id), nor the lower-agreeing 'a''s and 'd''s.
    expect(read).toEqual(['story-b']);
  });
});
