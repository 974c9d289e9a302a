import type { BiasRating } from '../bias';
import type { FeedHealth } from '../feeds/feed-health';
import type { Outlet } from '../outlets/outlet';

/** What the options page shows about one feed, from its FeedHealth row (utils/feeds/feed-health.ts). */
export interface FeedHealthView {
  url: string;
  /** FeedHealth's status, or 'pending' before the first poll. */
  status: FeedHealth['status'] | 'pending';
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

/** A feed not polled yet has no health row. */
export function feedHealthView(url: string, health: FeedHealth | undefined): FeedHealthView {
  if (!health) return { url, status: 'pending', lastFetchedAt: null, itemCount: null, lastError: null };
  const times = [health.lastSuccessAt, health.lastErrorAt].filter((t): t is number => t !== null);
  return {
    url,
    status: health.status,
    lastFetchedAt: times.length ? Math.max(...times) : null,
    itemCount: health.lastSuccessAt !== null ? health.itemsSeen : null,
    lastError: health.status === 'ok' ? null : health.lastError,
  };
}
