import type { Article } from '../../article/article';
import type { Outlet } from '../../outlets/outlet';
import type { Coverage, StoredArticle } from '../../story/story';
import { canonicalKey } from './canonical-url';
import { nearIdenticalTitles } from './merge-candidates';
import type { CoverageCandidate } from './provider';

/**
 * Adds search results to the local index's coverage of the page, so the popup counts them like
 * any other article: skipped when the index already has the article (same canonical URL, or same
 * outlet and near-identical title). Without local coverage, the page's own headline names the story.
 */
export function widenCoverage(
  base: Coverage | null,
  article: Pick<Article, 'url' | 'canonicalUrl' | 'headline' | 'publishedAt'>,
  candidates: readonly CoverageCandidate[],
  now: number,
): Coverage | null {
  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  const pageTime = Number.isNaN(published) ? now : published;
  const story = base?.story ?? {
    id: `page:${canonicalKey(article.canonicalUrl || article.url) ?? article.url}`,
    title: article.headline ?? '',
    articleCount: 0,
    firstPublishedAt: pageTime,
    lastPublishedAt: pageTime,
  };
  const articles: StoredArticle[] = [...(base?.articles ?? [])];
  const outlets = new Map<string, Outlet>((base?.outlets ?? []).map((o) => [o.id, o]));
  const urls = new Set(articles.map((a) => canonicalKey(a.url)));
  for (const c of candidates) {
    const key = canonicalKey(c.url);
    if (urls.has(key)) continue;
    if (articles.some((a) => a.outletId === c.outletId && nearIdenticalTitles(a.title, c.title))) continue;
    urls.add(key);
    articles.push({
      id: `${c.outletId} ${c.url}`,
      url: c.url,
      title: c.title,
      description: c.description,
      outletId: c.outletId,
      domain: c.domain,
      // An undated result is placed at the page's own time rather than invented.
      publishedAt: c.publishedAt ?? pageTime,
      storyId: story.id,
      match: c.match,
    });
    if (!outlets.has(c.outletId)) outlets.set(c.outletId, c.outlet);
  }
  if (!base && articles.length === 0) return null;
  const times = articles.map((a) => a.publishedAt);
  return {
    story: {
      ...story,
      articleCount: articles.length,
      firstPublishedAt: Math.min(story.firstPublishedAt, ...times),
      lastPublishedAt: Math.max(story.lastPublishedAt, ...times),
    },
    articles,
    outlets: [...outlets.values()],
  };
}
