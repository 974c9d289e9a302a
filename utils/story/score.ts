import { DAY_MS, DEFAULT_PARAMS, type ClusterParams } from './params';
import { termCounts, weigh, type ArticleText } from './text/weights';
import { cosineWithShared, type TermVector } from './text/vector';

/** How well an article fits a story: decayed cosine, and the shared terms that explain it. */
export interface CandidateScore {
  score: number;
  cosine: number;
  decay: number;
  sharedTerms: string[];
}

/** Gaussian decay of the gap between a time and a story's span (0 inside the span). */
export function timeDecay(publishedAt: number, first: number, last: number, params = DEFAULT_PARAMS): number {
  const gap = publishedAt < first ? first - publishedAt : publishedAt > last ? publishedAt - last : 0;
  const days = gap / DAY_MS;
  return Math.exp(-(days * days) / (2 * params.sigmaDays * params.sigmaDays));
}

/** Scores an article vector against a story centroid (the join rule of the clustering). */
export function scoreCandidate(
  vector: TermVector,
  publishedAt: number,
  story: { centroid: TermVector; firstPublishedAt: number; lastPublishedAt: number },
  params: ClusterParams = DEFAULT_PARAMS,
): CandidateScore {
  const { cosine, shared } = cosineWithShared(vector, story.centroid);
  const decay = timeDecay(publishedAt, story.firstPublishedAt, story.lastPublishedAt, params);
  return { score: cosine * decay, cosine, decay, sharedTerms: shared.slice(0, 8) };
}

/**
 * Pairwise similarity of two texts under the same model, for re-scoring search results
 * against the page. Without corpus statistics every term gets the same IDF; pass the local
 * index's frequencies (`StoryIndex.docStats`) when available. Compare with MATCH_THRESHOLD.
 */
export function similarity(
  a: ArticleText & { publishedAt: number },
  b: ArticleText & { publishedAt: number },
  stats: { docs: number; df: ReadonlyMap<string, number> } = { docs: 0, df: new Map() },
  params: ClusterParams = DEFAULT_PARAMS,
): CandidateScore {
  const va = weigh(termCounts(a, params), stats.df, stats.docs, params);
  const vb = weigh(termCounts(b, params), stats.df, stats.docs, params);
  return scoreCandidate(
    va,
    a.publishedAt,
    { centroid: vb, firstPublishedAt: b.publishedAt, lastPublishedAt: b.publishedAt },
    params,
  );
}
