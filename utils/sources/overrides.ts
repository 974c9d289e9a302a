import type { BiasRating } from '../bias';
import type { OutletOverride, ParallaxDB } from '../db/parallax-db';
import type { Outlet } from '../outlets/outlet';

type Change = Partial<Pick<OutletOverride, 'bias' | 'quality' | 'enabled'>>;

/**
 * Merges a change into an override row, dropping fields that say nothing (an `enabled` equal to the
 * default, a field set to undefined). Returns null when nothing of the reader's own is left, so the
 * table (and a backup) holds only real choices, not 9,000 rows of defaults.
 */
export function mergeOverride(
  outlet: Pick<Outlet, 'id' | 'feeds'>,
  current: OutletOverride | undefined,
  change: Change,
  now: number,
): OutletOverride | null {
  const next: OutletOverride = { ...current, ...change, outletId: outlet.id, updatedAt: now };
  for (const key of ['bias', 'quality', 'enabled'] as const) if (next[key] === undefined) delete next[key];
  if (next.enabled === outlet.feeds.length > 0) delete next.enabled;
  return next.bias === undefined && next.quality === undefined && next.enabled === undefined ? null : next;
}

async function apply(db: ParallaxDB, outlets: Outlet[], change: (o: Outlet) => Change, now: number) {
  const current = new Map(
    (await db.overrides.bulkGet(outlets.map((o) => o.id))).flatMap((o) => (o ? [[o.outletId, o]] : [])),
  );
  const puts: OutletOverride[] = [];
  const deletes: string[] = [];
  for (const outlet of outlets) {
    const merged = mergeOverride(outlet, current.get(outlet.id), change(outlet), now);
    if (merged) puts.push(merged);
    else if (current.has(outlet.id)) deletes.push(outlet.id);
  }
  await db.overrides.bulkPut(puts);
  await db.overrides.bulkDelete(deletes);
  return puts.length + deletes.length;
}

/** Turns outlets on or off, by id or by (effective) bias group. Returns how many outlets were selected. */
export async function setOutletsEnabled(
  db: ParallaxDB,
  select: { outletIds?: string[]; bias?: BiasRating },
  enabled: boolean,
  now: number,
): Promise<number> {
  return db.transaction('rw', db.outlets, db.overrides, async () => {
    let outlets: Outlet[];
    if (select.outletIds) {
      outlets = (await db.outlets.bulkGet(select.outletIds)).filter((o): o is Outlet => o !== undefined);
    } else if (select.bias) {
      const overrides = new Map((await db.overrides.toArray()).map((o) => [o.outletId, o]));
      const all = await db.outlets.toArray();
      outlets = all.filter((o) => (overrides.get(o.id)?.bias ?? o.bias) === select.bias);
    } else {
      outlets = [];
    }
    await apply(db, outlets, () => ({ enabled }), now);
    return outlets.length;
  });
}

/** The reader's own rating of an outlet; `undefined` leaves a field as it is. */
export async function setRatingOverride(
  db: ParallaxDB,
  outletId: string,
  rating: { bias?: BiasRating; quality?: number | null },
  now: number,
): Promise<boolean> {
  return db.transaction('rw', db.outlets, db.overrides, async () => {
    const outlet = await db.outlets.get(outletId);
    if (!outlet) return false;
    const change: Change = {};
    if (rating.bias !== undefined) change.bias = rating.bias;
    if (rating.quality !== undefined) change.quality = rating.quality;
    await apply(db, [outlet], () => change, now);
    return true;
  });
}

/** Back to the bundled rating; the on/off choice is kept. */
export async function resetRatingOverride(db: ParallaxDB, outletId: string, now: number): Promise<boolean> {
  return db.transaction('rw', db.outlets, db.overrides, async () => {
    const outlet = await db.outlets.get(outletId);
    if (!outlet) return false;
    await apply(db, [outlet], () => ({ bias: undefined, quality: undefined }), now);
    return true;
  });
}
