import { ParallaxDB } from '../../../utils/db/parallax-db';
import type { Outlet } from '../../../utils/outlets/outlet';

let n = 0;
/** A fresh database on fake-indexeddb for each test. */
export function freshDb(): ParallaxDB {
  return new ParallaxDB(`parallax-test-${Date.now()}-${n++}`);
}

export function outlet(id: string, extra: Partial<Outlet> = {}): Outlet {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    domains: [`${id}.com`],
    bias: 'center',
    biasSource: 'allsides-2023',
    quality: 0.8,
    qualitySource: 'lin-2023',
    feeds: [`https://${id}.com/rss`],
    ...extra,
  };
}
