import type { Article } from '../../article/article';
import { DEFAULT_PARAMS, MATCH_THRESHOLD } from '../../story/params';
import { similarity } from '../../story/score';
import { termCounts } from '../../story/text/weights';
import type { MatchExplanation } from '../../story/story';
import type { Candidate } from './provider';

/** Corpus frequencies from the local index (`StoryIndex.docStats`), which make rare names count more. */
export interface TermStats {
  docs: number;
  df: ReadonlyMap<string, number>;
}

/** The model's terms of the page and the candidates: what to ask the local index's frequencies for. */
export function modelTerms(
  article: Pick<Article, 'headline' | 'description'>,
  candidates: readonly Pick<Candidate, 'title' | 'description'>[],
): string[] {
  const terms = new Set<string>();
  const texts = [{ title: article.headline ?? '', description: article.description }, ...candidates];
  for (const text of texts) for (const term of termCounts(text, DEFAULT_PARAMS).keys()) terms.add(term);
  return [...terms];
}

/**
 * Scores each remote candidate against the page with the story index's own model (the same
 * similarity and threshold that decide whether an article joins a story) and keeps only those
 * at or above the threshold: a search service's loose keyword hit never reaches the popup.
 */
export function rescoreCandidates(
  article: Pick<Article, 'headline' | 'description' | 'publishedAt'>,
  candidates: readonly Candidate[],
  now: number,
  options: { stats?: TermStats; threshold?: number } = {},
): (Candidate & { match: MatchExplanation })[] {
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  const page = {
    title: article.headline ?? '',
    description: article.description,
    publishedAt: Number.isNaN(published) ? now : published,
  };
  if (!page.title.trim()) return [];
  const kept: (Candidate & { match: MatchExplanation })[] = [];
  for (const c of candidates) {
    // An undated result is judged on its words alone (no time decay), not thrown away.
    const other = { title: c.title, description: c.description, publishedAt: c.publishedAt ?? page.publishedAt };
    const s = similarity(page, other, options.stats);
    if (s.score < threshold) continue;
    kept.push({
      ...c,
      match: { score: s.score, sharedTerms: s.sharedTerms, method: 'centroid', provider: c.provider },
    });
  }
  return kept;
}
