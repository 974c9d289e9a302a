import Dexie from 'dexie';
import type { ParallaxDB } from '../db/parallax-db';
import type { Outlet } from '../outlets/outlet';

/**
 * The registry (~9k outlets) read once and kept in memory while it does not change: reading it
 * from IndexedDB costs most of a Sources page request, and the reader filters many times in a row.
 * Dexie reports every committed write ('storagemutated', also from other contexts of the
 * extension), and any write to a database's outlets table drops that database's copy.
 */
const cache = new Map<string, Promise<Outlet[]>>();
let listening = false;

function listen() {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    for (const key of Object.keys(parts)) {
      // Keys look like "idb://<database>/<table>/<index>".
      const m = /^idb:\/\/(.+)\/([^/]+)\/[^/]*$/.exec(key);
      if (m && m[2] === 'outlets') cache.delete(m[1]!);
    }
  });
}

export function cachedOutlets(db: ParallaxDB): Promise<Outlet[]> {
  listen();
  let hit = cache.get(db.name);
  if (!hit) {
    hit = db.outlets.toArray();
    cache.set(db.name, hit);
    hit.catch(() => cache.delete(db.name));
  }
  return hit;
}
