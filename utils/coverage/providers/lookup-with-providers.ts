import type { Article } from '../../article/article';
import type { ParallaxDB } from '../../db/parallax-db';
import { findOutletForUrl } from '../../outlets/outlet-store';
import type { Settings } from '../../settings';
import { readDocStats } from '../../story/store/story-session';
import type { Coverage } from '../../story/story';
import type { CoverageProvider } from './provider';
import type { ProviderStatus } from './provider-status';
import { searchCoverage } from './search-coverage';
import { widenCoverage } from './widen-coverage';

export interface ProviderWiring {
  fetch: typeof fetch;
  settings: Pick<Settings, 'providers'>;
  /** Replacement services (a test server's base URL); the real ones otherwise. */
  remote?: Partial<Record<'gdelt' | 'google-news', CoverageProvider>>;
  isOnline?(): boolean;
}

/**
 * The background's whole coverage lookup for one page: the local index first, then the search
 * services the reader turned on, their results re-scored, merged into the local story and
 * deduplicated against it. The local answer never waits on, or fails because of, a service.
 */
export async function lookupWithProviders(
  db: ParallaxDB,
  article: Article,
  now: number,
  local: (db: ParallaxDB, article: Article, now: number) => Promise<Coverage | null>,
  wiring: ProviderWiring,
): Promise<{ coverage: Coverage | null; providers: ProviderStatus[] }> {
  const base = await local(db, article, now);
  const localStatus: ProviderStatus = {
    provider: 'local',
    state: 'ok',
    message: '',
    found: base?.articles.length ?? 0,
  };
  const { providers } = wiring.settings;
  if (!providers.gdelt && !providers.googleNews) {
    const off = await searchCoverage(article, wiring.settings, {
      db,
      fetch: wiring.fetch,
      now: () => now,
      lookupOutlet: async () => null,
    });
    return { coverage: base, providers: [localStatus, ...off.statuses] };
  }
  const { candidates, statuses } = await searchCoverage(article, wiring.settings, {
    db,
    fetch: wiring.fetch,
    now: () => now,
    lookupOutlet: async (url) => (await findOutletForUrl(db, url)).outlet,
    docStats: (terms) => readDocStats(db, terms),
    remote: wiring.remote,
    isOnline: wiring.isOnline,
    story: base?.articles ?? [],
  });
  return { coverage: widenCoverage(base, article, candidates, now), providers: [localStatus, ...statuses] };
}
