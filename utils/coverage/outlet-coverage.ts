import { sideOf } from '../bias';
import type { Outlet } from '../outlets/outlet';
import type { StoredArticle } from '../story/story';
import { qualityBand } from './quality-band';
import type { Leaning, OutletCoverage } from './summary';

const LEANING_ORDER: Record<Leaning, number> = { left: 0, center: 1, right: 2, unrated: 3 };
const BIAS_ORDER = { left: 0, 'lean-left': 1, center: 2, 'lean-right': 3, right: 4, unrated: 5 };

/** The page being read: its outlet counts even when the index holds no copy of the page. */
export interface PageOutlet {
  outletId: string;
  domain: string;
}

/** An outlet Parallax does not know (`domain:<host>`): named by its host, unrated. */
function unknownOutlet(outletId: string, domain: string): Outlet {
  return {
    id: outletId,
    name: domain,
    domains: [domain],
    bias: 'unrated',
    biasSource: null,
    quality: null,
    qualitySource: null,
    feeds: [],
  };
}

/**
 * Folds articles into one entry per distinct outlet (a wire story run by 5 outlets counts 5, the
 * same outlet publishing twice counts 1), adds the page's outlet, and orders them left → right.
 */
export function outletCoverage(
  articles: readonly StoredArticle[],
  outletsById: ReadonlyMap<string, Outlet>,
  page: PageOutlet | null,
): OutletCoverage[] {
  const byId = new Map<string, OutletCoverage>();
  const entry = (outletId: string, domain: string): OutletCoverage => {
    let found = byId.get(outletId);
    if (!found) {
      const o = outletsById.get(outletId) ?? unknownOutlet(outletId, domain);
      found = {
        outletId,
        name: o.name,
        domain: o.domains[0] ?? domain,
        bias: o.bias,
        leaning: o.bias === 'unrated' ? 'unrated' : sideOf(o.bias),
        quality: o.quality,
        qualityBand: qualityBand(o.quality),
        owner: o.owner ?? null,
        country: o.country ?? null,
        articleCount: 0,
        firstPublishedAt: null,
        isPage: false,
      };
      byId.set(outletId, found);
    }
    return found;
  };
  for (const a of articles) {
    const e = entry(a.outletId, a.domain);
    e.articleCount++;
    if (Number.isFinite(a.publishedAt) && (e.firstPublishedAt === null || a.publishedAt < e.firstPublishedAt)) {
      e.firstPublishedAt = a.publishedAt;
    }
    if (!e.country && a.country) e.country = a.country;
  }
  if (page) entry(page.outletId, page.domain).isPage = true;
  return [...byId.values()].sort(
    (a, b) =>
      LEANING_ORDER[a.leaning] - LEANING_ORDER[b.leaning] ||
      BIAS_ORDER[a.bias] - BIAS_ORDER[b.bias] ||
      a.name.localeCompare(b.name),
  );
}
