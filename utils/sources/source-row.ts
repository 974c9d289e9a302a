import type { BiasRating } from '../bias';
import type { Outlet } from '../outlets/outlet';

/** What the options page shows about one feed, read from the feeds table (utils/feeds/). */
export interface FeedHealthView {
  url: string;
  /** 'ok' after a good fetch, 'error' after a failed one, 'pending' before the first. */
  status: 'ok' | 'error' | 'pending';
  lastFetchedAt: number | null;
  itemCount: number | null;
  lastError: string | null;
}

/** One outlet in the Sources list: the reader's override already applied (biasSource 'user'). */
export interface SourceRow {
  outlet: Outlet;
  enabled: boolean;
  /** The reader's own rating is in effect (labelled "your rating"). */
  overridden: boolean;
  feeds: FeedHealthView[];
}

export interface SourceQuery {
  query?: string;
  bias?: BiasRating;
  country?: string;
  enabled?: boolean;
  offset?: number;
  limit?: number;
}

export interface SourcePage {
  rows: SourceRow[];
  /** Outlets matching the filters, before paging. */
  total: number;
  /** Countries present in the registry, for the filter. */
  countries: string[];
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/**
 * Reads a feeds-table record leniently: the feeds work (utils/feeds/) owns its exact shape,
 * and a field it renames must not break the options page.
 */
export function feedHealthView(url: string, raw: unknown): FeedHealthView {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const lastFetchedAt = num(r.lastFetchedAt) ?? num(r.lastFetchAt) ?? num(r.lastSuccessAt) ?? num(r.checkedAt);
  const lastError = str(r.lastError) ?? str(r.error);
  const itemCount = num(r.itemCount) ?? num(r.items) ?? num(r.lastItemCount);
  const explicit = r.status === 'ok' || r.status === 'error' || r.status === 'pending' ? r.status : null;
  const status = explicit ?? (lastError ? 'error' : lastFetchedAt !== null ? 'ok' : 'pending');
  return { url, status, lastFetchedAt, itemCount, lastError };
}
