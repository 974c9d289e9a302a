import { decodeFeedBody } from './decode-body';
import { discoverFeeds } from './discover-feeds';
import { readCapped } from './read-capped';

export interface HomepageFetchOptions {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Fetches an outlet's homepage (no cookies, capped, timed out) and lists the feeds it advertises.
 * Any failure is an empty list: autodiscovery is a second chance, not a new way to fail.
 */
export async function discoverFromHomepage(homepage: string, options: HomepageFetchOptions): Promise<string[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetch(homepage, {
      credentials: 'omit',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      signal: controller.signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return [];
    }
    const bytes = await readCapped(response.body, options.maxBytes);
    const html = decodeFeedBody(bytes, response.headers.get('content-type') ?? undefined);
    return discoverFeeds(html, response.url || homepage);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}
