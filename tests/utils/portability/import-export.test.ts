import { describe, expect, it } from 'vitest';
import { clearAllData } from '../../../utils/portability/clear-data';
import { exportData } from '../../../utils/portability/export-data';
import { importData } from '../../../utils/portability/import-data';
import { findOutletForUrl } from '../../../utils/outlets/outlet-store';
import { getSettings, updateSettings } from '../../../utils/settings-store';
import { setOutletsEnabled, setRatingOverride } from '../../../utils/sources/overrides';
import { freshDb, outlet } from '../sources/fixtures';

const bundled = [outlet('reuters'), outlet('fox', { bias: 'right' }), outlet('gazette', { feeds: [] })];
const custom = outlet('custom-localpaper-example.com', {
  name: 'Local Paper',
  domains: ['localpaper-example.com'],
  bias: 'lean-left',
  biasSource: 'user',
  feeds: ['http://www.localpaper-example.com/feed.xml'],
  custom: true,
});
const now = new Date('2026-03-04T05:06:07Z');

async function readerDb() {
  const db = freshDb();
  await db.outlets.bulkPut([...bundled, custom]);
  await setRatingOverride(db, 'reuters', { bias: 'lean-left', quality: 0.5 }, 1);
  await setOutletsEnabled(db, { outletIds: ['fox'] }, false, 2);
  await updateSettings(db, { pollMinutes: 60, providers: { gdelt: true } });
  return db;
}

describe('export and import', () => {
  it('restores a backup into a fresh database: settings, overrides and custom sources', async () => {
    const file = await exportData(await readerDb(), 'backup', now);
    expect(file).toMatchObject({ filename: 'parallax-backup-2026-03-04.json', mime: 'application/json' });
    const fresh = freshDb();
    await fresh.outlets.bulkPut(bundled);
    const r = await importData(fresh, 'backup', file.text, 3);
    expect(r).toMatchObject({ ok: true, summary: expect.stringContaining('1 sources of your own') });
    expect((await findOutletForUrl(fresh, 'https://reuters.com/x')).outlet).toMatchObject({
      bias: 'lean-left',
      biasSource: 'user',
    });
    expect((await findOutletForUrl(fresh, 'http://localpaper-example.com/')).outlet?.name).toBe('Local Paper');
    expect((await fresh.overrides.get('fox'))?.enabled).toBe(false);
    expect(await getSettings(fresh)).toMatchObject({ pollMinutes: 60, providers: { gdelt: true, googleNews: false } });
  });

  it.each([
    ['a backup from a newer Parallax', JSON.stringify({ format: 'parallax-backup', version: 2 }), /newer Parallax/],
    ['JSON of another app', JSON.stringify({ version: 1, bookmarks: [] }), /not a Parallax backup/],
    [
      'a damaged backup',
      JSON.stringify({
        format: 'parallax-backup',
        version: 1,
        exportedAt: 'x',
        settings: {},
        overrides: [{ outletId: 'a', bias: 'far', updatedAt: 1 }],
        customSources: [],
      }),
      /damaged at overrides\.0\.bias/,
    ],
    ['a truncated backup', '{"format":"parallax-backup","version":1,"settings":{', /not valid JSON/],
  ])('refuses %s and changes nothing', async (_, text, message) => {
    const db = await readerDb();
    const before = JSON.stringify([
      await db.outlets.toArray(),
      await db.overrides.toArray(),
      await db.settings.toArray(),
    ]);
    const r = await importData(db, 'backup', text, 9);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
    expect(
      JSON.stringify([await db.outlets.toArray(), await db.overrides.toArray(), await db.settings.toArray()]),
    ).toBe(before);
  });

  it('round-trips ratings through CSV: only differences from the bundled rating become overrides', async () => {
    const csv = await exportData(await readerDb(), 'ratings-csv', now);
    expect(csv.text.split('\r\n')[0]).toBe('id,name,domain,bias,quality,yours');
    const fresh = freshDb();
    await fresh.outlets.bulkPut(bundled);
    const r = await importData(fresh, 'ratings-csv', csv.text, 1);
    expect(r).toMatchObject({ ok: true, summary: expect.stringMatching(/1 differ.*1 outlets are unknown/) });
    expect(await fresh.overrides.toArray()).toEqual([
      { outletId: 'reuters', bias: 'lean-left', quality: 0.5, updatedAt: 1 },
    ]);
  });

  it('round-trips ratings through JSON', async () => {
    const json = await exportData(await readerDb(), 'ratings-json', now);
    const fresh = freshDb();
    await fresh.outlets.bulkPut(bundled);
    expect((await importData(fresh, 'ratings-json', json.text, 1)).ok).toBe(true);
    expect((await fresh.overrides.get('reuters'))?.bias).toBe('lean-left');
  });

  it('exports enabled feeds as OPML and imports them as sources elsewhere', async () => {
    const opml = await exportData(await readerDb(), 'opml', now);
    expect(opml.text).toContain('xmlUrl="http://www.localpaper-example.com/feed.xml"');
    expect(opml.text).not.toContain('fox.com/rss'); // turned off
    const fresh = freshDb();
    await fresh.outlets.bulkPut(bundled);
    const r = await importData(fresh, 'opml', opml.text, 1);
    expect(r).toMatchObject({ ok: true, summary: 'Read 2 feeds: 1 added, 1 already followed.' });
    expect((await findOutletForUrl(fresh, 'http://localpaper-example.com/')).outlet).toMatchObject({
      bias: 'lean-left',
      custom: true,
    });
  });

  it('clears everything and restores the bundled registry', async () => {
    const db = await readerDb();
    await db
      .table('articles')
      .put({
        id: 'reuters https://reuters.com/a',
        url: 'https://reuters.com/a',
        storyId: 's',
        outletId: 'reuters',
        publishedAt: 1,
      });
    const r = await clearAllData(db, async () => bundled, 'v-test');
    expect(r.outlets).toBe(3);
    expect(await db.table('articles').count()).toBe(0);
    expect(await db.overrides.count()).toBe(0);
    expect((await db.outlets.toArray()).map((o) => o.id).sort()).toEqual(['fox', 'gazette', 'reuters']);
    expect(await getSettings(db)).toMatchObject({ pollMinutes: 30, providers: { gdelt: false } });
    expect((await db.settings.get('outletsDataset'))?.value).toBe('v-test');
  });
});
