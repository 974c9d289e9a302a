import type { ProviderId } from '../../story/story';
import type { Candidate } from './provider';

/** One provider's raw answer for one page (before re-scoring, so a better model applies to old answers). */
export interface ProviderCacheRow {
  /** `${provider} ${canonical page URL}` */
  key: string;
  provider: ProviderId;
  fetchedAt: number;
  expiresAt: number;
  candidates: Candidate[];
}

/** A provider's pacing, shared by every tab because only the background's database holds it. */
export interface ProviderStateRow {
  provider: ProviderId;
  /** Earliest time the next request may start (the per-provider spacing). */
  nextRequestAt: number;
  /** Set after a 429: no request before this time (Retry-After or exponential backoff). */
  backoffUntil: number;
  /** Consecutive rate-limit answers, for the exponential backoff. */
  strikes: number;
}
