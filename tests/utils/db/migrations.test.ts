import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ParallaxDB } from '../../../utils/db/parallax-db';
import { declareSchema, LATEST_VERSION, SCHEMA } from '../../../utils/db/schema';
import type { Outlet } from '../../../utils/outlets/outlet';
import { readTerms } from '../../../utils/story/store/term-store';
import { BandLog } from '../../../utils/story/store/band-log-index';

/**
 * The migration harness: for every schema version before the latest, build a database exactly as
 * that version left it, put the reader's own data in it, open it with today's ParallaxDB, and check
 * nothing was lost. A new version adds a FILLS entry for the reader-made data its tables hold.
 */
type Check = (db: ParallaxDB) => Promise<void>;
type Fill = (db: Dexie) => Promise<Check>;

const customOutlet: Outlet = {
  id: 'custom-my-town-gazette',
  name: 'My Town Gazette',
  domains: ['mytowngazette.example'],
  bias: 'center',
  biasSource: 'user',
  quality: null,
  qualitySource: null,
  feeds: ['https://mytowngazette.example/feed.xml'],
  custom: true,
};
const bundledOutlet: Outlet = {
  ...customOutlet,
  id: 'reuters',
  name: 'Reuters',
  domains: ['reuters.com'],
  biasSource: 'allsides-2023',
  feeds: [],
  custom: undefined,
};

const FILLS: Record<number, Fill> = {
  // v1: settings, the reader's rating overrides, and outlets they added themselves.
  1: async (db) => {
    const settings = {
      pollMinutes: 45,
      retentionDays: 30,
      providers: { gdelt: true, googleNews: false },
      pill: true,
      pillDismissedSites: ['example.com'],
    };
    const override = {
      outletId: 'reuters',
      bias: 'lean-left' as const,
      quality: 0.5,
      enabled: false,
      updatedAt: 1_700_000_000_000,
    };
    await db.table('settings').bulkPut([
      { key: 'settings', value: settings },
      { key: 'outletsDataset', value: 'old-dataset' },
    ]);
    await db.table('overrides').put(override);
    await db.table('outlets').bulkPut([customOutlet, bundledOutlet]);
    return async (latest) => {
      expect((await latest.settings.get('settings'))?.value).toEqual(settings);
      expect(await latest.overrides.get('reuters')).toEqual(override);
      expect(await latest.outlets.get(customOutlet.id)).toEqual(customOutlet);
      // The multi-entry domain index still finds the reader's outlet after the upgrade.
      expect(await latest.outlets.where('domains').equals('mytowngazette.example').primaryKeys()).toEqual([
        customOutlet.id,
      ]);
    };
  },
  // v2: document frequencies, one row per term until v5 made them a sharded snapshot: every count
  // must carry over, or the index's IDF (and so its clustering) would change with the upgrade.
  2: async (db) => {
    const rows = [
      { term: '#docs', df: 120, lastSeen: 19_800 },
      { term: 'earthquak', df: 7, lastSeen: 19_799 },
      { term: 'taiwan', df: 3, lastSeen: 19_790 },
    ];
    await db.table('terms').bulkPut(rows);
    // A stored article's MinHash bands go to the band log, or a wire copy of it would not be found.
    await db.table('articles').put({
      id: 'a https://a.test/1',
      url: 'https://a.test/1',
      storyId: 's',
      publishedAt: 1.7e12,
      bands: [4294967297, 12],
    });
    return async (latest) => {
      const logged = await BandLog.read(latest);
      expect([4294967297, 12, 13].map((b) => logged.articlesWith(b))).toEqual([
        ['a https://a.test/1'],
        ['a https://a.test/1'],
        [],
      ]);
      const { counts, deltas } = await readTerms(latest);
      expect(counts.rows().sort((a, b) => (a.term < b.term ? -1 : 1))).toEqual(rows);
      expect(deltas).toBe(0);
    };
  },
  // v5: the band log held bands only; from v6 it names each band's articles, rebuilt from the stored
  // articles, and the articles' `*bands` index is gone. A wire copy of a stored article must still be found.
  5: async (db) => {
    const article = {
      id: 'b https://b.test/1',
      url: 'https://b.test/1',
      storyId: 's',
      publishedAt: 1.7e12,
      bands: [7, 2 ** 32 + 9],
    };
    await db.table('articles').put(article);
    await db.table('bandLog').add({ week: 2810, bands: Float64Array.from(article.bands) });
    return async (latest) => {
      const logged = await BandLog.read(latest);
      expect([7, 2 ** 32 + 9, 9].map((b) => logged.articlesWith(b))).toEqual([[article.id], [article.id], []]);
      expect(latest.articles.schema.indexes.map((i) => i.name)).not.toContain('bands');
      expect(await latest.articles.get(article.id)).toEqual(article);
    };
  },
  // v6: story keys were a multiEntry index on the story rows; from v7 they are indexed in `storyKeys`.
  // A stored story must still be found by its keys, or later articles could not join it.
  6: async (db) => {
    const story = {
      id: 'st',
      title: 'Quake',
      articleCount: 2,
      firstPublishedAt: 1.7e12,
      lastPublishedAt: 1.7e12,
      centroid: { terms: ['quak'], weights: [1] },
      days: [19676],
      keys: ['quak|4919', 'taiwan|4919'],
    };
    await db.table('stories').put(story);
    return async (latest) => {
      expect(await latest.storyKeys.where('keys').equals('taiwan|4919').primaryKeys()).toEqual(['st']);
      expect(latest.stories.schema.indexes.map((i) => i.name)).not.toContain('keys');
      expect(await latest.stories.get('st')).toEqual(story);
    };
  },
  // v7: the band log named each band's articles; from v8 it names their stories too, rebuilt from the
  // stored articles. A wire copy of a stored article must still find the article and its story.
  7: async (db) => {
    const article = {
      id: 'c https://c.test/1',
      url: 'https://c.test/1',
      storyId: 'story c',
      publishedAt: 1.7e12,
      bands: [5, 2 ** 32 + 6],
    };
    await db.table('articles').put(article);
    await db.table('bandLog').add({
      week: 2810,
      ids: article.id,
      idStart: Int32Array.from([0, article.id.length]),
      bands: Float64Array.from(article.bands),
      owner: Int32Array.from([0, 0]),
    });
    return async (latest) => {
      const logged = await BandLog.read(latest);
      expect(logged.agreeing([5], article.bands)).toEqual(
        new Map([[article.id, { id: article.id, storyId: 'story c', agreeing: 2 }]]),
      );
      expect(await latest.articles.get(article.id)).toEqual(article);
    };
  },
  // v4: "not the same story" corrections.
  4: async (db) => {
    const row = { storyId: 's1', articleId: 'a1', verdict: 'not-same-story', at: 1_700_000_000_000 };
    await db.table('feedback').put(row);
    return async (latest) => expect(await latest.feedback.get(['s1', 'a1'])).toEqual(row);
  },
};

