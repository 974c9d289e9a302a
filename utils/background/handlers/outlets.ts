import type { Handlers } from '../../messages/router';
import { findOutletForUrl } from '../../outlets/outlet-store';
import type { BackgroundContext } from '../context';

export function outletHandlers({ db }: BackgroundContext): Pick<Handlers, 'GetOutlet'> {
  return {
    GetOutlet: ({ url }) => findOutletForUrl(db, url),
  };
}
