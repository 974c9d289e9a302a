import type { ParallaxDB } from '../../db/parallax-db';
import type { ProviderId } from '../../story/story';
import type { ProviderStateRow } from './provider-rows';

/** How politely a service is asked: spacing between requests and the backoff after a 429. */
export interface PacingPolicy {
  minIntervalMs: number;
  /** A request that would have to wait longer than this for its slot is not made (status: rate-limited). */
  maxWaitMs: number;
  /** Backoff after the first 429 without Retry-After; doubled per further 429, up to maxBackoffMs. */
  baseBackoffMs: number;
  maxBackoffMs: number;
}

/** GDELT asks for about one request per 5 seconds; Google News publishes no figure, so one a second. */
export const DEFAULT_PACING: Record<Exclude<ProviderId, 'local'>, PacingPolicy> = {
  gdelt: { minIntervalMs: 5_000, maxWaitMs: 15_000, baseBackoffMs: 60_000, maxBackoffMs: 3_600_000 },
  'google-news': { minIntervalMs: 1_000, maxWaitMs: 10_000, baseBackoffMs: 120_000, maxBackoffMs: 3_600_000 },
};

const fresh = (provider: ProviderId): ProviderStateRow => ({ provider, nextRequestAt: 0, backoffUntil: 0, strikes: 0 });

export type Slot = { ok: true; waitMs: number } | { ok: false; retryAt: number };

/**
 * Takes the provider's next request slot in one transaction, so two tabs asking at once get
 * slots `minIntervalMs` apart instead of both firing. The caller waits `waitMs` before sending.
 */
export function reserveSlot(db: ParallaxDB, provider: ProviderId, now: number, policy: PacingPolicy): Promise<Slot> {
  return db.transaction('rw', db.providerState, async (): Promise<Slot> => {
    const row = (await db.providerState.get(provider)) ?? fresh(provider);
    if (row.backoffUntil > now) return { ok: false, retryAt: row.backoffUntil };
    const slot = Math.max(now, row.nextRequestAt);
    if (slot - now > policy.maxWaitMs) return { ok: false, retryAt: slot };
    await db.providerState.put({ ...row, nextRequestAt: slot + policy.minIntervalMs });
    return { ok: true, waitMs: slot - now };
  });
}

/** A 429/503: back off for Retry-After when given, else exponentially. Returns when to try again. */
export function recordRateLimited(
  db: ParallaxDB,
  provider: ProviderId,
  now: number,
  retryAfterMs: number | null,
  policy: PacingPolicy,
): Promise<number> {
  return db.transaction('rw', db.providerState, async () => {
    const row = (await db.providerState.get(provider)) ?? fresh(provider);
    const exponential = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** row.strikes);
    // A Retry-After is honoured as given, but a hostile or broken one cannot park us for days.
    const wait = retryAfterMs !== null ? Math.min(policy.maxBackoffMs * 6, Math.max(0, retryAfterMs)) : exponential;
    const backoffUntil = now + wait;
    await db.providerState.put({
      ...row,
      backoffUntil,
      strikes: row.strikes + 1,
      nextRequestAt: Math.max(row.nextRequestAt, backoffUntil),
    });
    return backoffUntil;
  });
}

/** A normal answer ends the backoff streak. */
export async function recordAnswered(db: ParallaxDB, provider: ProviderId): Promise<void> {
  await db.providerState.update(provider, { strikes: 0 });
}
