import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { ParallaxDB } from '../../../utils/db/parallax-db';
import { findOutletForUrl, seedOutlets } from '../../../utils/outlets/outlet-store';
import type { Outlet } from '../../../utils/outlets/outlet';

const outlet = (id: string, domains: string[], extra: Partial<Outlet> = {}): Outlet => ({
  id,
  name: id,
  domains,
  bias: 'center',
  biasSource: 'allsides-2023',
  quality: 0.9,
  qualitySource: 'lin-2023',
  feeds: [],
  ...extra,
});

let db: ParallaxDB;
let n = 0;
beforeEach(async () => {
  db = new ParallaxDB(`outlet-store-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('seedOutlets', () => {
  it('loads the bundled registry once per dataset version', async () => {
    const load = vi.fn(async () => [outlet('reuters', ['reuters.com'])]);
    expect(await seedOutlets(db, 'v1', load)).toBe(true);
    expect(await seedOutlets(db, 'v1', load)).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
    expect(await db.outlets.count()).toBe(1);
  });

  it('replaces bundled outlets on a new version but keeps custom outlets and overrides', async () => {
    await seedOutlets(db, 'v1', async () => [outlet('reuters', ['reuters.com']), outlet('gone', ['gone.example'])]);
    const mine = outlet('my-paper', ['mypaper.example', 'clash.example'], { custom: true, biasSource: 'user' });
    await db.outlets.put(mine);
    await db.overrides.put({ outletId: 'reuters', bias: 'lean-left', updatedAt: 1 });

    const next = [outlet('reuters', ['reuters.com'], { name: 'Reuters' }), outlet('clashing', ['clash.example'])];
    expect(await seedOutlets(db, 'v2', async () => next)).toBe(true);

    expect(await db.outlets.get('gone')).toBeUndefined();
    expect((await db.outlets.get('reuters'))?.name).toBe('Reuters');
    expect(await db.outlets.get('my-paper')).toEqual(mine);
    // A bundled outlet claiming a domain the reader already assigned stays out.
    expect(await db.outlets.get('clashing')).toBeUndefined();
    expect(await db.overrides.get('reuters')).toMatchObject({ bias: 'lean-left' });
    expect((await db.settings.get('outletsDataset'))?.value).toBe('v2');
  });

  it('leaves the old registry in place when loading the new one fails', async () => {
    await seedOutlets(db, 'v1', async () => [outlet('reuters', ['reuters.com'])]);
    await expect(seedOutlets(db, 'v2', async () => Promise.reject(new Error('fetch failed')))).rejects.toThrow(
      'fetch failed',
    );
    expect(await db.outlets.count()).toBe(1);
    expect((await db.settings.get('outletsDataset'))?.value).toBe('v1');
  });
});

describe('findOutletForUrl', () => {
  beforeEach(async () => {
    await seedOutlets(db, 'v1', async () => [
      outlet('nyt', ['nytimes.com'], { bias: 'lean-left' }),
      outlet('wirecutter', ['nytimes.com/wirecutter'], { bias: 'unrated', biasSource: null }),
      outlet('bbc', ['bbc.com', 'bbc.co.uk']),
    ]);
  });

  it.each([
    ['https://www.nytimes.com/2024/01/01/us/x.html', 'nyt', 'nytimes.com'],
    ['https://www.nytimes.com/wirecutter/reviews/x/', 'wirecutter', 'nytimes.com'],
    ['https://www.bbc.co.uk/news/x', 'bbc', 'bbc.co.uk'],
    ['https://unknown.example/x', null, 'unknown.example'],
  ])('%s → %s', async (url, id, domain) => {
    const answer = await findOutletForUrl(db, url);
    expect(answer.outlet?.id ?? null).toBe(id);
    expect(answer.domain).toBe(domain);
  });

  it("applies the reader's override and labels it as theirs", async () => {
    await db.overrides.put({ outletId: 'bbc', bias: 'lean-right', quality: 0.2, updatedAt: 1 });
    const { outlet: bbc } = await findOutletForUrl(db, 'https://www.bbc.com/news/x');
    expect(bbc).toMatchObject({ bias: 'lean-right', biasSource: 'user', quality: 0.2, qualitySource: 'user' });
  });
});
