/**
 * Resolves `href` against `base` and keeps it only if it is http(s): javascript:, data:, file: and
 * other schemes never become clickable links or fetch targets. Returns null for anything else.
 */
export function httpUrl(href: string | null | undefined, base?: string | null): string | null {
  const trimmed = href?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}

/** Like httpUrl but keeps any absolute URL, for building a base chain (xml:base may be relative). */
export function resolveBase(href: string | null | undefined, base: string | null): string | null {
  const trimmed = href?.trim();
  if (!trimmed) return base;
  try {
    return base ? new URL(trimmed, base).href : new URL(trimmed).href;
  } catch {
    return base;
  }
}
