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

/** Resolves the distinct outlets of some articles, with the reader's overrides applied, in first-seen order. */
export async function outletsOf(
  db: ParallaxDB,
  articles: readonly { outletId: string; domain: string }[],
): Promise<Outlet[]> {
  const firstDomain = new Map<string, string>();
  for (const a of articles) if (!firstDomain.has(a.outletId)) firstDomain.set(a.outletId, a.domain);
  const ids = [...firstDomain.keys()];
  const [rows, overrides] = await Promise.all([db.outlets.bulkGet(ids), db.overrides.bulkGet(ids)]);
  return ids.map((id, i) => {
    const row = rows[i];
    return row ? applyOverride(row, overrides[i]) : placeholderOutlet(id, firstDomain.get(id) ?? '');
  });
}
