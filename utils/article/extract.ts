import type { Article } from './article';
import { toIsoDate } from './dates';
import { cleanHeadline, siteNameFromTitle } from './headline';
import { ldNames, ldText } from './json-ld';
import { firstMeta } from './meta-tags';
import { readSignals, type PageSignals } from './signals';
import { cleanText } from './text';
import { hostOf, normaliseUrl } from './url';

/**
 * Article metadata from the page's signals. Order of trust, per field, most trusted first:
 *  1. JSON-LD article node (written for search engines, validated by their tools);
 *  2. OpenGraph / article:* (written for social previews, almost always present and correct);
 *  3. Twitter cards; 4. other meta tags (parsely-page, sailthru.*, dc.*, name=date, pubdate);
 *  5. microdata (itemprop); 6. markup (<time datetime>, <title>, <h1>), the URL itself, then date-like texts.
 * Exceptions are commented where they are made: the canonical URL trusts <link rel=canonical> first
 * (it is the one signal whose only purpose is to name the canonical address).
 */

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

function canonicalOf(s: PageSignals, page: string): string {
  const ldUrl = s.article ? (ldText(s.article['url']) ?? ldText(s.article['mainEntityOfPage'])) : null;
  const pagePath = (() => {
    try {
      return new URL(page).pathname;
    } catch {
      return '/';
    }
  })();
  for (const raw of [s.dom.canonical, firstMeta(s.meta, 'og:url'), ldUrl]) {
    const url = normaliseUrl(raw, page);
    // A template that points every page's canonical at the home page is a bug, not a canonical address.
    if (url && !(new URL(url).pathname === '/' && pagePath !== '/')) return url;
  }
  return normaliseUrl(page) ?? page;
}

function dateFromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$|[^\d])/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}T00:00:00Z` : null;
}

function splitList(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(splitList);
  return typeof v === 'string' ? v.split(/\s*[,;]\s*/).filter(Boolean) : [];
}

function cleanAuthor(name: string): string | null {
  if (/^https?:\/\//i.test(name)) return null; // article:author is often a profile URL
  return cleanText(name.replace(/^\s*(by|von|par|por|di|door)\s+/i, ''), 300);
}

function unique(list: (string | null)[], max: number): string[] {
  const out: string[] = [];
  for (const item of list)
    if (item && !out.some((x) => x.toLowerCase() === item.toLowerCase()) && out.length < max) out.push(item);
  return out;
}

export function extractFromSignals(s: PageSignals): Article {
  const { meta, dom, parsely } = s;
  const ld = s.article ?? {};
  const m = (...keys: string[]) => firstMeta(meta, ...keys);
  const url = normaliseUrl(s.url) ?? s.url;
  const canonicalUrl = canonicalOf(s, url);
  const host = hostOf(canonicalUrl) || hostOf(url);
  const publisher = ldText((ld['publisher'] as { name?: unknown } | undefined)?.name ?? ld['publisher']);
  const outletName =
    cleanText(
      m('og:site_name') ??
        publisher ??
        m('application-name', 'apple-mobile-web-app-title') ??
        dom.itemprops.get('publisher') ??
        siteNameFromTitle(dom.title, host),
      300,
    )?.replace(/\.(com|org|net)$/i, '') ?? null; // "NPR.org" is NPR: the domain is known anyway
  const metaHeadline = cleanHeadline(
    ldText(ld['headline']) ??
      m('og:title', 'twitter:title') ??
      str(parsely?.['title']) ??
      m('sailthru.title', 'dc.title', 'title') ??
      dom.itemprops.get('headline') ??
      dom.title ??
      dom.h1,
    outletName,
    host,
  );
  const headline = displayedHeadline(cleanHeadline(dom.h1, outletName, host), metaHeadline, outletName, host);
  const authors = unique(
    [
      ...ldNames(ld['author']),
      ...(meta.get('article:author') ?? []),
      ...(meta.get('author') ?? []).flatMap(splitList),
      ...splitList(parsely?.['authors']),
      ...(meta.get('sailthru.author') ?? []),
      ...(meta.get('dc.creator') ?? []),
      dom.itemprops.get('author') ?? null,
    ].map((a) => (a ? cleanAuthor(a) : null)),
    20,
  );
  const publishedRaw = [
    ld['datePublished'],
    m('article:published_time', 'og:published_time', 'article:published'),
    parsely?.['pub_date'],
    m(
      'sailthru.date',
      'dc.date.issued',
      'dc.date',
      'dcterms.created',
      'date',
      'pubdate',
      'publishdate',
      'publish-date',
      'article.published',
      'datepublished',
      'timestamp',
      'parsely-pub-date',
      'cxenseparse:recs:publishtime',
      'original-publish-date',
    ),
    dom.itemprops.get('datePublished'),
    dom.timeDatetime,
    dateFromUrl(canonicalUrl) ?? dateFromUrl(url),
  ];
  const publishedAt =
    publishedRaw.map((d) => toIsoDate(d)).find((d) => d !== null) ??
    dom
      .dateTexts()
      .map((d) => toIsoDate(d))
      .find((d) => d !== null) ??
    null;
  const modifiedAt =
    [
      ld['dateModified'],
      m('article:modified_time', 'og:updated_time', 'dc.date.modified', 'last-modified'),
      dom.itemprops.get('dateModified'),
    ]
      .map((d) => toIsoDate(d))
      .find((d) => d !== null) ?? null;
  const section = cleanText(
    ldText(ld['articleSection']) ??
      m('article:section') ??
      str(parsely?.['section']) ??
      dom.itemprops.get('articleSection'),
    300,
  );
  const keywords = unique(
    splitList(ld['keywords'] ?? m('news_keywords', 'keywords') ?? meta.get('article:tag') ?? []).map((k) =>
      cleanText(k, 200),
    ),
    100,
  );
  const opinionType = s.ldTypes.includes('opinionnewsarticle');
  const isOpinion =
    opinionType ||
    /\b(opinion|opinions|commentary|editorials?|op-ed|oped|columns?|meinung|tribune)\b/i.test(
      `${section ?? ''} ${new URL(canonicalUrl).pathname}`,
    );
  const free = ld['isAccessibleForFree'];
  const isPaywalled =
    free === false ||
    free === 'False' ||
    free === 'false' ||
    /^(locked|metered|premium|subscriber)/i.test(m('article:content_tier') ?? '');
  return {
    url,
    canonicalUrl,
    headline,
    description: cleanText(
      m('og:description') ??
        ldText(ld['description']) ??
        m('twitter:description', 'description', 'dc.description', 'sailthru.description') ??
        dom.itemprops.get('description'),
      5000,
    ),
    outletName,
    authors,
    publishedAt,
    modifiedAt,
    section,
    lang: normaliseLang(
      dom.lang ?? m('content-language', 'og:locale', 'language', 'dc.language') ?? ldText(ld['inLanguage']),
    ),
    keywords,
    image: normaliseUrl(
      m('og:image', 'og:image:url', 'og:image:secure_url') ??
        ldText(ld['image']) ??
        m('twitter:image', 'twitter:image:src'),
      canonicalUrl,
    ),
    isOpinion,
    isPaywalled,
  };
}

/**
 * Pages often give search engines and social cards a different headline from the one they print
 * (SEO titles, A/B tests). The printed one (<h1> marked as the headline, inside <article>, or alone)
 * is what the reader sees, so it wins when it reads like a headline and is not the site's name.
 */
function displayedHeadline(
  h1: string | null,
  meta: string | null,
  outletName: string | null,
  host: string,
): string | null {
  if (!h1) return meta;
  // An <h1> that is only one " - "-separated part of the meta headline is the blog's or section's name.
  if (meta && meta !== h1 && meta.includes(h1)) {
    const rest = cleanHeadline(meta, h1, host);
    if (rest && rest !== meta && !rest.includes(h1) && rest.length > h1.length) return rest;
  }
  const words = h1.split(/\s+/).length;
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(h1);
  if ((cjk ? h1.length < 8 : words < 3) || h1.length > 300) return meta;
  if (cleanHeadline(`x - ${h1}`, outletName, host) === 'x') return meta; // the <h1> is the logo
  return h1;
}

/** "en_US" → "en-US"; anything that is not a language tag → null. */
function normaliseLang(raw: string | null): string | null {
  const tag =
    raw
      ?.trim()
      .split(/[,;\s]/)[0]
      ?.replace(/_/g, '-') ?? '';
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

export function extractArticle(doc: Document, url: string): Article {
  return extractFromSignals(readSignals(doc, url));
}
