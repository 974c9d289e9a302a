import { FeedError, LIMITS, type FeedErrorKind, type FeedItem, type ParsedFeed } from './feed-item';
import { parseFeed } from './parse-feed';
import { gunzipCapped, isGzip, readCapped, TooLargeError } from './read-capped';
import { parseRetryAfter } from './retry-after';

/** What the last successful fetch left us for a conditional request. */
export interface ConditionalState {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchFeedOptions {
  fetch?: typeof globalThis.fetch;
  /** Whole request, headers and body (a server that never finishes the body still times out). */
  timeoutMs?: number;
  maxBytes?: number;
  now?: () => number;
}

export type FetchOutcome =
  | {
      kind: 'ok';
      feed: ParsedFeed;
      items: FeedItem[];
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
    }
  | { kind: 'not-modified'; finalUrl: string }
  | { kind: 'http-error'; status: number; retryAfterMs: number | null; finalUrl: string }
  | { kind: 'network-error'; message: string }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'parse-error'; error: FeedErrorKind; message: string };

export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: LIMITS.maxBytes };

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

/**
 * One conditional GET of a feed. Never throws: every way it can go wrong is an outcome.
 *
 * Redirects: `redirect: 'manual'` is useless here. In a browser (and so in an extension service
 * worker) it yields an opaque-redirect response with status 0 and no readable Location, so we
 * cannot follow hops ourselves. We use 'follow', which the Fetch standard bounds at 20 redirects
 * (https://fetch.spec.whatwg.org/#http-redirect-fetch, step "If request's redirect count is 20,
 * return a network error"); a loop therefore ends as a network-error, and `finalUrl` is where the
 * chain landed. Cookies are never sent (`credentials: 'omit'`) and no referrer leaks the reader's page.
 */
export async function fetchFeed(
  url: string,
  state: ConditionalState,
  options: FetchFeedOptions = {},
): Promise<FetchOutcome> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const now = options.now ?? Date.now;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const headers: Record<string, string> = { Accept: ACCEPT };
    if (state.etag) headers['If-None-Match'] = state.etag;
    if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;
    const response = await doFetch(url, {
      headers,
      credentials: 'omit',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      // Our own validators drive revalidation; the HTTP cache must not answer or add its own.
      cache: 'no-store',
      signal: controller.signal,
    });
    const finalUrl = response.url || url;
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified', finalUrl };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
      return { kind: 'http-error', status: response.status, retryAfterMs, finalUrl };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'too-large', maxBytes };
    }
    let bytes = await readCapped(response.body, maxBytes);
    if (isGzip(bytes)) bytes = await gunzipCapped(bytes, maxBytes);
    const contentType = response.headers.get('content-type') ?? undefined;
    const feed = parseFeed(bytes, finalUrl, contentType, { now: now(), maxBytes });
    return {
      kind: 'ok',
      feed,
      items: feed.items,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      finalUrl,
    };
  } catch (error) {
    if (timedOut) return { kind: 'timeout', timeoutMs };
    if (error instanceof TooLargeError) return { kind: 'too-large', maxBytes };
    if (error instanceof FeedError) {
      if (error.kind === 'too-large') return { kind: 'too-large', maxBytes };
      return { kind: 'parse-error', error: error.kind, message: error.message };
    }
    return { kind: 'network-error', message: describe(error) };
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici hides the real reason (ECONNREFUSED, redirect count exceeded) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
