import { decodeHTML } from 'entities';
import { httpUrl } from './feed-url';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
]);

/**
 * Feed URLs a page advertises with <link rel="alternate" type="application/rss+xml|atom+xml|
 * feed+json|json" href>, absolute http(s), in page order, without duplicates. A small tag scanner,
 * not a DOM (the service worker has none): it skips comments, scripts and styles, reads quoted and
 * unquoted attributes, honours <base href>, and only looks at the first 512 KB of the page.
 * Also used by the options page to add a source from its homepage.
 */
export function discoverFeeds(html: string, baseUrl: string): string[] {
  const page = html.slice(0, 512 * 1024).replace(/<!--[\s\S]*?-->/g, '');
  const stripped = page.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  let base = baseUrl;
  const found: string[] = [];
  for (const tag of stripped.matchAll(/<(base|link)\b([^>]*)>/gi)) {
    const attrs = readAttributes(tag[2] ?? '');
    if (tag[1]!.toLowerCase() === 'base') {
      base = httpUrl(attrs.get('href'), baseUrl) ?? base;
      continue;
    }
    const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attrs.get('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!rels.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = httpUrl(attrs.get('href'), base);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

function readAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeHTML(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}
