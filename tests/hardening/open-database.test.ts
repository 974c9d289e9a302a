// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readNotices } from '../../utils/db/notices';
import { openDatabase } from '../../utils/db/open-database';
import { ParallaxDB } from '../../utils/db/parallax-db';
import { LATEST_VERSION } from '../../utils/db/schema';

/**
 * An unreadable database: one with a shape our upgrade cannot handle (UpgradeError). A database
 * written by a newer Parallax is not one: Dexie 4 opens it at its own version. Expected: rebuilt, the reader's settings, overrides, own sources and
 * feedback kept, the index left to refill from the feeds, and a notice for the options page.
 */

const NOW = Date.UTC(2026, 10, 20, 12);
const names: string[] = [];
const fresh = () => {
  const name = `open-${Math.random()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database some other code wrote: `stores` at IndexedDB version `idbVersion`, filled with `rows`. */
async function writeRaw(
  name: string,
  idbVersion: number,
  stores: Record<string, string>,
  rows: Record<string, unknown[]>,
) {
  const other = new Dexie(name);
  other.version(idbVersion / 10).stores(stores); // Dexie stores version n as IndexedDB version 10·n
  await other.open();
  for (const [table, list] of Object.entries(rows)) await other.table(table).bulkPut(list);
  other.close();
}

const READER_ROWS = {
  settings: [
    { key: 'settings', value: { pollMinutes: 45, retentionDays: 7 } },
    { key: 'outletsDataset', value: 'v-old' },
  ],
  overrides: [{ outletId: 'cnn', bias: 'center', updatedAt: 1 }],
  feedback: [{ storyId: 's1', articleId: 'a1', at: 1 }],
  outlets: [
    { id: 'my-blog', name: 'My blog', domains: ['blog.example'], custom: true, feeds: [] },
    { id: 'bundled', name: 'Bundled', domains: ['b.example'], custom: false, feeds: [] },
  ],
};

describe('openDatabase', () => {
  it('opens a healthy database as it is, with no notice', async () => {
    const db = new ParallaxDB(fresh());
    expect(await openDatabase(db, () => NOW)).toBeNull();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await readNotices(db)).toEqual([]);
    db.close();
  });

  it('a database from a newer version → opened as it is (Dexie 4 accepts a higher version), nothing lost', async () => {
    const name = fresh();
    await writeRaw(
      name,
      (LATEST_VERSION + 5) * 10,
      {
        outlets: 'id, *domains, bias, country, custom',
        overrides: 'outletId',
        settings: 'key',
        feedback: '[storyId+articleId], storyId',
        articles: 'id, url',
        futureThing: 'id',
      },
      READER_ROWS,
    );
    const db = new ParallaxDB(name);
    expect(await openDatabase(db, () => NOW)).toBeNull();
    expect(await db.settings.get('settings')).toEqual(READER_ROWS.settings[0]);
    expect(await db.overrides.toArray()).toEqual(READER_ROWS.overrides);
    expect(await db.feedback.toArray()).toEqual(READER_ROWS.feedback);
    db.close();
  });

  it('a database our upgrade cannot handle (UpgradeError: changed primary key) → rebuilt, data kept', async () => {
    const name = fresh();
    await writeRaw(
      name,
      10, // our version 1, but with a different primary key for `outlets` than any version declared
      { outlets: '++seq, id', overrides: 'outletId', settings: 'key', feedback: '[storyId+articleId]', articles: 'id' },
      { ...READER_ROWS, articles: [{ id: 'x https://a.example/1' }] },
    );
    const db = new ParallaxDB(name);
    const notice = await openDatabase(db, () => NOW);
    expect(notice).toMatchObject({ at: NOW, reason: expect.stringMatching(/Upgrade/) });
    expect(notice!.restored).toEqual({ settings: 1, overrides: 1, feedback: 1, outlets: 1 });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.settings.get('settings')).toEqual(READER_ROWS.settings[0]);
    expect(await db.overrides.toArray()).toEqual(READER_ROWS.overrides);
    expect(await db.feedback.toArray()).toEqual(READER_ROWS.feedback);
    expect((await db.outlets.toArray()).map((o) => o.id)).toEqual(['my-blog']);
    // The bundle is seeded again (seedOutlets checks this marker), the index refills from the feeds.
    expect(await db.settings.get('outletsDataset')).toBeUndefined();
    expect(await db.articles.count()).toBe(0);
    const [shown] = await readNotices(db);
    expect(shown).toMatchObject({ kind: 'rebuilt', at: NOW, text: expect.stringContaining('rebuilt') });
    db.close();
  });
});
