import type { Article } from '../../article/article';
import type { Outlet } from '../../outlets/outlet';
import type { MatchExplanation, ProviderId } from '../../story/story';

/** The days around the article's publication that a search is limited to (epoch ms, inclusive). */
export interface SearchWindow {
  start: number;
  end: number;
}

/**
 * One article a provider says may cover the same story, before Parallax checks it.
 * Remote providers are untrusted: every text field is plain text from a third party.
 */
export interface Candidate {
  url: string;
  title: string;
  description: string | null;
  /** Host of the outlet (no "www."), e.g. "reuters.com". */
  domain: string;
  /** The outlet's name as the provider gave it, if any (Google News `<source>`). */
  outletName: string | null;
  /** Epoch ms, or null when the provider did not say. */
  publishedAt: number | null;
  provider: ProviderId;
  /** Set by the local index (its own clustering score), or by re-scoring for remote results. */
  match?: MatchExplanation;
}

/** A candidate that passed re-scoring, with the outlet it counts for (registry or `domain:<host>`). */
export interface CoverageCandidate extends Candidate {
  match: MatchExplanation;
  outletId: string;
  outlet: Outlet;
}

/** What a provider may use: the network, a clock and a place to wait. Injected so tests own them. */
export interface ProviderDeps {
  fetch: typeof fetch;
  now(): number;
  /** Request timeout in ms. */
  timeoutMs: number;
  signal?: AbortSignal;
}

/** A source of coverage candidates: the on-device index or a public search service. */
export interface CoverageProvider {
  id: ProviderId;
  name: string;
  /** True when searching sends anything off the reader's machine. */
  sendsOffMachine: boolean;
  /** Plain words for the reader: exactly what leaves the machine, and what never does. */
  sends: string;
  search(article: Article, window: SearchWindow, deps: ProviderDeps): Promise<Candidate[]>;
}
