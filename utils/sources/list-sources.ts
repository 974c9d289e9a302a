import type { ParallaxDB } from '../db/parallax-db';
import type { FeedHealth } from '../feeds/feed-health';
import { applyOverride } from '../outlets/apply-override';
import type { Outlet } from '../outlets/outlet';
import { isEnabled } from './enabled';
import { cachedOutlets } from './outlet-cache';
import { feedHealthView, type SourcePage, type SourceQuery } from './source-row';

export const MAX_PAGE = 200;
// One collator for the whole sort: localeCompare builds one per call.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Lower-case, accent-free text for a forgiving search ("Le Monde" finds "lemonde.fr" and "Le Mondé"). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function matchesText(outlet: Outlet, needle: string): boolean {
  if (!needle) return true;
  return fold(outlet.name).includes(needle) || outlet.domains.some((d) => d.includes(needle));
}

/**
 * One page of the Sources list. The whole registry (~9k outlets) is filtered in memory: one
 * indexed read is faster than paging through several indexes, and the page only renders `limit` rows.
 */
export async function listSources(db: ParallaxDB, q: SourceQuery): Promise<SourcePage> {
  const [outlets, overrides] = await Promise.all([cachedOutlets(db), db.overrides.toArray()]);
  const byId = new Map(overrides.map((o) => [o.outletId, o]));
  const needle = fold(q.query?.trim() ?? '');
  const matches = outlets
    .map((raw) => {
      const override = byId.get(raw.id);
      return { outlet: applyOverride(raw, override), enabled: isEnabled(raw, override), override };
    })
    .filter(
      (r) =>
        (q.bias === undefined || r.outlet.bias === q.bias) &&
        (q.country === undefined || r.outlet.country === q.country) &&
        (q.enabled === undefined || r.enabled === q.enabled) &&
        matchesText(r.outlet, needle),
    )
    .sort((a, b) => collator.compare(a.outlet.name, b.outlet.name));
  const offset = Math.max(0, q.offset ?? 0);
  const page = matches.slice(offset, offset + Math.min(MAX_PAGE, q.limit ?? 50));
  const feedUrls = page.flatMap((r) => r.outlet.feeds);
  const health = feedUrls.length ? await db.table<FeedHealth, string>('feeds').bulkGet(feedUrls) : [];
  let i = 0;
  const rows = page.map((r) => ({
    outlet: r.outlet,
    enabled: r.enabled,
    overridden: r.override?.bias !== undefined || r.override?.quality !== undefined,
    feeds: r.outlet.feeds.map((url) => feedHealthView(url, health[i++])),
  }));
  const countries = [...new Set(outlets.flatMap((o) => (o.country ? [o.country] : [])))].sort();
  return { rows, total: matches.length, countries };
}
