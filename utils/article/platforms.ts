/**
 * Sites where anyone posts: social networks, code and video hosts, wikis, preprint servers and
 * registries. Their pages often mark themselves up as articles (a Reddit thread, a LinkedIn post),
 * but they are not an outlet's reporting: Parallax has no "other coverage" to show for them and
 * must not add them to the reader's story index. The content script does not run on them at all
 * (entrypoints/content.ts `excludeMatches`), which also keeps it off the sites where people spend
 * the most time. Each site covers its subdomains (old.reddit.com, en.wikipedia.org).
 */
export const PLATFORM_SITES = [
  'reddit.com',
  'linkedin.com',
  'x.com',
  'twitter.com',
  'facebook.com',
  'instagram.com',
  'tiktok.com',
  'threads.net',
  'bsky.app',
  'youtube.com',
  'vimeo.com',
  'twitch.tv',
  'soundcloud.com',
  'spotify.com',
  'acast.com',
  'transistor.fm',
  'github.com',
  'gitlab.com',
  'stackoverflow.com',
  'stackexchange.com',
  'pastebin.com',
  'quora.com',
  'pinterest.com',
  'tumblr.com',
  'pikabu.ru',
  'vk.com',
  'genius.com',
  'wikipedia.org',
  'wikia.com',
  'fandom.com',
  'arxiv.org',
  'biorxiv.org',
  'medrxiv.org',
  'clinicaltrials.gov',
] as const;

/** Match patterns for a manifest's `exclude_matches`: each site and every subdomain, http and https. */
export const platformMatchPatterns = (): string[] => PLATFORM_SITES.map((site) => `*://*.${site}/*`);

/** The platform `url` is on (its registrable site, e.g. "reddit.com" for old.reddit.com), or null. */
export function platformOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return PLATFORM_SITES.find((site) => host === site || host.endsWith(`.${site}`)) ?? null;
}
