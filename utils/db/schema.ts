import type Dexie from 'dexie';
import { termShardRows } from '../story/store/term-store';
import type { ArticleRecord, StoryRecord, TermRow } from '../story/store/story-index';
import { bandLogRow, bandLogRows } from '../story/store/band-log';

/**
 * Every schema version Parallax ever shipped, oldest first. Never edit a released entry:
 * add a new one, with an `upgrade` for data changes. tests/utils/db/migrations.test.ts opens a
 * database at each earlier version, fills it, and upgrades it to the latest.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}

export const SCHEMA: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      outlets: 'id, *domains, bias, country, custom',
      overrides: 'outletId',
      settings: 'key',
    },
  },
  {
    // The local story index (issue 4). Unreleased until this session ends: adjust freely until then.
    version: 2,
    stores: {
      // Per-feed health and conditional-request state (utils/feeds/).
      feeds: 'url, outletId, nextPollAt',
      // Indexed articles and the stories they form (utils/story/). `*bands`: MinHash LSH keys that
      // find wire copies; `*keys`: `term|day` keys that find candidate stories; `terms`: the running
      // document frequencies behind IDF (row '#docs' holds the document count).
      // `[storyId+publishedAt]`: a story's members newest first, so a lookup reads only the newest few
      // (utils/story/members.ts); it also answers `where('storyId')` (Dexie uses a compound index's prefix).
      articles: 'id, url, [storyId+publishedAt], outletId, publishedAt, *bands',
      stories: 'id, lastPublishedAt, *keys',
      terms: 'term, lastSeen',
    },
  },
  {
    // Public search providers (issue 5): answers cached per page, and each provider's rate-limit and
    // backoff state, stored here so every tab shares one limiter. Unreleased: adjust freely until then.
    version: 3,
    stores: {
      providerCache: 'key, expiresAt',
      providerState: 'provider',
    },
  },
  {
    // "Not the same story" (issue 6): the reader's corrections, applied whenever coverage is built.
    version: 4,
    stores: { feedback: '[storyId+articleId], storyId' },
  },
  {
    // Document frequencies as a sharded snapshot plus one delta row per batch (utils/story/store/
    // term-store.ts) instead of one row per term: a batch wrote ~900 term rows, now one. The old rows
    // become the snapshot, so every count is kept. `bandLog`: every article's MinHash bands, so ingest
    // knows which bands no article has without asking (band-log.ts); filled from the stored articles.
    version: 5,
    stores: { terms: null, termShards: 'shard', termDeltas: '++seq', bandLog: '++seq' },
    upgrade: async (tx) => {
      const rows = (await tx.table('terms').toArray()) as TermRow[];
      await tx.table('termShards').bulkPut(termShardRows(rows));
      const articles = (await tx.table('articles').toArray()) as ArticleRecord[];
      const log = bandLogRow(articles);
      if (log) await tx.table('bandLog').add(log);
    },
  },
  {
    // The band log names each band's articles (band-log.ts), so wire copies are found in memory: the
    // articles' `*bands` index (16 entries written per article, one query per band) goes. The log is
    // rebuilt from the stored articles, one row per week.
    version: 6,
    stores: { articles: 'id, url, [storyId+publishedAt], outletId, publishedAt' },
    upgrade: async (tx) => {
      const articles = (await tx.table('articles').toArray()) as ArticleRecord[];
      await tx.table('bandLog').clear();
      await tx.table('bandLog').bulkAdd(bandLogRows(articles));
    },
  },
  {
    // A story's `term|bucket` keys indexed in their own table, written only when they change: the
    // multiEntry index on story rows rewrote up to 60 entries with every article a story gained
    // (two thirds of the cost of writing 50 stories in Chromium). Story rows keep their keys, unindexed.
    version: 7,
    // The articles' `outletId` index goes too: nothing queries it, and each index costs every article write.
    stores: {
      stories: 'id, lastPublishedAt',
      storyKeys: 'id, *keys',
      articles: 'id, url, [storyId+publishedAt], publishedAt',
    },
    upgrade: async (tx) => {
      const stories = (await tx.table('stories').toArray()) as StoryRecord[];
      await tx.table('storyKeys').bulkPut(stories.map(({ id, keys }) => ({ id, keys })));
    },
  },
  {
    // The band log names each article's story too, so a wire copy's story is found without reading
    // its original's row (band-log.ts). Rebuilt from the stored articles, one row per week.
    version: 8,
    stores: {},
    upgrade: async (tx) => {
      const articles = (await tx.table('articles').toArray()) as ArticleRecord[];
      await tx.table('bandLog').clear();
      await tx.table('bandLog').bulkAdd(bandLogRows(articles));
    },
  },
];

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;

/** Declares versions 1..upTo on a Dexie instance (upTo < latest is how tests build old databases). */
export function declareSchema(db: Dexie, upTo = LATEST_VERSION): void {
  for (const step of SCHEMA) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
