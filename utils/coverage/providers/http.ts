import type { ProviderDeps } from './provider';
import { ProviderError, parseRetryAfter } from './provider-error';

/** Bigger replies are cut off: a search answer is a few tens of KB; anything huge is not one. */
const MAX_BYTES = 2_000_000;

/**
 * GET a public search service's reply as text. No cookies, no HTTP auth and no Referer go with
 * it (`credentials: 'omit'`, `referrerPolicy: 'no-referrer'`), so the service learns the search
 * terms and nothing about the page or the reader. Every failure becomes a ProviderError.
 */
export async function fetchText(
  url: string,
  deps: ProviderDeps,
  name: string,
): Promise<{ body: string; type: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
  const onAbort = () => controller.abort();
  deps.signal?.addEventListener('abort', onAbort);
  try {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        method: 'GET',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: 'follow',
        signal: controller.signal,
        headers: { Accept: 'application/json, application/rss+xml, application/xml;q=0.9, */*;q=0.5' },
      });
    } catch {
      if (controller.signal.aborted && !deps.signal?.aborted) {
        throw new ProviderError('error', `${name} did not answer within ${Math.round(deps.timeoutMs / 1000)} s.`);
      }
      // fetch rejects only when no HTTP answer arrived at all: no network, DNS, refused connection.
      throw new ProviderError('offline', `Could not reach ${name}: no network connection.`);
    }
    if (response.status === 429 || response.status === 503) {
      const wait = parseRetryAfter(response.headers.get('retry-after'), deps.now());
      throw new ProviderError('rate-limited', `${name} asked us to slow down.`, wait);
    }
    if (!response.ok) throw new ProviderError('error', `${name} answered with HTTP ${response.status}.`);
    const body = await readCapped(response, controller);
    return { body, type: response.headers.get('content-type') ?? '' };
  } finally {
    clearTimeout(timer);
    deps.signal?.removeEventListener('abort', onAbort);
  }
}

async function readCapped(response: Response, controller: AbortController): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BYTES) {
        controller.abort();
        throw new ProviderError('error', 'The reply was too large to be a search result.');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw new ProviderError('error', controller.signal.aborted ? 'The reply took too long.' : 'The reply was cut off.');
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
