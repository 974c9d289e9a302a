import { normalizeHost } from '../../outlets/domain-keys';

/** Query parameters that only say where a click came from; two URLs differing in them are one article. */
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|smid|taid|ref|ref_src|src|output|oc|ito|at_\w+|__twitter_impression|guccounter)$/i;

/**
 * The key two copies of one article share: host without "www."/"m."/"amp.", path without a
 * trailing slash or an AMP suffix, no fragment, no tracking parameters, parameters sorted.
 * Returns null for anything that is not an http(s) URL.
 */
export function canonicalKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const params = [...u.searchParams]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const path = u.pathname.replace(/\/amp\/?$/i, '/').replace(/\/+$/, '') || '/';
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${normalizeHost(u.hostname)}${path}${query}`;
}