/** Fills whose tables a later version replaced: they apply to databases up to this version. */
// v5 replaced `terms` with term shards; v6 and v8 changed the band log row; v7 indexed story keys apart.
const FILLED_UNTIL: Record<number, number> = { 2: 4, 5: 5, 6: 6, 7: 7 };

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('database migrations', () => {
  it('declares versions in order, each once, and fills only versions that exist', () => {
    const versions = SCHEMA.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of Object.keys(FILLS).map(Number)) expect(versions).toContain(v);
  });

  const older = SCHEMA.filter((s) => s.version < LATEST_VERSION).map((s) => s.version);
  it.each(older)('upgrades a version %i database to the latest without losing reader data', async (version) => {
    const name = `migration-from-v${version}`;
    const old = new Dexie(name);
    opened.push(old);
    declareSchema(old, version);
    await old.open();
    expect(old.verno).toBe(version);
    const checks: Check[] = [];
    for (const [v, fill] of Object.entries(FILLS))
      if (Number(v) <= version && version <= (FILLED_UNTIL[Number(v)] ?? Infinity)) checks.push(await fill(old));
    expect(checks.length).toBeGreaterThan(0);
    old.close();

    const latest = new ParallaxDB(name);
    opened.push(latest);
    await latest.open();
    expect(latest.verno).toBe(LATEST_VERSION);
    for (const check of checks) await check(latest);
  });

  it('opens a fresh database at the latest version with every declared table', async () => {
    const db = new ParallaxDB('migration-fresh');
    opened.push(db);
    await db.open();
    // Every table some version declared, minus those a later version deleted (`null`).
    const declared = new Set<string>();
    for (const step of SCHEMA)
      for (const [t, spec] of Object.entries(step.stores)) spec === null ? declared.delete(t) : declared.add(t);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...declared].sort());
  });
});
