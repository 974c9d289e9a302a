import type { Handlers } from '../messages/router';
import type { BackgroundContext } from './context';
import { coverageCache, coverageHandlers, setCountBadge } from './handlers/coverage';
import { optionsHandlers } from './handlers/options';
import { outletHandlers } from './handlers/outlets';
import { tabHandlers } from './handlers/tabs';

/**
 * The background's behaviour, independent of how messages and events reach it.
 * Each concept contributes its message handlers from utils/background/handlers/.
 */
export function createBackgroundService(ctx: BackgroundContext) {
  const handlers: Handlers = {
    ...outletHandlers(ctx),
    ...tabHandlers(ctx),
    ...optionsHandlers(ctx),
    ...coverageHandlers(ctx),
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

  return { handlers, onTabUrl };
}
