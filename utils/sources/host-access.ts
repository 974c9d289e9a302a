/** The part of browser.permissions this needs; absent where the browser has no permissions API. */
export interface PermissionsApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * Match patterns for the hosts a new source is fetched from: its site (any subdomain of the
 * registrable host, since feeds often live on feeds.example.com) and each feed's own host.
 */
export function hostPatternsFor(urls: string[]): string[] {
  const patterns = new Set<string>();
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) ? raw.trim() : `https://${raw.trim()}`);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const host = url.hostname.replace(/^www\./, '');
    patterns.add(`*://${host}/*`);
    patterns.add(`*://*.${host}/*`);
  }
  return [...patterns];
}

/**
 * Asks for access to a new source's hosts at the moment the reader adds it. Must be called
 * straight from the click handler, before any await, because browsers only show the prompt
 * during a user gesture. A no-op (true) when already granted (the browser answers without a
 * prompt), false when refused, unsupported, or not declared as optional in the manifest.
 */
export function requestHostAccess(api: PermissionsApi | undefined, urls: string[]): Promise<boolean> {
  const origins = hostPatternsFor(urls);
  if (!api?.request || origins.length === 0) return Promise.resolve(origins.length === 0 || !api?.request);
  try {
    return api.request({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
