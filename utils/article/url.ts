/**
 * Canonical URL normalisation. The canonical URL is the key the background uses to recognise an
 * article it has already seen, so two visits to the same story must give the same string:
 * absolute, http(s) only, no fragment, no tracking parameters, host in lower case.
 */

import { parseHttpUrl } from '../http-url';

const TRACKING =
  /^(utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ocid|cmpid|ncid|ito|xtor|smid|sr_share|taid|rss_lnk|xid|__twitter_impression|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|wt\.mc_id|s_cid|soc_src|soc_trk|guccounter|guce_referrer|guce_referrer_sig)$/i;

/** Resolves `raw` against `base` and cleans it; null for anything that is not an http(s) URL. */
export function normaliseUrl(raw: string | null | undefined, base?: string): string | null {
  if (!raw || raw.length > 4096) return null;
  const url = parseHttpUrl(raw, base);
  if (!url) return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  // URLSearchParams re-encodes what it keeps; leave an untouched query alone.
  const href = url.href.replace(/\?$/, '');
  return href.length <= 4096 ? href : null;
}

/** The page's host without "www.", or '' when the URL does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '').toLowerCase();
  } catch {
    return '';
  }
}
