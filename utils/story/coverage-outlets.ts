import type { ParallaxDB } from '../db/parallax-db';
import { applyOverride } from '../outlets/apply-override';
import type { Outlet } from '../outlets/outlet';

/** An outlet Parallax has no entry for (`domain:<host>`), shown by its host and not rated. */
export function placeholderOutlet(id: string, domain: string): Outlet {
  const host = id.startsWith('domain:') ? id.slice('domain:'.length) : domain;
  return {
    id,
    name: host || id,
    domains: host ? [host] : [],
    bias: 'unrated',
    biasSource: null,
    quality: null,
    qualitySource: null,
    feeds: [],
  };
}

const OUTLET_TABLES = ['outlets', 'overrides'];

/**
 * Outlets with the reader's overrides applied, by id (null: no row), remembered for the worker's
 * lifetime: a lookup resolves up to 100 outlets, and two bulkGets per lookup cost ~10 ms in
 * Chromium. The tables change only when the reader edits sources or ratings (or a bundle update,
 * a restore, clear-all); any write to them moves the stamp and the cache starts over
 * (utils/db/write-watch.ts).
 */
const resolved = new WeakMap<ParallaxDB, { stamp: string; outlets: Map<string, Outlet | null> }>();

/** Resolves the distinct outlets of some articles, with the reader's overrides applied, in first-seen order. */
export async function outletsOf(
  db: ParallaxDB,
  articles: readonly { outletId: string; domain: string }[],
): Promise<Outlet[]> {
  const firstDomain = new Map<string, string>();
  for (const a of articles) if (!firstDomain.has(a.outletId)) firstDomain.set(a.outletId, a.domain);
  const ids = [...firstDomain.keys()];
  const stamp = db.writes.stamp(OUTLET_TABLES);
  let cache = resolved.get(db);
  if (cache?.stamp !== stamp) resolved.set(db, (cache = { stamp, outlets: new Map() }));
  const known = new Map(cache.outlets);
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    const [rows, overrides] = await Promise.all([db.outlets.bulkGet(missing), db.overrides.bulkGet(missing)]);
    missing.forEach((id, i) => known.set(id, rows[i] ? applyOverride(rows[i], overrides[i]) : null));
    // Remembered only if nothing was written while they were read.
    if (db.writes.stamp(OUTLET_TABLES) === stamp) for (const id of missing) cache.outlets.set(id, known.get(id)!);
  }
  // Copies: callers own what they get, the cache stays as read.
  return ids.map((id) => {
    const outlet = known.get(id);
    return outlet ? structuredClone(outlet) : placeholderOutlet(id, firstDomain.get(id) ?? '');
  });
}
