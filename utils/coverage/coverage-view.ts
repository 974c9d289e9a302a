import type { BiasRating } from '../bias';
import type { Outlet } from '../outlets/outlet';
import type { Coverage, MatchExplanation } from '../story/story';
import { summarizeCoverage, type SummarizeSettings } from './summarize';
import type { CoverageSummary, Leaning, QualityBand } from './summary';

/** One article in the popup's list: the stored article with its outlet's name and ratings. */
export interface CoverageArticle {
  id: string;
  storyId: string;
  /** As found in the feed: the popup makes it clickable only when it is http(s) (safeHref). */
  url: string;
  title: string;
  outletId: string;
  outletName: string;
  domain: string;
  bias: BiasRating;
  leaning: Leaning;
  qualityBand: QualityBand;
  quality: number | null;
  /** The reader overrode this outlet's bias or quality: the popup labels it as theirs. */
  ownRating: boolean;
  publishedAt: number;
  match: MatchExplanation;
}

/** What the popup renders for a story; computed in the background so the popup only draws. */
export interface CoverageView {
  summary: CoverageSummary;
  /** Other articles of the story (not the page being read), newest first. */
  articles: CoverageArticle[];
}

const sameUrl = (a: string, b: string | null) => b !== null && a.replace(/[#?].*$/, '') === b.replace(/[#?].*$/, '');

/**
 * Summarises a story for the page at `pageUrl`, leaving out articles the reader marked
 * "not the same story" (`rejected` article ids) and disabled outlets.
 */
export function buildCoverageView(
  coverage: Coverage,
  outlets: readonly Outlet[],
  settings: SummarizeSettings,
  pageUrl: string | null,
  rejected: ReadonlySet<string> = new Set(),
): CoverageView {
  const kept = { ...coverage, articles: coverage.articles.filter((a) => !rejected.has(a.id)) };
  const summary = summarizeCoverage(kept, outlets, settings);
  const byOutlet = new Map(summary.outlets.map((o) => [o.outletId, o]));
  const rated = new Map(outlets.map((o) => [o.id, o.biasSource === 'user' || o.qualitySource === 'user']));
  const articles: CoverageArticle[] = [];
  for (const a of kept.articles) {
    const o = byOutlet.get(a.outletId);
    // Articles of disabled outlets have no summary entry; the page itself is not listed.
    if (!o || sameUrl(a.url, pageUrl)) continue;
    articles.push({
      id: a.id,
      storyId: a.storyId,
      url: a.url,
      title: a.title,
      outletId: a.outletId,
      outletName: o.name,
      domain: a.domain,
      bias: o.bias,
      leaning: o.leaning,
      qualityBand: o.qualityBand,
      quality: o.quality,
      ownRating: rated.get(a.outletId) ?? false,
      publishedAt: a.publishedAt,
      match: a.match,
    });
  }
  articles.sort((a, b) => b.publishedAt - a.publishedAt);
  return { summary, articles };
}
