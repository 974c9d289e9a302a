import type { CoverageCandidate } from './provider';
import { canonicalKey } from './canonical-url';

const normTitle = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Near-identical headlines: the same words up to punctuation, case and a word or two
 * ("Fed raises rates" / "Fed raises rates again"). Not a story model: only for one outlet's
 * copies of one article, which search services often return twice (desktop and AMP, old and new title).
 */
export function nearIdenticalTitles(a: string, b: string): boolean {
  const x = normTitle(a);
  const y = normTitle(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const wa = new Set(x.split(' '));
  const wb = new Set(y.split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared) >= 0.8;
}

/** Google News links are opaque redirects; an outlet's own URL is better for the reader. */
const isRedirect = (url: string) => /^https?:\/\/news\.google\.com\//i.test(url);

/**
 * Merges candidates from several providers, earlier ones first (the local index, then the remote
 * services in the order asked), dropping duplicates: first the same canonical URL, then the same
 * outlet with a near-identical title. A duplicate can still improve the kept one: a real URL
 * replaces a redirect, and a missing date is filled in.
 */
export function mergeCandidates(lists: readonly (readonly CoverageCandidate[])[]): CoverageCandidate[] {
  const kept: CoverageCandidate[] = [];
  const byUrl = new Map<string, CoverageCandidate>();
  for (const list of lists) {
    for (const candidate of list) {
      const key = canonicalKey(candidate.url) ?? candidate.url;
      const twin =
        byUrl.get(key) ??
        kept.find((k) => k.outletId === candidate.outletId && nearIdenticalTitles(k.title, candidate.title));
      if (!twin) {
        const copy = { ...candidate };
        kept.push(copy);
        byUrl.set(key, copy);
        continue;
      }
      if (isRedirect(twin.url) && !isRedirect(candidate.url)) {
        twin.url = candidate.url;
        byUrl.set(key, twin);
      }
      twin.publishedAt ??= candidate.publishedAt;
    }
  }
  return kept;
}
