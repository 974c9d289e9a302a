import type { BiasRating } from '../bias';

/** Where a rating came from, so the UI can credit it (AllSides requires attribution). */
export type RatingSource = 'allsides-2023' | 'allsides-2019' | 'lin-2023' | 'user';

/** A news outlet Parallax knows: who it is, where it publishes, and how it is rated. */
export interface Outlet {
  /** Stable slug, e.g. "reuters". */
  id: string;
  name: string;
  /**
   * Host names without "www.", most specific first. An entry may carry a path
   * ("nytimes.com/wirecutter") for outlets that live under another outlet's domain.
   */
  domains: string[];
  bias: BiasRating;
  biasSource: RatingSource | null;
  /** News-domain quality score 0–1 (Lin et al. 2023), or null when unknown. */
  quality: number | null;
  qualitySource: RatingSource | null;
  /** ISO 3166-1 alpha-2 country code, when known. */
  country?: string;
  /** US state for local outlets. */
  region?: string;
  owner?: string;
  medium?: string;
  homepage?: string;
  feeds: string[];
  /** Added by the reader on the options page. */
  custom?: boolean;
}
