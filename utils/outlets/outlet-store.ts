import type { ParallaxDB } from '../db/parallax-db';
import type { OutletAnswer } from '../messages/protocol';
import { applyOverride } from './apply-override';
import { normalizeHost, outletKeys, pickOutlet } from './domain-keys';
import type { Outlet } from './outlet';

/** Which outlet publishes `url`, with the reader's overrides applied. */
export async function findOutletForUrl(db: ParallaxDB, url: string): Promise<OutletAnswer> {
  const keys = outletKeys(url);
  if (!keys) return { url, domain: null, outlet: null };
  const candidates = await db.outlets.where('domains').anyOf(keys).toArray();
  const outlet = pickOutlet(keys, candidates);
  const domain = normalizeHost(new URL(url).hostname);
  if (!outlet) return { url, domain, outlet: null };
  return { url, domain, outlet: applyOverride(outlet, await db.overrides.get(outlet.id)) };
}

/**
 * Loads the bundled registry into the database, replacing the previous bundled rows
 * and leaving the reader's own sources and overrides untouched. One transaction: a worker
 * stopped halfway leaves the old registry in place.
 */
export async function seedOutlets(
  db: ParallaxDB,
  datasetVersion: string,
  load: () => Promise<Outlet[]>,
): Promise<boolean> {
  // Checked outside the transaction so the (large) dataset is only read when it changed.
  if ((await db.settings.get('outletsDataset'))?.value === datasetVersion) return false;
  const bundled = await load();
  return db.transaction('rw', db.outlets, db.settings, async () => {
    await db.outlets.filter((o) => !o.custom).delete();
    const customDomains = new Set((await db.outlets.toArray()).flatMap((o) => o.domains));
    await db.outlets.bulkPut(bundled.filter((o) => !o.domains.some((d) => customDomains.has(d))));
    await db.settings.put({ key: 'outletsDataset', value: datasetVersion });
    return true;
  });
}
