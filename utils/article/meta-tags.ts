/**
 * The page's <meta> tags, keyed by lower-cased property/name/itemprop ("og:title", "twitter:title",
 * "article:published_time", "sailthru.date", "dc.date", "parsely-page", "pubdate"...). First value wins,
 * except where a list is wanted (article:author, article:tag). Bounded: real pages have < 200.
 */

export type MetaTags = Map<string, string[]>;

const MAX_TAGS = 400;
const MAX_VALUE = 5000;

export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  const nodes = doc.querySelectorAll('meta');
  const count = Math.min(nodes.length, MAX_TAGS);
  for (let i = 0; i < count; i++) {
    const el = nodes[i]!;
    const content = el.getAttribute('content') ?? el.getAttribute('value');
    if (content === null) continue;
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv')
    )
      ?.trim()
      .toLowerCase();
    if (!key) continue;
    const list = tags.get(key);
    const value = content.slice(0, MAX_VALUE);
    if (list) {
      if (list.length < 20) list.push(value);
    } else tags.set(key, [value]);
  }
  return tags;
}

/** The first non-empty value among `keys`, in the order given (the order is the trust order). */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const value of tags.get(key) ?? []) if (value.trim()) return value;
  }
  return null;
}

/** parsely-page is a JSON object in a meta tag ({"title","pub_date","section","authors"...}). */
export function parselyPage(tags: MetaTags): Record<string, unknown> | null {
  const raw = firstMeta(tags, 'parsely-page');
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
