import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeHTML } from 'entities';
import type { Article } from '../../article/article';
import { DISCLOSURES, disclosureText } from './disclosures';
import { normalizeHost } from '../../outlets/domain-keys';
import { fetchText } from './http';
import type { Candidate, CoverageProvider, ProviderDeps, SearchWindow } from './provider';
import { ProviderError } from './provider-error';
import { pickTerms, queryTerms } from './query-terms';
import { isoDay } from './search-window';

export const GOOGLE_NEWS_URL = 'https://news.google.com/rss/search';
const WEEK = 7 * 86_400_000;

/**
 * The Google News search for an article. `when:7d` while the story is recent; for older pages the
 * explicit `after:`/`before:` operators, since `when:` counts back from today.
 */
export function googleNewsQueryUrl(
  article: Article,
  window: SearchWindow,
  now: number,
  baseUrl = GOOGLE_NEWS_URL,
): string | null {
  const { phrases, words } = pickTerms(queryTerms(article));
  if (phrases.length + words.length < 2) return null;
  const terms = [...phrases.map((p) => `"${p.replace(/"/g, '')}"`), ...words];
  if (now - window.start <= WEEK) terms.push('when:7d');
  else terms.push(`after:${isoDay(window.start)}`, `before:${isoDay(window.end + 86_400_000)}`);
  // Built by hand: Google expects `+` between terms (URLSearchParams would also give `+` for spaces).
  const q = new URLSearchParams({ q: terms.join(' '), hl: 'en-US', gl: 'US', ceid: 'US:en' });
  return `${baseUrl}?${q.toString()}`;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => name === 'item',
  processEntities: true,
  htmlEntities: true,
});

const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number'
    ? String(v)
    : typeof v === 'object' && v !== null && '#text' in v
      ? String((v as Record<string, unknown>)['#text'])
      : '';

/** Google titles read "Headline - Outlet"; the outlet is known from `<source>`, so the suffix goes. */
export function stripOutletSuffix(title: string, outlet: string): string {
  if (outlet && title.endsWith(` - ${outlet}`)) return title.slice(0, -(outlet.length + 3)).trim();
  return title.trim();
}

/** Reads a Google News RSS search reply. Anything that is not an RSS feed is an error, not "no results". */
export function parseGoogleNewsReply(body: string): Candidate[] {
  const trimmed = body.trim();
  if (!/^(?:<\?xml[^>]*>\s*)?<rss[\s>]/i.test(trimmed)) {
    throw new ProviderError('error', 'Google News sent a page that is not a news feed.');
  }
  if (XMLValidator.validate(trimmed) !== true) throw new ProviderError('error', 'Google News sent a broken feed.');
  const doc = parser.parse(trimmed) as { rss?: { channel?: { item?: unknown[] } } };
  const items = doc.rss?.channel?.item ?? [];
  const out: Candidate[] = [];
  for (const raw of items.slice(0, 250)) {
    const item = raw as Record<string, unknown>;
    const source = item.source as Record<string, unknown> | string | undefined;
    const sourceUrl = typeof source === 'object' && source ? source['@url'] : undefined;
    const outletName = decodeHTML(text(source)).trim();
    const link = text(item.link).trim();
    let domain: string;
    try {
      const u = new URL(typeof sourceUrl === 'string' ? sourceUrl : '');
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      domain = normalizeHost(u.hostname);
      if (!/^https?:\/\//i.test(link)) continue;
    } catch {
      // Without <source url> the outlet cannot be known: the article link is an opaque Google redirect.
      continue;
    }
    const title = stripOutletSuffix(decodeHTML(text(item.title)).replace(/\s+/g, ' '), outletName);
    if (!title) continue;
    const published = Date.parse(text(item.pubDate));
    out.push({
      url: link,
      title: title.slice(0, 500),
      description: null,
      domain,
      outletName: outletName || null,
      publishedAt: Number.isNaN(published) ? null : published,
      provider: 'google-news',
    });
  }
  return out;
}

/** Google News RSS search: Google's index of news sites, searched by keywords. */
export function googleNewsProvider(options: { baseUrl?: string } = {}): CoverageProvider {
  const baseUrl = options.baseUrl ?? GOOGLE_NEWS_URL;
  return {
    id: 'google-news',
    name: 'Google News',
    sendsOffMachine: true,
    sends: disclosureText(DISCLOSURES['google-news']),
    async search(article: Article, window: SearchWindow, deps: ProviderDeps) {
      const url = googleNewsQueryUrl(article, window, deps.now(), baseUrl);
      if (!url) return [];
      return parseGoogleNewsReply((await fetchText(url, deps, 'Google News')).body);
    },
  };
}
