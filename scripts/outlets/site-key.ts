import { normalizeHost, registrableDomain } from '../../utils/outlets/domain-keys';

/**
 * What a rating's website URL says about who it rates. AllSides lists authors and sections with
 * URLs under their outlet's site (foxnews.com/person/m/karol-markowicz, cnn.com/opinions); only a
 * site's root or a short section path may name an outlet, or an author would take over the outlet.
 */
export type SiteKey =
  { kind: 'site'; key: string; domain: string } | { kind: 'author' | 'platform' | 'deep' | 'invalid'; key: null };

// Path segments that mean "a person's page", not a publication.
const AUTHOR_SEGMENT =
  /^(?:author|authors|person|people|persons|columnists?|column|by|profiles?|staff|contributors?|writers?|team|bios?|users?|u|experts?|topic|topics|about-us|our-staff|sites|news-source|directory)$/;
// Hosts where a URL names an account, never a news outlet.
const PLATFORMS = new Set([
  'twitter.com',
  'x.com',
  'facebook.com',
  'instagram.com',
  'youtube.com',
  'linkedin.com',
  'wikipedia.org',
  'medium.com',
  'tiktok.com',
  'google.com',
  'muckrack.com',
  'linktr.ee',
  'twitch.tv',
  'minds.com',
  'issuu.com',
  'myspace.com',
  'wix.com',
  'rumble.com',
  'substack.com',
]);
// A lone language or edition segment (france24.com/en/, vice.com/en) is the site's root.
const EDITION_SEGMENT = /^(?:[a-z]{2}(?:[-_][a-z]{2})?|english|intl|international)$/;
/** A lone segment that names a site's front page, not a section (desertsun.com/news, krgv.com/home). */
export const GENERIC_SEGMENT =
  /^(?:news|home|main|index|pages?|local|site|web|portal|public|current|e-edition|publication|landing|story\d*|online)$/;
// Trailing file names that are the section's own index page.
const INDEX_FILE = /^(?:index|default|home)\.(?:html?|php|aspx?)$/;

export function siteKey(url: string): SiteKey {
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `http://${url.trim()}`);
  } catch {
    return { kind: 'invalid', key: null };
  }
  const domain = registrableDomain(parsed.hostname);
  if (!domain || !/^https?:$/.test(parsed.protocol)) return { kind: 'invalid', key: null };
  if (PLATFORMS.has(domain)) return { kind: 'platform', key: null };
  const host = normalizeHost(parsed.hostname);
  let segments = parsed.pathname.toLowerCase().split('/').filter(Boolean).map(decodeURIComponent);
  if (segments.length > 0 && INDEX_FILE.test(segments[segments.length - 1]!)) segments = segments.slice(0, -1);
  if (segments.some((s) => AUTHOR_SEGMENT.test(s) || s.startsWith('@') || s.startsWith('~'))) {
    return { kind: 'author', key: null };
  }
  segments = segments.map((s) => s.replace(/\.(?:html?|php|aspx?)$/, ''));
  if (segments.length === 1 && (EDITION_SEGMENT.test(segments[0]!) || GENERIC_SEGMENT.test(segments[0]!)))
    segments = [];
  // outletKeys() looks at most two path segments deep, so a deeper key could never match.
  if (segments.length > 2) return { kind: 'deep', key: null };
  return { kind: 'site', key: [host, ...segments].join('/'), domain };
}
