import type { BiasRating } from '../bias';
import type { ParallaxDB } from '../db/parallax-db';
import { normalizeHost, outletKeys, pickOutlet } from '../outlets/domain-keys';
import type { Outlet } from '../outlets/outlet';
import { discoverFeeds } from '../feeds/discover-feeds';
import { parseFeed } from '../feeds/parse-feed';
import type { FetchText } from './fetch-text';

export interface AddSourceInput {
  /** A domain ("localpaper.com") or a homepage URL. */
  input: string;
  feedUrl?: string;
  name?: string;
  bias?: BiasRating;
  quality?: number | null;
}

export type AddSourceError = 'invalid-url' | 'unreachable' | 'not-a-feed' | 'duplicate';
export type AddSourceResult =
  | { ok: true; outlet: Outlet; feedUrl: string; created: boolean }
  | { ok: false; error: AddSourceError; message: string };

const fail = (error: AddSourceError, message: string): AddSourceResult => ({ ok: false, error, message });

/** The homepage URLs to try for what the reader typed: https first, http when no scheme was given. */
export function homepageCandidates(input: string): string[] | null {
  const trimmed = input.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  const tries = hasScheme ? [trimmed] : [`https://${trimmed}`, `http://${trimmed}`];
  const urls = tries.flatMap((t) => {
    try {
      const url = new URL(t);
      return (url.protocol === 'http:' || url.protocol === 'https:') && outletKeys(url.href) ? [url.href] : [];
    } catch {
      return [];
    }
  });
  return urls.length ? urls : null;
}

type Fetched = { url: string; status: number; text: string };
async function firstReachable(fetchText: FetchText, urls: string[]): Promise<Fetched | null> {
  for (const url of urls) {
    const res = await fetchText(url).catch(() => null);
    if (res && res.status >= 200 && res.status < 400) return res;
  }
  return null;
}

/** The feed's title when `text` is a feed that really parses (with at least its channel), else undefined. */
function feedTitle(text: string, url: string): string | null | undefined {
  try {
    return parseFeed(text, url).title.trim().slice(0, 200) || null;
  } catch {
    return undefined; // not a feed
  }
}

/**
 * Adds the reader's own source: finds its feed (autodiscovery on the homepage, or the URL given),
 * checks that the feed really parses, and stores the outlet as custom. A site the registry already
 * knows keeps its id and ratings and gains the feed, so coverage and overrides stay attached to it.
 */
export async function addSource(db: ParallaxDB, req: AddSourceInput, fetchText: FetchText): Promise<AddSourceResult> {
  const homes = homepageCandidates(req.input);
  if (!homes)
    return fail('invalid-url', `“${req.input.slice(0, 100)}” is not a web address (example: localpaper.com).`);
  let feedUrl: string;
  let title: string | null | undefined;
  let homepage = homes[0]!;
  if (req.feedUrl) {
    const given = homepageCandidates(req.feedUrl);
    if (!given) return fail('invalid-url', `The feed address “${req.feedUrl.slice(0, 100)}” is not a web address.`);
    const feed = await firstReachable(fetchText, given);
    if (!feed) return fail('unreachable', `Could not load the feed at ${given[0]}.`);
    title = feedTitle(feed.text, feed.url);
    if (title === undefined) return fail('not-a-feed', `${feed.url} is not an RSS, Atom or JSON feed.`);
    feedUrl = feed.url;
  } else {
    const page = await firstReachable(fetchText, homes);
    if (!page) return fail('unreachable', `Could not load ${homes[0]}. Check the address, or enter the feed by hand.`);
    homepage = page.url;
    title = feedTitle(page.text, page.url);
    if (title !== undefined) {
      feedUrl = page.url; // the reader typed the feed's own address
    } else {
      const found = await findWorkingFeed(fetchText, discoverFeeds(page.text, page.url));
      if (!found)
        return fail('not-a-feed', `${page.url} does not announce a working feed. Enter its feed address by hand.`);
      ({ feedUrl, title } = found);
    }
  }
  return store(db, req, homepage, feedUrl, title ?? null);
}

async function findWorkingFeed(fetchText: FetchText, links: string[]) {
  for (const url of links.slice(0, 5)) {
    const res = await firstReachable(fetchText, [url]);
    const title = res ? feedTitle(res.text, res.url) : undefined;
    if (res && title !== undefined) return { feedUrl: res.url, title };
  }
  return null;
}

/** The same feed over http or https, with or without "www.", is one feed. */
export function feedKey(url: string): string {
  const u = new URL(url);
  return `${normalizeHost(u.hostname)}${u.pathname.replace(/\/$/, '')}${u.search}`;
}

async function store(db: ParallaxDB, req: AddSourceInput, homepage: string, feedUrl: string, title: string | null) {
  const keys = outletKeys(homepage)!;
  const domain = normalizeHost(new URL(homepage).hostname);
  return db.transaction('rw', db.outlets, async (): Promise<AddSourceResult> => {
    const key = feedKey(feedUrl);
    const owner = await db.outlets.filter((o) => o.feeds.some((f) => feedKey(f) === key)).first();
    if (owner) return fail('duplicate', `${feedUrl} is already a feed of ${owner.name}.`);
    const known = pickOutlet(keys, await db.outlets.where('domains').anyOf(keys).toArray());
    const rated = req.bias !== undefined && req.bias !== 'unrated';
    const outlet: Outlet = known
      ? { ...known, feeds: [...known.feeds, feedUrl], custom: true, ...(req.name ? { name: req.name } : {}) }
      : {
          id: `custom-${domain}`,
          name: req.name?.trim() || title || domain,
          domains: [domain],
          bias: rated ? req.bias! : 'unrated',
          biasSource: rated ? 'user' : null,
          quality: req.quality ?? null,
          qualitySource: req.quality !== undefined && req.quality !== null ? 'user' : null,
          homepage,
          feeds: [feedUrl],
          custom: true,
        };
    await db.outlets.put(outlet);
    return { ok: true, outlet, feedUrl, created: !known };
  });
}
