import { parseHttpUrl } from './http-url';

/**
 * The URL to put in an `href`, or null when it must not be clickable. Only http(s) links are:
 * feed items are untrusted, and `javascript:`, `data:` or `vbscript:` in an extension page would
 * run with the extension's rights.
 */
export function safeHref(url: string | null | undefined): string | null {
  return parseHttpUrl(url)?.href ?? null;
}
