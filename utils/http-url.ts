/**
 * Parses `href` (resolved against `base`) and keeps it only if it is http(s). This is the one gate
 * every untrusted address passes — feed links, page metadata, provider results — before it can become
 * a link, a fetch target or a canonical URL: `javascript:`, `data:`, `vbscript:`, `file:` never do.
 * The WHATWG URL parser is used on purpose: it strips tabs, newlines and leading control characters
 * exactly as the browser would before navigating, so "java\tscript:" cannot slip past a prefix check.
 */
export function parseHttpUrl(href: string | null | undefined, base?: string | null): URL | null {
  const trimmed = typeof href === 'string' ? href.trim() : '';
  if (!trimmed) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url : null;
}
