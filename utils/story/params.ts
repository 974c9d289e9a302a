/**
 * The clustering model's parameters: one set for every dataset and for the extension, tuned on
 * the three fixture datasets (see BENCHMARKS.md "Story clustering"). Exported so the providers
 * re-score search results with exactly the same model (against their own MATCH_THRESHOLD).
 */
export interface ClusterParams {
  /** How much more a title word counts than a summary word (titles are written to name the event). */
  titleWeight: number;
  /** Summary/body characters read: feeds give ~300; longer bodies add noise faster than signal. */
  bodyChars: number;
  /** Terms kept per article vector and per story centroid (bounded so stories stay small). */
  articleTerms: number;
  centroidTerms: number;
  /** Terms of an article / a story used as `term|day` index keys. */
  queryTerms: number;
  keyTerms: number;
  /** Days either side of its original a wire copy may appear (candidates: see store/story-index.ts). */
  windowDays: number;
  /**
   * Gaussian time decay σ, in days, of the gap beyond a story's span (0 inside it). One day: a
   * story that got no article for two days is over (×0.14), while one that gets articles daily
   * goes on. Only NeuS has dates, so only NeuS can tune this (BENCHMARKS.md: 3 days costs it 0.06 F1).
   */
  sigmaDays: number;
  /** Minimum decayed cosine to join a story. */
  threshold: number;
  /** MinHash bands (of `rows` hashes each) that must agree to call two texts wire copies. */
  nearDuplicateBands: number;
  stem: boolean;
  /**
   * Exponent of the IDF factor. Above 1 it sharpens the gap between a story's own names
   * ("Griner", "Kherson") and the words every story of a topic uses ("Senate", "Fed"): with short
   * headlines, one shared common word otherwise scores like one shared name.
   */
  idfPower: number;
}

export const DEFAULT_PARAMS: ClusterParams = {
  titleWeight: 3,
  bodyChars: 600,
  articleTerms: 40,
  centroidTerms: 60,
  queryTerms: 12,
  keyTerms: 20,
  windowDays: 3,
  sigmaDays: 1,
  threshold: 0.12,
  nearDuplicateBands: 8,
  stem: true,
  idfPower: 1.5,
};

/**
 * The bar for a search result re-scored against the page and its local story (same model, same
 * scores). Higher than the index's join threshold on purpose: a search service hands back
 * keyword hits, pre-selected to share the page's words, while the index compares an article
 * with the stories of its feeds. At the join threshold (0.12) the re-scoring dropped 4–6 points
 * fewer keyword hits, and kept a lone shared "Biden" (tests/utils/coverage/providers/rescore.test.ts);
 * 0.16 keeps more same-story results than before on NeuS and Google News (BENCHMARKS.md "Search providers").
 */
export const MATCH_THRESHOLD = 0.16;

/** One way of weighing the same terms for re-scoring: the model's parameters and the bar to clear. */
export interface RescoreView {
  params: ClusterParams;
  threshold: number;
}

/**
 * Re-scoring a headline-only search result against a page and its story is a pairwise test, not
 * streaming clustering, so it keeps a result that either of two weighings of the same terms
 * accepts (tokenize, weigh and scoreCandidate unchanged):
 * - the clustering's own weights (IDF^1.5) at MATCH_THRESHOLD, which tells a story's rare names apart;
 * - plain IDF (power 1) at the higher bar 0.2, the re-scoring's setting before IDF^1.5. A headline
 *   of the story often shares only the story's common names with it ("Trump", "Iran", "deal", all
 *   in every NewsWCL50 story), which IDF^1.5 discounts: alone it kept 85.7% of NewsWCL50's
 *   same-story results, with this view 95.2% (BENCHMARKS.md "Search providers").
 * Without corpus frequencies every IDF is 1 and the second view is the first at a higher bar, so a
 * lone shared "Biden" is still dropped (tests/utils/coverage/providers/rescore.test.ts).
 */
export const RESCORE_VIEWS: readonly RescoreView[] = [
  { params: DEFAULT_PARAMS, threshold: MATCH_THRESHOLD },
  { params: { ...DEFAULT_PARAMS, idfPower: 1 }, threshold: 0.2 },
];

export const DAY_MS = 86_400_000;
export const dayOf = (ms: number) => Math.floor(ms / DAY_MS);
