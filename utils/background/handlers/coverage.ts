import type { Article } from '../../article/article';
import { badgeFor } from '../../badge';
import { badgeCount } from '../../coverage/badge-count';
import { coverageViewFor, pageOutletOf } from '../../coverage/build-tab-view';
import type { TabCoverage } from '../../coverage/coverage-protocol';
import { rememberNotSameStory } from '../../coverage/feedback-store';
import { coverageFromIndex } from '../../coverage/index-lookup';
import type { ProviderStatus } from '../../coverage/providers/provider-status';
import { TabCoverageCache, type TabEntry } from '../../coverage/tab-coverage-cache';
import type { ParallaxDB } from '../../db/parallax-db';
import type { Handlers } from '../../messages/router';
import { normalizeHost } from '../../outlets/domain-keys';
import { getSettings, updateSettings } from '../../settings-store';
import type { Coverage } from '../../story/story';
import type { BackgroundContext } from '../context';

/** How the story of a page is found, and what each provider said while finding it. */
export type CoverageLookup = (
  db: ParallaxDB,
  page: Article,
  now: number,
) => Promise<{ coverage: Coverage | null; providers: ProviderStatus[] }>;

/** Without a lookup wired in (tests of the handlers alone): the story the index already placed the page in. */
const indexLookup: CoverageLookup = async (db, page) => ({
  coverage: await coverageFromIndex(db, [page.url, page.canonicalUrl]),
  providers: [],
});

// One cache per database, so tests (one fake DB each) never share tabs.
const caches = new WeakMap<ParallaxDB, TabCoverageCache>();
export function coverageCache(db: ParallaxDB): TabCoverageCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new TabCoverageCache()));
  return cache;
}

const hostOf = (url: string | null) => {
  try {
    return url && /^https?:/i.test(url) ? normalizeHost(new URL(url).hostname) : null;
  } catch {
    return null;
  }
};

export async function setCountBadge(ctx: BackgroundContext, tabId: number, entry: TabEntry) {
  const { outlet } = await pageOutletOf(ctx.db, entry.pageUrl);
  await ctx.edge.setBadge(tabId, badgeFor(outlet?.bias ?? null, badgeCount(entry.view?.summary ?? null)));
}

function settle(entry: TabEntry, indexing: TabCoverageCache['indexing']): TabEntry {
  const found = (entry.view?.articles.length ?? 0) > 0;
  const stillIndexing = indexing !== null && indexing.done < indexing.total;
  return { ...entry, state: found ? 'coverage' : stillIndexing ? 'indexing' : 'no-coverage' };
}

/**
 * Looks the tab's article up, caches the result for the popup and the pill, and sets the badge to
 * the number of distinct outlets. Called by the ArticleSeen flow; `lookup` is utils/story's.
 */
export async function refreshTabCoverage(
  ctx: BackgroundContext,
  tabId: number,
  article: Article,
  lookup: CoverageLookup = indexLookup,
): Promise<TabEntry> {
  const cache = coverageCache(ctx.db);
  const base: TabEntry = {
    pageUrl: article.url,
    state: 'looking-up',
    page: article,
    raw: null,
    view: null,
    providers: [],
    searched: null,
  };
  cache.set(tabId, base);
  const { coverage: raw, providers } = await lookup(ctx.db, article, ctx.now());
  const view = raw ? await coverageViewFor(ctx.db, raw, article.url, ctx.now()) : null;
  const searched = { headline: article.headline, terms: article.keywords.slice(0, 12) };
  const entry = settle({ ...base, raw, view, searched, providers }, cache.indexing);
  cache.set(tabId, entry);
  await setCountBadge(ctx, tabId, entry);
  return entry;
}

/** The tab navigated to a page that is not an article: no story, no count. */
export function markNotArticle(ctx: BackgroundContext, tabId: number, url: string) {
  coverageCache(ctx.db).set(tabId, {
    pageUrl: url,
    state: 'not-article',
    page: null,
    raw: null,
    view: null,
    providers: [],
    searched: null,
  });
}

/** Feed indexing progress for the popup ("indexing 37 of 120 sources"); null when done. */
export function setIndexingProgress(ctx: BackgroundContext, progress: { done: number; total: number } | null) {
  coverageCache(ctx.db).indexing = progress;
}

