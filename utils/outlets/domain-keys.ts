import { parseDomain } from './public-suffix';

/** Host without a leading "www." / "www2." / "m." / "amp." style prefix. */
export function normalizeHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^(?:www\d*|m|mobile|amp)\./, '');
}

/**
 * The keys under which an outlet for `url` may be registered, most specific first:
 * host + leading path segments (for outlets that live under another's domain), then the host,
 * then each parent host down to the registrable domain (public suffix list: bbc.co.uk, not co.uk).
 * Returns null for URLs that are not http(s) or have no registrable domain.
 */
export function outletKeys(url: string): string[] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const info = parseDomain(parsed.hostname);
  if (!info.domain || info.isIp) return null;
  const host = normalizeHost(parsed.hostname);
  const domain = info.domain.toLowerCase();
  const segments = parsed.pathname
    .split('/')
    .filter(Boolean)
    .slice(0, 2)
    .map((s) => s.toLowerCase());
  const hosts: string[] = [];
  for (let h = host; ; h = h.slice(h.indexOf('.') + 1)) {
    hosts.push(h);
    if (h === domain || !h.includes('.')) break;
  }
  const keys: string[] = [];
  for (const h of hosts) {
    for (let i = segments.length; i > 0; i--) keys.push(`${h}/${segments.slice(0, i).join('/')}`);
    keys.push(h);
  }
  return keys;
}

/** The registrable domain of a URL or host (e.g. "bbc.co.uk"), or null. */
export function registrableDomain(urlOrHost: string): string | null {
  const info = parseDomain(urlOrHost);
  return info.isIp ? null : (info.domain?.toLowerCase() ?? null);
}

/** Picks the outlet registered under the most specific key. */
export function pickOutlet<T extends { domains: string[] }>(keys: string[], candidates: T[]): T | null {
  for (const key of keys) {
    const hit = candidates.find((o) => o.domains.includes(key));
    if (hit) return hit;
  }
  return null;
}
