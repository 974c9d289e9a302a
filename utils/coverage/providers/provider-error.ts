import type { ProviderState } from './provider-status';

/** A provider failure with the status the popup should show. Thrown by providers, caught by searchCoverage. */
export class ProviderError extends Error {
  constructor(
    readonly state: Exclude<ProviderState, 'ok' | 'disabled'>,
    message: string,
    /** For 'rate-limited': how long the service asked us to wait (Retry-After), in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
