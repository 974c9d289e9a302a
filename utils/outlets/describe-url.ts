import { normalizeHost, outletKeys, pickOutlet } from './domain-keys';
import type { Outlet } from './outlet';

/**
 * Which of `outlets` publishes `url`: the GetOutlet answer without the reader's overrides.
 * For callers holding the registry in memory (the CLI, tests); the background asks its database
 * for the same candidates through the multi-entry `domains` index.
 */
export function describeUrl(url: string, outlets: readonly Outlet[]) {
  const keys = outletKeys(url);
  if (!keys) return { url, domain: null, outlet: null };
  const wanted = new Set(keys);
  const candidates = outlets.filter((o) => o.domains.some((d) => wanted.has(d)));
  return { url, domain: normalizeHost(new URL(url).hostname), outlet: pickOutlet(keys, candidates) };
}
