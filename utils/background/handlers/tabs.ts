import * as v from 'valibot';
import type { Article, Detection } from '../../article/article';
import { ArticleSchema, DetectionSchema, type TabView } from '../../messages/protocol';
import type { Handlers } from '../../messages/router';
import { findOutletForUrl } from '../../outlets/outlet-store';
import { TabMemory } from '../../tab-memory';
import type { BackgroundContext } from '../context';

/** What a tab's content script last reported, and for which address of the tab. */
interface TabArticle {
  pageUrl: string;
  article: Article;
  detection: Detection;
}

const MAX_TABS = 500;
const Redetected = v.nullable(v.object({ article: ArticleSchema, detection: DetectionSchema }));

/** Same page when only the fragment or tracking parameters differ (the content script drops them). */
function samePage(a: string, b: string, article: Article): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '');
  return strip(a) === strip(b) || strip(b) === article.url || strip(b) === article.canonicalUrl;
}

/**
 * The tabs' articles. Kept in memory only (TabMemory): a record is a few hundred bytes, and when the
 * service worker is stopped (and forgets them) GetTabView asks the tab's content script to detect again
 * (edge.redetect) rather than persisting every page the reader opens.
 */
export function tabHandlers(ctx: BackgroundContext): Pick<Handlers, 'ArticleSeen' | 'GetTabView'> {
  const { db, edge } = ctx;
  const tabs = new TabMemory<TabArticle>(MAX_TABS);

  async function remember(tabId: number, pageUrl: string, article: Article, detection: Detection) {
    tabs.set(tabId, { pageUrl, article, detection });
    await ctx.onArticle?.(tabId, article, detection);
  }

  async function articleOf(tabId: number, url: string | null): Promise<TabArticle | null> {
    const known = tabs.get(tabId);
    if (known && url && samePage(known.pageUrl, url, known.article)) return known;
    if (!url || !/^https?:/i.test(url) || !edge.redetect) return null;
    const reply = v.safeParse(Redetected, await edge.redetect(tabId));
    if (!reply.success || !reply.output || !reply.output.detection.isArticle) return null;
    await remember(tabId, url, reply.output.article, reply.output.detection);
    return tabs.get(tabId) ?? null;
  }

  return {
    ArticleSeen: async ({ article, detection }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !detection.isArticle) return { accepted: false };
      await remember(tabId, sender.tab?.url ?? sender.url ?? article.url, article, detection);
      return { accepted: true };
    },
    GetTabView: async ({ tabId }): Promise<TabView> => {
      const url = await edge.getTabUrl(tabId);
      const outlet = url && /^https?:/i.test(url) ? await findOutletForUrl(db, url) : null;
      const seen = await articleOf(tabId, url);
      return { tabId, url, outlet, article: seen?.article ?? null, detection: seen?.detection ?? null };
    },
  };
}
