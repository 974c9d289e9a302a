import { describe, expect, it } from 'vitest';
import { findOutletForUrl } from '../../../utils/outlets/outlet-store';
import { resetRatingOverride, setOutletsEnabled, setRatingOverride } from '../../../utils/sources/overrides';
import { freshDb, outlet } from './fixtures';

describe('the reader’s overrides', () => {
  it('applies a rating everywhere, labelled as the reader’s, and resets it', async () => {
    const db = freshDb();
    await db.outlets.put(outlet('alpha'));
    expect(await setRatingOverride(db, 'alpha', { bias: 'right', quality: 0.2 }, 5)).toBe(true);
    const answer = await findOutletForUrl(db, 'https://www.alpha.com/story');
    expect(answer.outlet).toMatchObject({ bias: 'right', biasSource: 'user', quality: 0.2, qualitySource: 'user' });

    await setOutletsEnabled(db, { outletIds: ['alpha'] }, false, 6);
    await resetRatingOverride(db, 'alpha', 7);
    expect((await findOutletForUrl(db, 'https://alpha.com/')).outlet).toMatchObject({
      bias: 'center',
      biasSource: 'allsides-2023',
    });
    // The on/off choice survives a rating reset.
    expect(await db.overrides.get('alpha')).toEqual({ outletId: 'alpha', enabled: false, updatedAt: 7 });
    await setOutletsEnabled(db, { outletIds: ['alpha'] }, true, 8);
    expect(await db.overrides.get('alpha')).toBeUndefined();
  });

  it('refuses an unknown outlet', async () => {
    expect(await setRatingOverride(freshDb(), 'nope', { bias: 'left' }, 1)).toBe(false);
  });

  it('toggles a whole bias group, judged by the rating in effect', async () => {
    const db = freshDb();
    await db.outlets.bulkPut([
      outlet('a', { bias: 'left' }),
      outlet('b', { bias: 'left' }),
      outlet('c', { bias: 'right' }),
    ]);
    await setRatingOverride(db, 'c', { bias: 'left' }, 1);
    await setRatingOverride(db, 'b', { bias: 'center' }, 1);
    expect(await setOutletsEnabled(db, { bias: 'left' }, false, 2)).toBe(2);
    const off = (await db.overrides.toArray()).filter((o) => o.enabled === false).map((o) => o.outletId);
    expect(off.sort()).toEqual(['a', 'c']);
  });
});
