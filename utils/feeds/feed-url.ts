import { parseHttpUrl } from '../http-url';

/** Resolves `href` against `base` and keeps it only if it is http(s) (see parseHttpUrl). */
export function httpUrl(href: string | null | undefined, base?: string | null): string | null {
  return parseHttpUrl(href, base)?.href ?? null;
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
