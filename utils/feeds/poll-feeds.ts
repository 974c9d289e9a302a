import type { FeedItem } from './feed-item';
import { fetchFeed, FETCH_DEFAULTS, type FetchFeedOptions, type FetchOutcome } from './fetch-feed';
import { discoverFromHomepage } from './discover-from-homepage';
import {
  describeOutcome,
  isPermanentFailure,
  newFeedHealth,
  nextHealth,
  type FeedHealth,
  type HealthOptions,
  type PollOutcome,
} from './feed-health';

export interface FeedSource {
  url: string;
  outletId: string;
  /** Where to look for the feed's new address if this one is gone. */
  homepage?: string;
}

/** The `feeds` table, or a Map in tests. */
export interface FeedHealthStore {
  get(url: string): Promise<FeedHealth | undefined>;
  put(health: FeedHealth): Promise<unknown>;
}

/** Feeds fetched at once by default; their batches queue for the story index (one transaction each). */
export const POLL_CONCURRENCY = 4;

export interface PollFeedsOptions {
  feeds: FeedSource[];
  store: FeedHealthStore;
  /** Commits one feed's items (one transaction). Health is stored only after it resolves. */
  onBatch(outletId: string, feedUrl: string, items: FeedItem[]): Promise<void>;
  onProgress?(done: number, total: number): void;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  random?: () => number;
  concurrency?: number;
  timeoutMs?: number;
  maxBytes?: number;
  health?: Partial<Omit<HealthOptions, 'random'>>;
  /** Candidate URLs tried from a homepage before giving up on a dead feed. */
  maxDiscoveryCandidates?: number;
}

export interface PollResult {
  url: string;
  outletId: string;
  outcome: PollOutcome['kind'] | 'skipped';
  status?: FeedHealth['status'];
  error?: string;
}

/**
 * Polls the feeds that are due (nextPollAt ≤ now, which includes never-polled ones), at most
 * `concurrency` at once. One feed's failure, hang or throw never reaches another. The new health
 * (and so the new ETag) is written only after `onBatch` committed the items: a service worker
 * killed in between re-fetches the same items next time instead of skipping them with a 304.
 */
export async function pollFeeds(options: PollFeedsOptions): Promise<PollResult[]> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const fetchOptions: FetchFeedOptions = {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    now,
  };
  const due: { source: FeedSource; health: FeedHealth }[] = [];
  const results: PollResult[] = [];
  for (const source of options.feeds) {
    const health =
      (await options.store.get(source.url).catch(() => undefined)) ?? newFeedHealth(source.url, source.outletId, now());
    if (health.nextPollAt <= now()) due.push({ source, health });
    else results.push({ url: source.url, outletId: source.outletId, outcome: 'skipped', status: health.status });
  }

  let done = 0;
  options.onProgress?.(0, due.length);
  const queue = [...due];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      results.push(await pollOne(next.source, next.health, options, fetchOptions, random, now));
      options.onProgress?.(++done, due.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? POLL_CONCURRENCY, due.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

async function pollOne(
  source: FeedSource,
  health: FeedHealth,
  options: PollFeedsOptions,
  fetchOptions: FetchFeedOptions,
  random: () => number,
  now: () => number,
): Promise<PollResult> {
  let outcome: PollOutcome;
  let record = health;
  try {
    const target = health.resolvedUrl ?? source.url;
    let fetched: FetchOutcome = await fetchFeed(target, health, fetchOptions);
    if (isPermanentFailure(fetched) && source.homepage) {
      const found = await findReplacement(source.homepage, target, options, fetchOptions);
      if (found) {
        fetched = found.outcome;
        record = { ...health, resolvedUrl: found.url, etag: null, lastModified: null };
      }
    }
    outcome = fetched;
    if (fetched.kind === 'ok') {
      try {
        await options.onBatch(source.outletId, source.url, fetched.items);
      } catch (error) {
        outcome = { kind: 'commit-error', message: error instanceof Error ? error.message : String(error) };
        record = health; // keep the old validators and URL: the items were not stored
      }
    }
  } catch (error) {
    // fetchFeed never throws; this is a bug elsewhere (a throwing store, fetch polyfill): contain it.
    outcome = { kind: 'network-error', message: error instanceof Error ? error.message : String(error) };
  }
  const next = nextHealth(record, outcome, now(), { ...options.health, random });
  await options.store.put(next).catch(() => undefined);
  const result: PollResult = { url: source.url, outletId: source.outletId, outcome: outcome.kind, status: next.status };
  if (outcome.kind !== 'ok' && outcome.kind !== 'not-modified') result.error = describeOutcome(outcome);
  return result;
}

async function findReplacement(
  homepage: string,
  deadUrl: string,
  options: PollFeedsOptions,
  fetchOptions: FetchFeedOptions,
): Promise<{ url: string; outcome: FetchOutcome } | null> {
  const candidates = await discoverFromHomepage(homepage, {
    fetch: fetchOptions.fetch!,
    timeoutMs: fetchOptions.timeoutMs!,
    maxBytes: fetchOptions.maxBytes!,
  });
  for (const url of candidates.filter((c) => c !== deadUrl).slice(0, options.maxDiscoveryCandidates ?? 3)) {
    const outcome = await fetchFeed(url, {}, fetchOptions);
    if (outcome.kind === 'ok') return { url, outcome };
  }
  return null;
}

/**
 * Minutes until the next poll alarm: the reader's interval plus up to 20 % jitter, so a fleet of
 * browsers does not hit every outlet on the same minute. Never below 1 minute (alarms' floor).
 */
export function pollDelayMinutes(pollMinutes: number, random: () => number = Math.random): number {
  const base = Number.isFinite(pollMinutes) && pollMinutes > 0 ? pollMinutes : 30;
  return Math.max(1, base * (1 + 0.2 * random()));
}
