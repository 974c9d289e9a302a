import { isBias, type Bias } from '../../utils/bias';
import { parseCsv } from './csv';
import { siteKey, type SiteKey } from './site-key';

/** One AllSides entry, with what the build may do with it. */
export interface AllSidesEntry {
  name: string;
  /** Five-point rating, from 2023 or (when 2023 has none) 2019; null for mixed / not-rated. */
  bias: Bias | null;
  biasSource: 'allsides-2023' | 'allsides-2019' | null;
  site: SiteKey;
  /** Why the entry cannot be an outlet of its own, or null when it can. */
  notAnOutlet: 'author' | 'think-tank' | 'no-website' | 'ignored' | SiteKey['kind'] | null;
}

// The 2019 file spells the scale differently and uses "allsides" for mixed.
const RATING_2019: Record<string, Bias> = {
  left: 'left',
  'left-center': 'lean-left',
  center: 'center',
  'right-center': 'lean-right',
  right: 'right',
};

/**
 * Reads the 2023 ratings (with websites) and uses the 2019 file for what 2023 lacks: the entry's
 * type (News Media / Author / Think Tank) and a rating for entries 2023 lists as not-rated.
 */
export function readAllSides(csv2023: string, csv2019: string, ignore: ReadonlySet<string>): AllSidesEntry[] {
  const older = new Map(parseCsv(csv2019).map((r) => [r.news_source ?? '', r]));
  const seen = new Set<string>();
  const entries: AllSidesEntry[] = [];
  for (const row of parseCsv(csv2023)) {
    const name = (row.news_source ?? '').trim();
    // The 2023 file repeats a few entries verbatim (same name, same site): keep the first.
    const dedupeKey = `${name}\n${row.url ?? ''}`;
    if (!name || seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    const old = older.get(name);
    const oldBias = RATING_2019[old?.rating ?? ''] ?? null;
    const bias = isBias(row.rating) ? row.rating : oldBias;
    const site = row.url ? siteKey(row.url) : ({ kind: 'invalid', key: null } as const);
    const type = old?.type ?? '';
    entries.push({
      name,
      bias,
      biasSource: isBias(row.rating) ? 'allsides-2023' : oldBias ? 'allsides-2019' : null,
      site,
      notAnOutlet: ignore.has(name)
        ? 'ignored'
        : type === 'Author'
          ? 'author'
          : type.startsWith('Think Tank')
            ? 'think-tank'
            : !row.url
              ? 'no-website'
              : site.kind === 'site'
                ? null
                : site.kind,
    });
  }
  return entries;
}
