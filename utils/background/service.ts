import { lookupWithProviders, type ProviderWiring } from '../coverage/providers/lookup-with-providers';
import type { Handlers } from '../messages/router';
import { getSettings } from '../settings-store';
import type { BackgroundContext } from './context';
import {
  coverageCache,
  coverageHandlers,
  refreshTabCoverage,
  setCountBadge,
  type CoverageLookup,
} from './handlers/coverage';
import { localCoverage } from './page-lookup';
import { optionsHandlers } from './handlers/options';
import { outletHandlers } from './handlers/outlets';
import { tabHandlers } from './handlers/tabs';

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
    ...optionsHandlers(ctx),
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
