import { badgeFor } from '../badge';
import type { Handlers } from '../messages/router';
import { findOutletForUrl } from '../outlets/outlet-store';
import type { BackgroundContext } from './context';
import { coverageHandlers } from './handlers/coverage';
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

  /** A tab navigated: show the outlet's leaning until coverage is known. */
  async function onTabUrl(tabId: number, url: string | undefined) {
    const answer = url && /^https?:/i.test(url) ? await findOutletForUrl(ctx.db, url) : null;
    await ctx.edge.setBadge(tabId, badgeFor(answer?.outlet?.bias ?? null, null));
  }

  return { handlers, onTabUrl };
}
