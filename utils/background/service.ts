import { lookupWithProviders, type ProviderWiring } from '../coverage/providers/lookup-with-providers';
import type { Handlers } from '../messages/router';
import { getSettings } from '../settings-store';
import type { BackgroundContext } from './context';
import {
  coverageCache,
  coverageHandlers,
  refreshTabCoverage,
  resummarizeTabs,
  setCountBadge,
  type CoverageLookup,
} from './handlers/coverage';
import { localCoverage } from './page-lookup';
import { optionsHandlers } from './handlers/options';
import { outletHandlers } from './handlers/outlets';
import { tabHandlers } from './handlers/tabs';

/** Options messages after which what counts in coverage may have changed. */
const READER_CHANGES = [
  'SetOutletEnabled',
  'SetRatingOverride',
  'ResetRatingOverride',
  'AddSource',
  'AddCurrentSite',
  'ImportData',
] as const;

/** Wraps the named handlers so open tabs' coverage and badges follow the reader's change at once. */
function resummarizingAfter<H extends Partial<Handlers>>(
  ctx: BackgroundContext,
  handlers: H,
  names: readonly string[],
): H {
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const name of names) {
    const handler = wrapped[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (!handler) continue;
    wrapped[name] = async (...args: unknown[]) => {
      const reply = await handler(...args);
      await resummarizeTabs(ctx);
      return reply;
    };
  }
  return wrapped as H;
}

/** "Clear all data" also empties what the background remembers about open tabs, and their badges. */
function forgettingTabsAfterClear<H extends Pick<Handlers, 'ClearAllData'>>(ctx: BackgroundContext, handlers: H): H {
  const clear: Handlers['ClearAllData'] = handlers.ClearAllData;
  return {
    ...handlers,
    ClearAllData: async (request, sender) => {
      const reply = await clear(request, sender);
      const cache = coverageCache(ctx.db);
      for (const [tabId] of cache.entries()) {
        cache.forget(tabId);
        await ctx.edge.setBadge(tabId, null);
      }
      return reply;
    },
  };
}

/** How the background reaches the search services (the real ones unless a test points elsewhere). */
export type NetworkWiring = Omit<ProviderWiring, 'settings'>;

/**
 * The background's behaviour, independent of how messages and events reach it.
 * Each concept contributes its message handlers from utils/background/handlers/.
 * An article reported by a tab is looked up in the local index, widened by the search services
 * the reader turned on, and shown in the badge.
 */
export function createBackgroundService(
  base: BackgroundContext,
  network: NetworkWiring = { fetch: (input, init) => globalThis.fetch(input, init) },
) {
  const lookup: CoverageLookup = async (db, article, now) =>
    lookupWithProviders(db, article, now, localCoverage, { ...network, settings: await getSettings(db) });
  const ctx: BackgroundContext = {
    ...base,
    onArticle: async (tabId, article) => {
      await refreshTabCoverage(ctx, tabId, article, lookup);
    },
  };
  const handlers: Handlers = {
    ...outletHandlers(ctx),
    ...tabHandlers(ctx),
    ...resummarizingAfter(ctx, forgettingTabsAfterClear(ctx, optionsHandlers(ctx)), READER_CHANGES),
    ...coverageHandlers(ctx, lookup),
  };

  /**
   * A tab navigated (or finished loading, which resets Chrome's per-tab badge). The badge shows the
   * coverage of the article on that page; until the content script reports an article, it is empty,
   * so a non-article page never shows a count.
   */
  async function onTabUrl(tabId: number, url: string | undefined) {
    const entry = url ? coverageCache(ctx.db).get(tabId, url) : undefined;
    if (entry?.page) await setCountBadge(ctx, tabId, entry);
    else await ctx.edge.setBadge(tabId, null);
  }

  /** After a polling round: pages opened while the index was still filling get their story now. */
  async function refreshOpenTabs() {
    for (const [tabId, entry] of coverageCache(ctx.db).entries()) {
      if (entry.page) await refreshTabCoverage(ctx, tabId, entry.page, lookup);
    }
  }

  return { ctx, handlers, onTabUrl, refreshOpenTabs };
}
