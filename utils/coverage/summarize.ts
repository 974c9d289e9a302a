import { BIASES, type BiasRating } from '../bias';
import type { Outlet } from '../outlets/outlet';
import type { Coverage } from '../story/story';
import { findBlindspot } from './blindspot';
import { namedCounts } from './named-counts';
import { outletCoverage, type PageOutlet } from './outlet-coverage';
import { bucketize } from './percentages';
import { LEANINGS, QUALITY_BANDS, type CoverageSummary } from './summary';
import { buildTimeline } from './timeline';

export interface SummarizeSettings {
  now: number;
  /**
   * False for outlets the reader switched off: their articles are left out of every count.
   * The page's own outlet is always counted: the reader is looking at it.
   */
  isEnabled: (outletId: string) => boolean;
  /** The outlet of the page being read, or null when the page's outlet is unknown. */
  page: PageOutlet | null;
}

const BIAS_KEYS: readonly BiasRating[] = [...BIASES, 'unrated'];

/**
 * What a story's coverage looks like, counted over distinct outlets (not articles): the page's own
 * outlet included, disabled outlets excluded. Percentages are over all those outlets with unrated
 * as its own bucket, so nothing is silently dropped and every list adds up to 100.
 * `outlets` (overrides applied) wins over `coverage.outlets` for the same id.
 */
export function summarizeCoverage(
  coverage: Coverage,
  outlets: readonly Outlet[],
  settings: SummarizeSettings,
): CoverageSummary {
  const outletsById = new Map<string, Outlet>([...coverage.outlets, ...outlets].map((o) => [o.id, o]));
  const pageId = settings.page?.outletId;
  const articles = coverage.articles.filter((a) => a.outletId === pageId || settings.isEnabled(a.outletId));
  const covering = outletCoverage(articles, outletsById, settings.page);
  const leanings = bucketize(
    LEANINGS,
    covering.map((o) => o.leaning),
  );
  const dated = covering.filter((o) => o.firstPublishedAt !== null);
  const first = dated.sort((a, b) => a.firstPublishedAt! - b.firstPublishedAt! || a.name.localeCompare(b.name))[0];
  // Languages per outlet: an outlet publishing in two languages counts once in each.
  const langs = new Set(
    articles.filter((a) => a.lang).map((a) => `${a.outletId} ${a.lang!.toLowerCase().split('-')[0]}`),
  );
  return {
    storyId: coverage.story.id,
    title: coverage.story.title,
    outletCount: covering.length,
    articleCount: articles.length,
    outlets: covering,
    bias: bucketize(
      BIAS_KEYS,
      covering.map((o) => o.bias),
    ),
    leanings,
    ratedCount: covering.filter((o) => o.bias !== 'unrated').length,
    blindspot: findBlindspot(leanings),
    quality: bucketize(
      QUALITY_BANDS,
      covering.map((o) => o.qualityBand),
    ),
    owners: namedCounts(covering.map((o) => o.owner)),
    ownerUnknown: covering.filter((o) => !o.owner).length,
    firstReported: first ? { outletId: first.outletId, name: first.name, publishedAt: first.firstPublishedAt! } : null,
    timeline: buildTimeline(
      articles.map((a) => a.publishedAt),
      settings.now,
    ),
    countries: namedCounts(covering.map((o) => o.country?.toUpperCase())),
    languages: namedCounts([...langs].map((key) => key.split(' ')[1])),
  };
}
