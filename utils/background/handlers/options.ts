import type { Handlers } from '../../messages/router';
import { findOutletForUrl } from '../../outlets/outlet-store';
import { OUTLETS_DATASET_VERSION } from '../../outlets/dataset-version';
import type { Outlet } from '../../outlets/outlet';
import { clearAllData, storageUsage } from '../../portability/clear-data';
import { exportData } from '../../portability/export-data';
import { importData } from '../../portability/import-data';
import { getSettings, updateSettings } from '../../settings-store';
import { addSource, type AddSourceInput } from '../../sources/add-source';
import { createFetchText, type FetchText } from '../../sources/fetch-text';
import { listSources } from '../../sources/list-sources';
import { resetRatingOverride, setOutletsEnabled, setRatingOverride } from '../../sources/overrides';
import type { BackgroundContext } from '../context';

/** What the options handlers take from the platform; defaults are the service worker's own. */
export interface OptionsDeps {
  fetchText: FetchText;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  loadBundled: () => Promise<Outlet[]>;
}

function defaultDeps(): OptionsDeps {
  return {
    fetchText: createFetchText(),
    // Absent in some test environments; the page then shows row counts only.
    estimate: 'storage' in (globalThis.navigator ?? {}) ? () => navigator.storage.estimate() : undefined,
    loadBundled: async () => {
      const response = await fetch(new URL('/data/outlets.json', globalThis.location.href));
      return ((await response.json()) as { outlets: Outlet[] }).outlets;
    },
  };
}

type OptionsTypes =
  | 'ListSources'
  | 'SetOutletEnabled'
  | 'SetRatingOverride'
  | 'ResetRatingOverride'
  | 'AddSource'
  | 'AddCurrentSite'
  | 'GetSettings'
  | 'UpdateSettings'
  | 'GetStorageUsage'
  | 'ClearAllData'
  | 'ExportData'
  | 'ImportData';

export function optionsHandlers(
  ctx: BackgroundContext,
  deps: OptionsDeps = defaultDeps(),
): Pick<Handlers, OptionsTypes> {
  const { db, edge, now } = ctx;
  const effective = async (outletId: string) => {
    const outlet = await db.outlets.get(outletId);
    const home = outlet?.homepage ?? (outlet?.domains[0] ? `https://${outlet.domains[0]}/` : null);
    return home ? (await findOutletForUrl(db, home)).outlet : null;
  };
  const add = async (req: AddSourceInput) => {
    const result = await addSource(db, req, deps.fetchText);
    // A site the registry knew keeps its bundled rating unless the reader gave one.
    if (result.ok && !result.created && (req.bias !== undefined || req.quality !== undefined)) {
      await setRatingOverride(db, result.outlet.id, { bias: req.bias, quality: req.quality }, now());
    }
    return result;
  };
  return {
    ListSources: ({ type: _, ...query }) => listSources(db, query),
    SetOutletEnabled: async ({ outletIds, bias, enabled }) => ({
      changed: await setOutletsEnabled(db, { outletIds, bias }, enabled, now()),
    }),
    SetRatingOverride: async ({ outletId, bias, quality }) => {
      await setRatingOverride(db, outletId, { bias, quality }, now());
      return { outlet: await effective(outletId) };
    },
    ResetRatingOverride: async ({ outletId }) => {
      await resetRatingOverride(db, outletId, now());
      return { outlet: await effective(outletId) };
    },
    AddSource: ({ type: _, ...req }) => add(req),
    AddCurrentSite: async ({ tabId }) => {
      const url = await edge.getTabUrl(tabId);
      if (!url || !/^https?:/i.test(url))
        return { ok: false, error: 'invalid-url', message: 'This tab is not a web page.' };
      return add({ input: new URL(url).origin + '/' });
    },
    GetSettings: () => getSettings(db),
    UpdateSettings: ({ patch }) => updateSettings(db, patch),
    GetStorageUsage: () => storageUsage(db, deps.estimate),
    ClearAllData: () => clearAllData(db, deps.loadBundled, OUTLETS_DATASET_VERSION),
    ExportData: ({ kind }) => exportData(db, kind, new Date(now())),
    ImportData: ({ kind, text }) => importData(db, kind, text, now()),
  };
}
