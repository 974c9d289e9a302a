import type { ParallaxDB } from '../../db/parallax-db';
import type { ProviderId } from '../../story/story';
import { canonicalKey } from './canonical-url';
import type { Candidate } from './provider';

/** Search answers change slowly; six hours keeps repeat visits free without going stale for a day. */
export const DEFAULT_CACHE_TTL_MS = 6 * 3_600_000;

export const cacheKey = (provider: ProviderId, pageUrl: string) => `${provider} ${canonicalKey(pageUrl) ?? pageUrl}`;

/** The provider's cached raw answer for this page, or null when there is none or it expired. */
export async function readCache(
  db: ParallaxDB,
  provider: ProviderId,
  pageUrl: string,
  now: number,
): Promise<Candidate[] | null> {
  const row = await db.providerCache.get(cacheKey(provider, pageUrl));
  return row && row.expiresAt > now ? row.candidates : null;
}

/** Stores an answer (an empty one too: "nothing found" is worth not asking again), dropping expired rows. */
export async function writeCache(
  db: ParallaxDB,
  provider: ProviderId,
  pageUrl: string,
  candidates: Candidate[],
  now: number,
  ttlMs = DEFAULT_CACHE_TTL_MS,
): Promise<void> {
  await db.transaction('rw', db.providerCache, async () => {
    await db.providerCache.where('expiresAt').belowOrEqual(now).delete();
    await db.providerCache.put({
      key: cacheKey(provider, pageUrl),
      provider,
      fetchedAt: now,
      expiresAt: now + ttlMs,
      candidates,
    });
  });
}
