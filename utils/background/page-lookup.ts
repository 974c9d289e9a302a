import type { Article } from '../article/article';
import type { ParallaxDB } from '../db/parallax-db';
import { normalizeHost } from '../outlets/domain-keys';
import { findOutletForUrl } from '../outlets/outlet-store';
import { lookupCoverage, type PageInput } from '../story/lookup';
import type { Coverage } from '../story/story';

/** The page being read as the story index needs it: its outlet resolved, its date as epoch ms. */
export async function pageInput(db: ParallaxDB, article: Article): Promise<PageInput> {
  const url = article.canonicalUrl || article.url;
  const { outlet, domain } = await findOutletForUrl(db, url);
  const host = domain ?? normalizeHost(new URL(url).hostname);
  const published = article.publishedAt ? Date.parse(article.publishedAt) : Number.NaN;
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.headline ?? '',
    description: article.description,
    // Outlets Parallax does not know still count, as unrated, under their domain.
    outletId: outlet?.id ?? `domain:${host}`,
    domain: host,
    publishedAt: Number.isFinite(published) ? published : null,
  };
}

/** "Who else covered this?" from the on-device index alone. */
export async function localCoverage(db: ParallaxDB, article: Article, now: number): Promise<Coverage | null> {
  return lookupCoverage(db, await pageInput(db, article), now);
}
