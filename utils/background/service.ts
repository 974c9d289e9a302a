import type { ParallaxDB } from '../db/parallax-db';
import type { Handlers } from '../messages/router';
import { findOutletForUrl } from '../outlets/outlet-store';
import { badgeFor, type Badge } from '../badge';

/** The parts of the browser the background service uses; passed in so tests can drive it. */
export interface BrowserEdge {
  getTabUrl(tabId: number): Promise<string | null>;
  setBadge(tabId: number, badge: Badge | null): Promise<void>;
}

/** The background's behaviour, independent of how messages and events reach it. */
export function createBackgroundService(db: ParallaxDB, edge: BrowserEdge) {
  const outletFor = (url: string | null) =>
    url && /^https?:/i.test(url) ? findOutletForUrl(db, url) : Promise.resolve(null);

  const handlers: Handlers = {
    ArticleSeen: async () => ({ accepted: true }),
    GetOutlet: ({ url }) => findOutletForUrl(db, url),
    GetTabView: async ({ tabId }) => {
      const url = await edge.getTabUrl(tabId);
      return { tabId, url, outlet: await outletFor(url) };
    },
  };

  /** A tab navigated: show the outlet's leaning until coverage is known. */
  async function onTabUrl(tabId: number, url: string | undefined) {
    const answer = await outletFor(url ?? null);
    await edge.setBadge(tabId, badgeFor(answer?.outlet?.bias ?? null, null));
  }

  return { handlers, onTabUrl };
}
