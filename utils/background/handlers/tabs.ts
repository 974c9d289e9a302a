import type { Handlers } from '../../messages/router';
import { findOutletForUrl } from '../../outlets/outlet-store';
import type { BackgroundContext } from '../context';

export function tabHandlers({ db, edge }: BackgroundContext): Pick<Handlers, 'ArticleSeen' | 'GetTabView'> {
  return {
    ArticleSeen: async () => ({ accepted: true }),
    GetTabView: async ({ tabId }) => {
      const url = await edge.getTabUrl(tabId);
      const outlet = url && /^https?:/i.test(url) ? await findOutletForUrl(db, url) : null;
      return { tabId, url, outlet };
    },
  };
}
