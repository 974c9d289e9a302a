import type { ArticleKind, Detection } from './article';
import { ARTICLE_TYPES } from './json-ld';
import { firstMeta } from './meta-tags';
import { readSignals, type PageSignals } from './signals';
import { urlShape } from './url-shape';

/**
 * Is this page a news article? Each signal adds or removes evidence; the reasons say which ones
 * decided, for the popup's "why" view. Structured data the publisher wrote (JSON-LD, og:type,
 * microdata) weighs most; the URL's shape and the markup break ties on pages without metadata.
 */

const NOT_ARTICLE_TYPES = new Set([
  'website',
  'collectionpage',
  'itemlist',
  'searchresultspage',
  'profilepage',
  'product',
  'qapage',
  'discussionforumposting',
  'socialmediaposting',
  'videoobject',
  'musicrecording',
  'book',
  'softwaresourcecode',
  'person',
  'event',
  'recipe',
]);

// Two points: e.g. an article-shaped URL and article markup, or og:type article alone, on pages
// (older ones) with no other metadata.
const THRESHOLD = 2;

export function detectFromSignals(s: PageSignals, publishedKnown: boolean): Detection {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };
  const ldKind = s.ldTypes.map((t) => ARTICLE_TYPES[t]).find(Boolean);
  const ogType = (firstMeta(s.meta, 'og:type') ?? '').trim().toLowerCase();
  const shape = urlShape(s.url);
  const otherLd = s.ldTypes.find((t) => NOT_ARTICLE_TYPES.has(t));
  const microArticle = s.dom.itemTypes.find((t) => ARTICLE_TYPES[t]);

  if (ldKind) add(ldKind === 'article' ? 2 : 3, `JSON-LD says ${s.ldTypes.find((t) => ARTICLE_TYPES[t])}`);
  else if (otherLd) add(-1.5, `JSON-LD says ${otherLd}`);
  if (ogType === 'article' || ogType.startsWith('article')) add(2, 'og:type is article');
  else if (
    ogType.startsWith('video') ||
    ogType === 'product' ||
    ogType === 'profile' ||
    ogType.startsWith('music') ||
    ogType === 'book'
  )
    add(-2, `og:type is ${ogType}`);
  else if (ogType === 'website') add(-0.5, 'og:type is website');
  if (microArticle && !ldKind) add(1.5, `microdata says ${microArticle}`);
  if (publishedKnown) add(1, 'states a publication date');
  if (shape === 'article') add(1.5, 'URL looks like an article');
  else if (shape === 'root') add(-5, 'URL is the site root');
  else if (shape === 'search-tag') add(-3, 'URL is a search, tag or author page');
  else if (shape === 'section') add(-1, 'URL looks like a section');
  else if (shape === 'video') add(-1, 'URL is a video or gallery');
  if (s.dom.hasArticleElement) add(0.5, 'has an <article> element');
  if (s.dom.paragraphCount >= 5) add(0.5, 'has paragraphs of text');
  if (s.meta.has('article:published_time') || s.meta.has('article:author')) add(0.5, 'has article:* tags');

  const isArticle = score >= THRESHOLD;
  const kind = kindOf(s, isArticle, ldKind, ogType, shape);
  const confidence =
    Math.round(Math.min(1, Math.max(0, (isArticle ? score - THRESHOLD + 3 : THRESHOLD - score + 3) / 8)) * 100) / 100;
  return {
    isArticle: kind === 'news' || kind === 'opinion' || kind === 'live-blog',
    kind,
    confidence,
    reasons: reasons.slice(0, 20),
  };
}

function kindOf(
  s: PageSignals,
  isArticle: boolean,
  ldKind: string | undefined,
  ogType: string,
  shape: string,
): ArticleKind {
  if (isArticle) {
    if (ldKind === 'live-blog') return 'live-blog';
    if (ldKind === 'opinion' || /\/(opinion|opinions|commentary|editorials?|op-?ed|columns?)\//i.test(s.url))
      return 'opinion';
    return 'news';
  }
  if (shape === 'root' || shape === 'section') return 'home-section';
  if (shape === 'search-tag') return 'search-tag';
  if (
    ogType.startsWith('video') ||
    shape === 'video' ||
    s.ldTypes.includes('videoobject') ||
    s.ldTypes.includes('imagegallery')
  )
    return 'video-gallery';
  return 'other';
}

export function detectArticle(doc: Document, url: string): Detection {
  const s = readSignals(doc, url);
  return detectFromSignals(s, hasStatedDate(s));
}

/** A date the page states in its metadata or markup (not one guessed from the URL). */
export function hasStatedDate(s: PageSignals): boolean {
  return Boolean(
    s.article?.['datePublished'] ||
    firstMeta(
      s.meta,
      'article:published_time',
      'og:published_time',
      'sailthru.date',
      'dc.date',
      'dc.date.issued',
      'date',
      'pubdate',
      'publishdate',
      'parsely-pub-date',
    ) ||
    s.parsely?.['pub_date'] ||
    s.dom.itemprops.get('datePublished') ||
    s.dom.timeDatetime,
  );
}
