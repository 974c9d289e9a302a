import type { Article } from '../../article/article';
import type { ParallaxDB } from '../../db/parallax-db';
import { recordAnswered, recordRateLimited, reserveSlot, type PacingPolicy } from './pacing';
import type { Candidate, CoverageProvider, ProviderDeps, SearchWindow } from './provider';
import { readCache, writeCache } from './provider-cache';
import { ProviderError } from './provider-error';
import type { ProviderStatus } from './provider-status';

export interface RemoteDeps extends ProviderDeps {
  db: ParallaxDB;
  isOnline(): boolean;
  sleep(ms: number): Promise<void>;
  cacheTtlMs: number;
  pacing: PacingPolicy;
}

const minutes = (ms: number) =>
  ms < 90_000 ? `${Math.max(1, Math.round(ms / 1000))} s` : `${Math.round(ms / 60_000)} min`;

/**
 * One remote provider for one page: the cache first, then (online, within its pacing) the
 * service itself. Every outcome is a status; only a real answer is cached.
 */
export async function runRemote(
  provider: CoverageProvider,
  article: Article,
  window: SearchWindow,
  deps: RemoteDeps,
): Promise<{ status: ProviderStatus; candidates: Candidate[] }> {
  const id = provider.id;
  const pageUrl = article.canonicalUrl || article.url;
  const cached = await readCache(deps.db, id, pageUrl, deps.now());
  if (cached) return { status: { provider: id, state: 'ok', message: '', cached: true }, candidates: cached };
  if (!deps.isOnline()) {
    return {
      status: { provider: id, state: 'offline', message: `You are offline: ${provider.name} was not asked.` },
      candidates: [],
    };
  }
  const slot = await reserveSlot(deps.db, id, deps.now(), deps.pacing);
  if (!slot.ok) {
    const wait = minutes(slot.retryAt - deps.now());
    return {
      status: {
        provider: id,
        state: 'rate-limited',
        message: `${provider.name} needs a pause; trying again in ${wait}.`,
      },
      candidates: [],
    };
  }
  if (slot.waitMs > 0) await deps.sleep(slot.waitMs);
  try {
    const candidates = await provider.search(article, window, deps);
    await recordAnswered(deps.db, id);
    await writeCache(deps.db, id, pageUrl, candidates, deps.now(), deps.cacheTtlMs);
    return { status: { provider: id, state: 'ok', message: '', cached: false }, candidates };
  } catch (error) {
    if (error instanceof ProviderError && error.state === 'rate-limited') {
      const until = await recordRateLimited(deps.db, id, deps.now(), error.retryAfterMs, deps.pacing);
      const message = `${provider.name} asked us to slow down; trying again in ${minutes(until - deps.now())}.`;
      return { status: { provider: id, state: 'rate-limited', message }, candidates: [] };
    }
    if (error instanceof ProviderError) {
      return { status: { provider: id, state: error.state, message: error.message }, candidates: [] };
    }
    return {
      status: { provider: id, state: 'error', message: `${provider.name} failed unexpectedly.` },
      candidates: [],
    };
  }
}
