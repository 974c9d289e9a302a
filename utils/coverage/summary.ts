import type { BiasRating, Side } from '../bias';
import type { Bucket } from './percentages';

/** A side of the spectrum, or "unrated" for outlets nobody has rated (shown, never dropped). */
export type Leaning = Side | 'unrated';
export const LEANINGS: readonly Leaning[] = ['left', 'center', 'right', 'unrated'];

export type QualityBand = 'high' | 'mixed' | 'low' | 'unknown';
export const QUALITY_BANDS: readonly QualityBand[] = ['high', 'mixed', 'low', 'unknown'];

/** One distinct outlet that covered the story, with what the summary knows about it. */
export interface OutletCoverage {
  /** Registry id, or `domain:<host>` for a site Parallax does not know. */
  outletId: string;
  name: string;
  domain: string;
  bias: BiasRating;
  leaning: Leaning;
  quality: number | null;
  qualityBand: QualityBand;
  owner: string | null;
  country: string | null;
  articleCount: number;
  /** Earliest publication of this outlet in the story (epoch ms), null when only the page is known. */
  firstPublishedAt: number | null;
  /** The outlet of the page being read. */
  isPage: boolean;
}

export interface Blindspot {
  /** The side that barely covers the story. */
  side: 'left' | 'right';
  sideCount: number;
  otherCount: number;
  ratedCount: number;
}

export interface TimelineBin {
  /** Start of the bin, epoch ms (UTC hour or UTC day). */
  start: number;
  count: number;
}

export interface Timeline {
  unit: 'hour' | 'day';
  bins: TimelineBin[];
}

export interface NamedCount {
  name: string;
  count: number;
}

/** Everything the popup and the pill say about a story, computed once in the background. */
export interface CoverageSummary {
  storyId: string;
  title: string;
  /** Distinct outlets, the page's own outlet included: the N of "Covered by N outlets" and the badge. */
  outletCount: number;
  articleCount: number;
  /** Outlets ordered by leaning (left → right, unrated last), then name. */
  outlets: OutletCoverage[];
  /** Five-point scale plus unrated, over all `outletCount` outlets. */
  bias: Bucket<BiasRating>[];
  /** Left / center / right plus unrated, over all `outletCount` outlets. */
  leanings: Bucket<Leaning>[];
  ratedCount: number;
  blindspot: Blindspot | null;
  quality: Bucket<QualityBand>[];
  /** Owners with how many outlets each, most first; outlets without a known owner are counted apart. */
  owners: NamedCount[];
  ownerUnknown: number;
  firstReported: { outletId: string; name: string; publishedAt: number } | null;
  timeline: Timeline;
  /** ISO country codes and language tags, with the number of outlets for each, most first. */
  countries: NamedCount[];
  languages: NamedCount[];
}
