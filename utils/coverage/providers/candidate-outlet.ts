import type { Outlet } from '../../outlets/outlet';
import type { Candidate } from './provider';

/** Looks an outlet up in the registry (overrides applied); the background passes `findOutletForUrl`. */
export type OutletLookup = (url: string) => Promise<Outlet | null>;

/**
 * An outlet Parallax has no record of, found by a search service. It still counts as coverage,
 * under "unrated", named by its domain, so the reader sees that somebody else covered the story.
 */
export function unratedOutlet(domain: string, name: string | null): Outlet {
  return {
    id: `domain:${domain}`,
    name: name?.trim() || domain,
    domains: [domain],
    bias: 'unrated',
    biasSource: null,
    quality: null,
    qualitySource: null,
    homepage: `https://${domain}/`,
    feeds: [],
  };
}

/**
 * The outlet a candidate counts for. The article URL is tried first (outlets living under another's
 * path), then the domain: a Google News link is a redirect that says nothing about the outlet.
 */
export async function outletForCandidate(candidate: Candidate, lookup: OutletLookup): Promise<Outlet> {
  const urls = /^https?:\/\/news\.google\.com\//i.test(candidate.url)
    ? [`https://${candidate.domain}/`]
    : [candidate.url, `https://${candidate.domain}/`];
  for (const url of urls) {
    const outlet = await lookup(url).catch(() => null);
    if (outlet) return outlet;
  }
  return unratedOutlet(candidate.domain, candidate.outletName);
}