/** The cached entry for the tab's current page, or one rebuilt from the index (worker restarted). */
async function entryFor(ctx: BackgroundContext, tabId: number, url: string | null): Promise<TabEntry | null> {
  const cache = coverageCache(ctx.db);
  const cached = cache.get(tabId, url);
  if (cached || !url || !hostOf(url)) return cached ?? null;
  const raw = await coverageFromIndex(ctx.db, [url]);
  if (!raw) return null;
  const view = await coverageViewFor(ctx.db, raw, url, ctx.now());
  const entry = settle(
    { pageUrl: url, state: 'coverage', page: null, raw, view, providers: [], searched: null },
    cache.indexing,
  );
  cache.set(tabId, entry);
  await setCountBadge(ctx, tabId, entry);
  return entry;
}

async function tabCoverage(ctx: BackgroundContext, tabId: number): Promise<TabCoverage> {
  const url = await ctx.edge.getTabUrl(tabId);
  const { indexing } = coverageCache(ctx.db);
  const { pill } = await getSettings(ctx.db);
  const entry = await entryFor(ctx, tabId, url);
  const state =
    entry?.state ??
    (!hostOf(url) ? 'not-article' : indexing && indexing.done < indexing.total ? 'indexing' : 'reading');
  return {
    state,
    coverage: entry?.view ?? null,
    indexing,
    providers: entry?.providers ?? [],
    searched: entry?.searched ?? null,
    pill,
  };
}

/**
 * The reader changed what counts (an outlet off, a rating, "not the same story"): every open tab's
 * coverage is summarised again from the story it already has, and its badge follows, at once.
 */
export async function resummarizeTabs(ctx: BackgroundContext, storyId?: string) {
  const cache = coverageCache(ctx.db);
  for (const [tabId, entry] of cache.entries()) {
    if (!entry.raw || (storyId !== undefined && entry.raw.story.id !== storyId)) continue;
    const view = await coverageViewFor(ctx.db, entry.raw, entry.pageUrl, ctx.now());
    const next = settle({ ...entry, view }, cache.indexing);
    cache.set(tabId, next);
    await setCountBadge(ctx, tabId, next);
  }
}

type CoverageHandlers = Pick<
  Handlers,
  'GetCoverage' | 'NotSameStory' | 'RetryLookup' | 'SetPill' | 'DismissPill' | 'GetPillView'
>;

export function coverageHandlers(ctx: BackgroundContext, lookup: CoverageLookup = indexLookup): CoverageHandlers {
  const { db } = ctx;
  return {
    GetCoverage: ({ tabId }) => tabCoverage(ctx, tabId),
    NotSameStory: async ({ storyId, articleId }) => {
      await rememberNotSameStory(db, storyId, articleId, ctx.now());
      await resummarizeTabs(ctx, storyId);
      return { removed: true };
    },
    RetryLookup: async ({ tabId }) => {
      const url = await ctx.edge.getTabUrl(tabId);
      const entry = coverageCache(db).get(tabId, url);
      if (entry?.page) await refreshTabCoverage(ctx, tabId, entry.page, lookup);
      else coverageCache(db).forget(tabId);
      return tabCoverage(ctx, tabId);
    },
    SetPill: async ({ enabled }) => ({ pill: (await updateSettings(db, { pill: enabled })).pill }),
    DismissPill: async ({ site }, sender) => {
      // A page may only dismiss the pill for its own site, never for others.
      const own = hostOf(sender.tab?.url ?? null);
      if (!own || own !== normalizeHost(site)) throw new Error('A page can only dismiss the pill on its own site.');
      const { pillDismissedSites } = await getSettings(db);
      if (!pillDismissedSites.includes(own))
        await updateSettings(db, { pillDismissedSites: [...pillDismissedSites, own] });
      return { dismissed: true };
    },
    GetPillView: async (_request, sender) => {
      const tabId = sender.tab?.id;
      const url = sender.tab?.url ?? null;
      const site = hostOf(url);
      const settings = await getSettings(db);
      if (tabId === undefined || !site || !settings.pill || settings.pillDismissedSites.includes(site)) {
        return { show: false, site, coverage: null };
      }
      const entry = await entryFor(ctx, tabId, url);
      const coverage = entry?.view ?? null;
      return { show: coverage !== null && coverage.summary.outletCount > 0, site, coverage };
    },
  };
}
