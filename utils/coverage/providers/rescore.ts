import type { Article } from '../../article/article';
import { DEFAULT_PARAMS, RESCORE_VIEWS, type RescoreView } from '../../story/params';
import { scoreCandidate } from '../../story/score';
import { termCounts, weigh } from '../../story/text/weights';
import { addInto, normalize, topK } from '../../story/text/vector';
import type { MatchExplanation } from '../../story/story';
import type { Candidate } from './provider';

/** Corpus frequencies from the local index (`StoryIndex.docStats`), which make rare names count more. */
export interface TermStats {
  docs: number;
  df: ReadonlyMap<string, number>;
}

/** An article the local index already placed in the page's story (its stored title and description). */
export interface StoryArticle {
  title: string;
  description: string | null;
  publishedAt: number;
}

/** The model's terms of the page, its local story and the candidates: what to ask the local index's frequencies for. */
export function modelTerms(
  article: Pick<Article, 'headline' | 'description'>,
  candidates: readonly Pick<Candidate, 'title' | 'description'>[],
  story: readonly Pick<StoryArticle, 'title' | 'description'>[] = [],
): string[] {
  const terms = new Set<string>();
  const texts = [{ title: article.headline ?? '', description: article.description }, ...story, ...candidates];
  for (const text of texts) for (const term of termCounts(text, DEFAULT_PARAMS).keys()) terms.add(term);
  return [...terms];
}

/**
 * Scores each remote candidate with the story index's own model and keeps only those that clear
 * the bar of one of the re-scoring views (RESCORE_VIEWS in utils/story/params.ts): a search
 * service's loose keyword hit never reaches the popup.
 *
 * The reference is the centroid of the page and of the articles the local index already has in
 * the page's story (`story`), spanning their dates, exactly as the index scores an article
 * against a story: one outlet's headline rarely shares enough words with another's, the story's
 * pooled words do. Without a local story the reference is the page alone.
 */
export function rescoreCandidates(
  article: Pick<Article, 'headline' | 'description' | 'publishedAt'>,
  candidates: readonly Candidate[],
  now: number,
  options: { stats?: TermStats; views?: readonly RescoreView[]; story?: readonly StoryArticle[] } = {},
): (Candidate & { match: MatchExplanation })[] {
  const stats = options.stats ?? { docs: 0, df: new Map<string, number>() };
  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  const pageTime = Number.isNaN(published) ? now : published;
  const title = article.headline ?? '';
  if (!title.trim()) return [];
  const texts = [{ title, description: article.description }, ...(options.story ?? [])];
  const times = [pageTime, ...(options.story ?? []).map((a) => a.publishedAt)];
  const views = (options.views ?? RESCORE_VIEWS).map(({ params, threshold }) => {
    const vector = (text: { title: string; description: string | null }) =>
      weigh(termCounts(text, params), stats.df, stats.docs, params);
    const sum = new Map<string, number>();
    for (const text of texts) addInto(sum, vector(text));
    const reference = {
      centroid: normalize(topK(sum, params.centroidTerms)),
      firstPublishedAt: Math.min(...times),
      lastPublishedAt: Math.max(...times),
    };
    return { params, threshold, vector, reference };
  });
  const kept: (Candidate & { match: MatchExplanation })[] = [];
  for (const c of candidates) {
    // An undated result is judged on its words alone (no time decay), not thrown away.
    const at = c.publishedAt ?? pageTime;
    // The first view that accepts the result explains it (its score and shared terms).
    for (const { params, threshold, vector, reference } of views) {
      const s = scoreCandidate(vector(c), at, reference, params);
      if (s.score < threshold) continue;
      kept.push({
        ...c,
        match: { score: s.score, sharedTerms: s.sharedTerms, method: 'centroid', provider: c.provider },
      });
      break;
    }
  }
  return kept;
}
