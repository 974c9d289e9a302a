/**
 * Retry-After (RFC 9110 §10.2.3) → delay in ms from `now`: either delta-seconds or an HTTP-date.
 * Null when absent or unreadable; a date in the past is 0. Capped at a week so a hostile or broken
 * server cannot switch a feed off for years.
 */
export const MAX_RETRY_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}
