/**
 * The clustering model's parameters: one set for every dataset and for the extension, tuned on
 * the three fixture datasets (see BENCHMARKS.md "Story clustering"). Exported so the providers
 * re-score search results with exactly the same model and threshold.
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
  /** Gaussian time decay σ, in days (Miranda et al. 2018 use a few days). */
  sigmaDays: number;
  /** Minimum decayed cosine to join a story. */
  threshold: number;
  /** MinHash bands (of `rows` hashes each) that must agree to call two texts wire copies. */
  nearDuplicateBands: number;
  stem: boolean;
}

export const DEFAULT_PARAMS: ClusterParams = {
  titleWeight: 3,
  bodyChars: 1000,
  articleTerms: 40,
  centroidTerms: 60,
  queryTerms: 12,
  keyTerms: 20,
  windowDays: 3,
  sigmaDays: 3,
  threshold: 0.2,
  nearDuplicateBands: 8,
  stem: true,
};

/** The join threshold of the default model, for code that re-scores candidates itself. */
export const MATCH_THRESHOLD = DEFAULT_PARAMS.threshold;

export const DAY_MS = 86_400_000;
export const dayOf = (ms: number) => Math.floor(ms / DAY_MS);
