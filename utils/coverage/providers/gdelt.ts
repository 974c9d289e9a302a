import type { Article } from '../../article/article';
import { DISCLOSURES, disclosureText } from './disclosures';
import { normalizeHost } from '../../outlets/domain-keys';
import { fetchText } from './http';
import type { Candidate, CoverageProvider, ProviderDeps, SearchWindow } from './provider';
import { ProviderError } from './provider-error';
import { pickTerms, queryTerms } from './query-terms';
import { gdeltTimestamp } from './search-window';

export const GDELT_URL = 'https://api.gdeltproject.org/api/v2/doc/doc';

/** The GDELT DOC 2.0 query for an article: names as phrases, a few keywords, the window, nothing else. */
export function gdeltQueryUrl(article: Article, window: SearchWindow, baseUrl = GDELT_URL): string | null {
  const { phrases, words } = pickTerms(queryTerms(article));
  if (phrases.length + words.length < 2) return null;
  const terms = [...phrases.map((p) => `"${p.replace(/"/g, '')}"`), ...words];
  if (article.lang?.toLowerCase().startsWith('en')) terms.push('sourcelang:english');
  const url = new URL(baseUrl);
  url.searchParams.set('query', terms.join(' '));
  url.searchParams.set('mode', 'artlist');
  url.searchParams.set('format', 'json');
  url.searchParams.set('maxrecords', '75');
  url.searchParams.set('sort', 'HybridRel');
  url.searchParams.set('startdatetime', gdeltTimestamp(window.start));
  url.searchParams.set('enddatetime', gdeltTimestamp(window.end));
  return url.toString();
}

/** "20230918T031500Z" → epoch ms. */
export function parseSeenDate(value: unknown): number | null {
  const m = typeof value === 'string' ? /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$/.exec(value) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Reads a GDELT artlist reply. GDELT reports query errors as a 200 text/html page, and an empty
 * result as `{}`: both mean "no results". A reply that claims to be JSON but is not is an error.
 */
export function parseGdeltReply(body: string, contentType: string): Candidate[] {
  const trimmed = body.trim();
  if (!trimmed.startsWith('{')) {
    if (/json/i.test(contentType) && trimmed) throw new ProviderError('error', 'GDELT sent a reply we could not read.');
    return [];
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    throw new ProviderError('error', 'GDELT sent a reply we could not read.');
  }
  const articles = (data as { articles?: unknown }).articles;
  if (!Array.isArray(articles)) return [];
  const out: Candidate[] = [];
  for (const raw of articles.slice(0, 250)) {
    const a = raw as Record<string, unknown>;
    if (typeof a.url !== 'string' || typeof a.title !== 'string' || !a.title.trim()) continue;
    let host: string;
    try {
      const u = new URL(a.url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      host = normalizeHost(u.hostname);
    } catch {
      continue;
    }
    out.push({
      url: a.url,
      // GDELT puts spaces around punctuation ("Caso Ana María : Trasladan"); undo the common cases.
      title: a.title
        .replace(/\s+([,:;.!?%])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 500),
      description: null,
      domain: typeof a.domain === 'string' && a.domain ? normalizeHost(a.domain) : host,
      outletName: null,
      publishedAt: parseSeenDate(a.seendate),
      provider: 'gdelt',
    });
  }
  return out;
}

/** GDELT DOC 2.0: a free public index of world news, searched by keywords. */
export function gdeltProvider(options: { baseUrl?: string } = {}): CoverageProvider {
  const baseUrl = options.baseUrl ?? GDELT_URL;
  return {
    id: 'gdelt',
    name: 'GDELT',
    sendsOffMachine: true,
    sends: disclosureText(DISCLOSURES['gdelt']),
    async search(article: Article, window: SearchWindow, deps: ProviderDeps) {
      const url = gdeltQueryUrl(article, window, baseUrl);
      if (!url) return [];
      const { body, type } = await fetchText(url, deps, 'GDELT');
      return parseGdeltReply(body, type);
    },
  };
}
