/**
 * The URL to put in an `href`, or null when it must not be clickable. Only http(s) links are:
 * feed items are untrusted, and `javascript:`, `data:` or `vbscript:` in an extension page would
 * run with the extension's rights. The WHATWG URL parser is used on purpose: it strips tabs,
 * newlines and leading control characters exactly as the browser would before navigating, so
 * "java\tscript:" or " \u0001javascript:" cannot slip past a prefix check.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
