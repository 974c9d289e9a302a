import type { FetchOutcome } from './fetch-feed';

/** One row of the `feeds` table: where a feed stands and when to ask it again. Keyed by `url`. */
export interface FeedHealth {
  /** The URL the outlet lists (the key); fetching uses `resolvedUrl` when autodiscovery found another. */
  url: string;
  outletId: string;
  lastSuccessAt: number | null;
  lastErrorAt: number | null;
  /** Human-readable, for the options page ("HTTP 429", "timed out after 20 s", "not a feed: …"). */
  lastError: string | null;
  consecutiveFailures: number;
  /** Items in the last successful batch. */
  itemsSeen: number;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: number;
  /**
   * ok: polled normally. backing-off: failing, retried with growing delays. broken: the URL is gone
   * (404, 410, not a feed) and autodiscovery found no replacement. paused: too many failures in a
   * row; still retried, but only once per `pausedRetryMs`. Any success brings a feed back to ok.
   */
  status: 'ok' | 'backing-off' | 'broken' | 'paused';
  /** The URL that works when autodiscovery replaced a dead one; polled from then on. */
  resolvedUrl?: string;
}

/** The poller adds one outcome of its own: the batch was fetched but could not be stored. */
export type PollOutcome = FetchOutcome | { kind: 'commit-error'; message: string };

export interface HealthOptions {
  pollIntervalMs: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Extra delay up to this fraction of the backoff, so failing feeds don't retry in lockstep. */
  jitter: number;
  pauseAfterFailures: number;
  pausedRetryMs: number;
  /** Stands in for `random` in tests; Math.random in the background. */
  random: () => number;
}

export const HEALTH_DEFAULTS: HealthOptions = {
  pollIntervalMs: 30 * 60_000,
  baseBackoffMs: 5 * 60_000,
  maxBackoffMs: 12 * 60 * 60_000,
  jitter: 0.2,
  pauseAfterFailures: 8,
  pausedRetryMs: 24 * 60 * 60_000,
  random: Math.random,
};

export function newFeedHealth(url: string, outletId: string, now: number): FeedHealth {
  return {
    url,
    outletId,
    lastSuccessAt: null,
    lastErrorAt: null,
    lastError: null,
    consecutiveFailures: 0,
    itemsSeen: 0,
    etag: null,
    lastModified: null,
    nextPollAt: now,
    status: 'ok',
  };
}

/** 404, 410 and "this is not a feed" won't fix themselves: look for the feed's new address. */
export function isPermanentFailure(outcome: PollOutcome): boolean {
  if (outcome.kind === 'http-error') return outcome.status === 404 || outcome.status === 410;
  return outcome.kind === 'parse-error' && outcome.error === 'not-a-feed';
}

/**
 * Pure: the health record after one poll. Success resets failures and stores the validators;
 * failures keep the old validators (so nothing is skipped next time) and back off exponentially
 * (base · 2^(n-1), capped, plus jitter), never sooner than the server's Retry-After.
 */
export function nextHealth(
  health: FeedHealth,
  outcome: PollOutcome,
  now: number,
  options: Partial<HealthOptions> = {},
): FeedHealth {
  const o = { ...HEALTH_DEFAULTS, ...options };
  const jitter = (ms: number) => Math.round(ms * o.jitter * o.random());
  if (outcome.kind === 'ok' || outcome.kind === 'not-modified') {
    return {
      ...health,
      lastSuccessAt: now,
      consecutiveFailures: 0,
      status: 'ok',
      nextPollAt: now + o.pollIntervalMs + jitter(o.pollIntervalMs),
      ...(outcome.kind === 'ok'
        ? { etag: outcome.etag, lastModified: outcome.lastModified, itemsSeen: outcome.items.length }
        : {}),
    };
  }
  const failures = health.consecutiveFailures + 1;
  const failed = { ...health, lastErrorAt: now, lastError: describeOutcome(outcome), consecutiveFailures: failures };
  if (isPermanentFailure(outcome)) {
    return { ...failed, status: 'broken', nextPollAt: now + o.pausedRetryMs + jitter(o.pausedRetryMs) };
  }
  if (failures >= o.pauseAfterFailures) {
    return { ...failed, status: 'paused', nextPollAt: now + o.pausedRetryMs + jitter(o.pausedRetryMs) };
  }
  const backoff = Math.min(o.maxBackoffMs, o.baseBackoffMs * 2 ** (failures - 1));
  const retryAfter = outcome.kind === 'http-error' ? (outcome.retryAfterMs ?? 0) : 0;
  return { ...failed, status: 'backing-off', nextPollAt: now + Math.max(backoff + jitter(backoff), retryAfter) };
}

export function describeOutcome(outcome: PollOutcome): string {
  switch (outcome.kind) {
    case 'ok':
      return `ok, ${outcome.items.length} items`;
    case 'not-modified':
      return 'not modified';
    case 'http-error':
      return `HTTP ${outcome.status}`;
    case 'network-error':
      return `network error: ${outcome.message}`;
    case 'timeout':
      return `timed out after ${Math.round(outcome.timeoutMs / 1000)} s`;
    case 'too-large':
      return `response larger than ${outcome.maxBytes} bytes`;
    case 'parse-error':
      return `${outcome.error}: ${outcome.message}`;
    case 'commit-error':
      return `could not store the items: ${outcome.message}`;
  }
}
