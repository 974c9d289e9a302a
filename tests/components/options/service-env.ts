import type { OptionsEnv } from '../../../components/options/env';
import { createBackgroundService } from '../../../utils/background/service';
import type { ParallaxDB } from '../../../utils/db/parallax-db';
import { ProtocolFailure } from '../../../utils/messages/client';
import { createRouter } from '../../../utils/messages/router';

const ORIGIN = 'chrome-extension://test/';

/**
 * The options page talking to the real background service over a real database (fake-indexeddb),
 * through the router, with messages cloned as the browser would. Only the network and the
 * permission prompt are scripted.
 */
export function serviceEnv(db: ParallaxDB, access: string[][] = []): OptionsEnv {
  const service = createBackgroundService({
    db,
    now: () => 1_700_000_000_000,
    edge: { getTabUrl: async () => null, setBadge: async () => {} },
  });
  const route = createRouter(service.handlers, ORIGIN);
  return {
    send: (async (request: unknown) => {
      const reply = await route(structuredClone(request), { url: `${ORIGIN}options.html` });
      if (!reply.ok) throw new ProtocolFailure(reply.error);
      return structuredClone(reply.data);
    }) as OptionsEnv['send'],
    requestHostAccess: async (urls) => {
      access.push(urls);
      return true;
    },
  };
}
