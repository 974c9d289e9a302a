import type { OutletOverride, ParallaxDB } from '../db/parallax-db';
import type { Outlet } from '../outlets/outlet';

/**
 * Whether Parallax polls an outlet: by default every outlet that has a feed; the reader's
 * own choice (the override row's `enabled`) wins.
 */
export function isEnabled(
  outlet: Pick<Outlet, 'feeds'>,
  override: Pick<OutletOverride, 'enabled'> | undefined,
): boolean {
  return override?.enabled ?? outlet.feeds.length > 0;
}

/**
 * Outlets the reader turned off. Their articles must not count in coverage anywhere (popup count,
 * bias spread, badge). Only explicit choices count here: an outlet without feeds is not polled, but
 * an article of it found by an opted-in provider still counts until the reader turns it off.
 */
export async function disabledOutletIds(db: ParallaxDB): Promise<Set<string>> {
  const rows = await db.overrides.filter((o) => o.enabled === false).toArray();
  return new Set(rows.map((o) => o.outletId));
}

export interface EnabledFeed {
  outletId: string;
  url: string;
}

/** Every feed the background should poll: the feeds of enabled outlets, each once. */
export async function enabledFeeds(db: ParallaxDB): Promise<EnabledFeed[]> {
  const [outlets, overrides] = await Promise.all([
    db.outlets.filter((o) => o.feeds.length > 0).toArray(),
    db.overrides.toArray(),
  ]);
  const byId = new Map(overrides.map((o) => [o.outletId, o]));
  const seen = new Set<string>();
  const feeds: EnabledFeed[] = [];
  for (const outlet of outlets) {
    if (!isEnabled(outlet, byId.get(outlet.id))) continue;
    for (const url of outlet.feeds) {
      if (seen.has(url)) continue;
      seen.add(url);
      feeds.push({ outletId: outlet.id, url });
    }
  }
  return feeds;
}
