import { describe, expect, it } from 'vitest';
import { disabledOutletIds, enabledFeeds, isEnabled } from '../../../utils/sources/enabled';
import { setOutletsEnabled } from '../../../utils/sources/overrides';
import { freshDb, outlet } from './fixtures';

describe('enabled outlets', () => {
  it('defaults to "has a feed", and the reader’s choice wins', () => {
    expect(isEnabled({ feeds: ['https://a.com/rss'] }, undefined)).toBe(true);
    expect(isEnabled({ feeds: [] }, undefined)).toBe(false);
    expect(isEnabled({ feeds: ['https://a.com/rss'] }, { enabled: false })).toBe(false);
    expect(isEnabled({ feeds: [] }, { enabled: true })).toBe(true);
  });

  it('lists the feeds to poll and the outlets to leave out of coverage', async () => {
    const db = freshDb();
    await db.outlets.bulkPut([
      outlet('alpha'),
      outlet('beta', { feeds: ['https://beta.com/a', 'https://beta.com/b'] }),
      outlet('local', { feeds: [] }),
    ]);
    expect((await enabledFeeds(db)).map((f) => f.url)).toEqual([
      'https://alpha.com/rss',
      'https://beta.com/a',
      'https://beta.com/b',
    ]);
    expect(await disabledOutletIds(db)).toEqual(new Set());

    await setOutletsEnabled(db, { outletIds: ['beta', 'local'] }, false, 1);
    expect((await enabledFeeds(db)).map((f) => f.outletId)).toEqual(['alpha']);
    // "local" has no feed, so off is its default: no row is kept for it, and its provider articles still count.
    expect(await disabledOutletIds(db)).toEqual(new Set(['beta']));
    expect(await db.overrides.count()).toBe(1);
  });
});
