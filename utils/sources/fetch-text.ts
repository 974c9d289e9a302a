/** What addSource needs from the network: a GET that never sends the reader's cookies. */
export type FetchText = (url: string) => Promise<{ url: string; status: number; text: string }>;

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * The real fetch, as the background uses it: credentials omitted (adding a source must not tell the
 * site who the reader is), a timeout, and a size cap so a huge page cannot exhaust the worker.
 */
export function createFetchText(fetchImpl: typeof fetch = globalThis.fetch, timeoutMs = 15_000): FetchText {
  return async (url) => {
    const response = await fetchImpl(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        accept: 'application/rss+xml, application/atom+xml, application/feed+json, text/html;q=0.9, */*;q=0.5',
      },
    });
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BYTES) throw new Error(`${url} is larger than ${MAX_BYTES} bytes`);
    const text = await response.text();
    return { url: response.url || url, status: response.status, text: text.slice(0, MAX_BYTES) };
  };
}
