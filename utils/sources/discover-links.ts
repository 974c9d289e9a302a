const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|feed\+json|json|rdf\+xml|xml)$|^text\/xml$/i;

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, (m[2] ?? m[3] ?? m[4] ?? '').trim());
  }
  return attrs;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>');

/**
 * Feed URLs a homepage announces with `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`,
 * in page order, absolute, http(s) only. Works on text because the service worker has no DOMParser.
 * (Kept small on purpose: the feeds work's discoverFeeds can replace it once it lands.)
 */
export function discoverFeedLinks(html: string, baseUrl: string): string[] {
  const head = html.slice(0, 512 * 1024);
  let base = baseUrl;
  const baseTag = /<base\b[^>]*>/i.exec(head);
  const baseHref = baseTag ? attributes(baseTag[0]).get('href') : undefined;
  if (baseHref) {
    try {
      base = new URL(decode(baseHref), baseUrl).href;
    } catch {
      // A broken <base> is ignored, as browsers do.
    }
  }
  const found: string[] = [];
  for (const m of head.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const rels = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.includes('alternate') || !FEED_TYPES.test(a.get('type') ?? '')) continue;
    const href = a.get('href');
    if (!href) continue;
    try {
      const url = new URL(decode(href), base);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.includes(url.href)) found.push(url.href);
    } catch {
      // Not a URL: skip it.
    }
  }
  return found;
}
