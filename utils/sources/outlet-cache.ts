import type { ParallaxDB } from '../db/parallax-db';
import type { Outlet } from '../outlets/outlet';

/**
 * The registry (~9k outlets) read once and kept in memory while it does not change: reading it
 * from IndexedDB costs most of a Sources page request, and the reader filters many times in a row.
 * The background is the only writer of its database, and its write watch (utils/db/write-watch.ts)
 * sees every write to the outlets table: a copy made before one is read again.
 */
const cache = new WeakMap<ParallaxDB, { stamp: string; outlets: Promise<Outlet[]> }>();

export function cachedOutlets(db: ParallaxDB): Promise<Outlet[]> {
  const stamp = db.writes.stamp(['outlets']);
  const hit = cache.get(db);
  if (hit?.stamp === stamp) return hit.outlets;
  const outlets = db.outlets.toArray();
  cache.set(db, { stamp, outlets });
  outlets.catch(() => cache.delete(db));
  return outlets;
}
