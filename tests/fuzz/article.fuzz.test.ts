// @vitest-environment node
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article, Detection } from '../../utils/article/article';
import { analysePage } from '../../utils/article/analyse';
import { detectArticle } from '../../utils/article/detect';
import { extractArticle } from '../../utils/article/extract';
import { ArticleSchema, DetectionSchema } from '../../utils/messages/protocol';
import { params, Tally, timeoutFor } from './fuzz-budget';

/**
 * Article detection and extraction over random and mutated pages: real saved pages (their scripts
 * and styles dropped to keep each run cheap; JSON-LD kept) with ranges deleted, duplicated or
 * replaced by hostile snippets, and skeleton pages carrying arbitrary JSON-LD and meta values.
 * Whatever the page, the content script's output passes the protocol's own schemas (so the
 * background would accept it), canonical URLs are http(s), text is plain and dates are ISO or null.
 */

const PAGES = [
  [
    'metascraper/wsj',
    'http://www.wsj.com/articles/funding-snapshot-software-development-platform-circleci-raises-18m-1463398202',
  ],
  ['metascraper/npr', 'https://www.npr.org/2020/12/23/949764249/fork-the-government'],
  ['metascraper/reuters', 'http://www.reuters.com/article/us-venture-fundraising-idUSKCN0Y41DQ'],
  ['newspaper4k/yna_co_kr', 'https://en.yna.co.kr/view/AEN20190820002300325?section=nk/nk'],
  [
    'goose3/test_wiwo',
    'https://www.wiwo.de/unternehmen/industrie/linde-gasekonzern-muss-teile-des-us-geschaefts-verkaufen/19562798.html',
  ],
].map(([dir, url]) => {
  // Relative to the repository root, where vitest runs.
  const html = readFileSync(`tests/fixtures/pages/${dir}/source.html`, 'utf8')
    .replace(/<script(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<(style|svg)[^>]*>[\s\S]*?<\/\1>/gi, '');
  // The head and the start of the body hold every signal; the rest only makes each run slower.
  const body = html.search(/<body/i);
  return { html: body < 0 ? html : html.slice(0, body + 12_000), url: url! };
});

const HOSTILE = [
  '<link rel="canonical" href="javascript:alert(1)">',
  '<link rel="canonical" href="data:text/html,<script>alert(1)</script>">',
  '<meta property="og:url" content="vbscript:msgbox(1)">',
  '<meta property="og:url" content=" java\tscript:alert(1)">',
  '<meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt;Title">',
  '<meta property="og:title" content="&amp;lt;img src=x onerror=alert(1)&amp;gt;">',
  '<meta property="article:published_time" content="9999-12-31T23:59:59Z">',
  '<meta property="article:published_time" content="2019-02-30T25:61:00+99:99">',
  '<meta name="date" content="99999999999999999999">',
  '<time datetime="-000001-01-01">x</time>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"<b>x</b>","url":"javascript:alert(1)","datePublished":"+275760-09-13T00:00:00.000Z"}</script>',
  '<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{"@type":"NewsArticle"}]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]</script>',
  '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":{"name":{"name":"x"}}},"headline":{"@value":["a"]}}</script>',
  '<h1>&#x0;&#xD800;&#x110000;&#99999999999;</h1>',
  '<title>' + 'A'.repeat(5000) + '</title>',
  '<meta name="keywords" content="' + 'k,'.repeat(2000) + '">',
  '<html lang="' + 'x'.repeat(100) + '">',
  '<base href="javascript:/">',
  '</head>',
  '<!--',
  '<![CDATA[',
  '"',
  '<',
];

type Edit = { op: 'delete' | 'duplicate'; at: number; length: number } | { op: 'insert'; at: number; what: string };
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constantFrom('delete' as const, 'duplicate' as const),
    at: fraction,
    length: fc.integer({ min: 1, max: 3000 }),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fraction,
    what: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 50 })),
  }),
);

function applyEdits(html: string, edits: Edit[]): string {
  let out = html;
  for (const e of edits) {
    const at = Math.floor(e.at * (out.length + 1));
    if (e.op === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
    if (e.op === 'duplicate') out = out.slice(0, at) + out.slice(at, at + e.length) + out.slice(at);
    if (e.op === 'insert') out = out.slice(0, at) + e.what + out.slice(at);
  }
  return out;
}

// linkedom, as in the CLI and the fixture-page tests: it loads nothing and parses fast enough for
// thousands of runs (happy-dom takes ~0.5 s per real page). extract.test.ts covers happy-dom.
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const TAG = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i;

/** What the background and the popup rely on, beyond the schemas' shapes and lengths. */
function checkOutput(article: Article, detection: Detection): void {
  const a = v.safeParse(ArticleSchema, article);
  expect(a.success, a.success ? '' : JSON.stringify(a.issues[0]?.path?.map((p) => p.key)) + a.issues[0]?.message).toBe(
    true,
  );
  const d = v.safeParse(DetectionSchema, detection);
  expect(d.success, d.success ? '' : d.issues[0]?.message).toBe(true);
  for (const url of [article.url, article.canonicalUrl]) expect(new URL(url).protocol).toMatch(/^https?:$/);
  if (article.image !== null) expect(new URL(article.image).protocol).toMatch(/^https?:$/);
  for (const text of [article.headline, article.description, article.outletName, article.section, ...article.authors]) {
    if (text !== null) {
      expect(text).not.toMatch(TAG);
      expect(text).toBe(text.trim());
    }
  }
  for (const date of [article.publishedAt, article.modifiedAt]) {
    if (date !== null) {
      expect(date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?(Z|[+-]\d\d:\d\d)$/);
      expect(Number.isFinite(Date.parse(date)), date).toBe(true);
    }
  }
  expect(Number.isFinite(detection.confidence)).toBe(true);
}

const mutated = new Tally('analysePage(mutated real pages)');
const ldTally = new Tally('extract/detect(arbitrary JSON-LD and meta)');
afterAll(() => {
  mutated.report();
  ldTally.report();
});

describe('article detection and extraction under fuzzing', () => {
  it(
    'keeps every output well-typed for mutated real pages',
    () => {
      fc.assert(
        fc.property(fc.nat(PAGES.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
          const page = PAGES[which]!;
          const doc = parse(applyEdits(page.html, edits));
          // linkedom leaves no root element for some broken starts ("<![CDATA[" first) and then throws
          // from document.head; a browser always builds <html><head><body>, so such inputs say nothing.
          if (!doc.documentElement) return void mutated.count('no-root (linkedom)');
          const { article, detection } = mutated.time(() => analysePage(doc, page.url));
          mutated.count(detection.isArticle ? 'article' : 'not-article');
          checkOutput(article, detection);
        }),
        params(),
      );
    },
    timeoutFor(200),
  );

  it(
    'keeps every output well-typed for arbitrary JSON-LD, meta values and page URLs',
    () => {
      const value = fc.oneof(
        fc.string({ maxLength: 80 }),
        fc.constantFrom(...HOSTILE, 'javascript:alert(1)', 'data:,x', '2024-01-01', '1e400', '-1', '0', ''),
        fc.jsonValue({ maxDepth: 3 }),
      );
      const ldNode = fc.record(
        {
          '@type': fc.oneof(
            fc.constantFrom('NewsArticle', 'OpinionNewsArticle', 'LiveBlogPosting', 'WebPage', 'Article'),
            fc.jsonValue({ maxDepth: 1 }),
          ),
          headline: value,
          url: value,
          mainEntityOfPage: value,
          datePublished: value,
          dateModified: value,
          author: value,
          publisher: value,
          image: value,
          keywords: value,
          articleSection: value,
          isAccessibleForFree: value,
          '@graph': fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
        },
        { requiredKeys: ['@type'] },
      );
      const block = fc.oneof(
        ldNode.map((n) => JSON.stringify(n)),
        fc.jsonValue({ maxDepth: 4 }).map((j) => JSON.stringify(j)),
        fc.string({ maxLength: 200 }),
      );
      const metaName = fc.constantFrom(
        'og:title',
        'og:url',
        'og:type',
        'og:image',
        'og:site_name',
        'article:published_time',
        'article:author',
        'description',
        'keywords',
        'author',
        'date',
        'parsely-page',
        'twitter:title',
      );
      const meta = fc
        .tuple(metaName, value)
        .map(
          ([name, content]) =>
            `<meta property="${name}" name="${name}" content="${String(typeof content === 'string' ? content : JSON.stringify(content)).replace(/"/g, '&quot;')}">`,
        );
      const pageUrl = fc.oneof(
        fc.constantFrom(
          'https://news.example/2024/05/01/story',
          'http://a.example/',
          'https://x.example/a?utm_source=1#top',
        ),
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
      );
      fc.assert(
        fc.property(
          fc.array(block, { maxLength: 3 }),
          fc.array(meta, { maxLength: 6 }),
          fc.string({ maxLength: 100 }),
          pageUrl,
          (blocks, metas, h1, url) => {
            const html = `<html><head>${metas.join('')}${blocks.map((b) => `<script type="application/ld+json">${b.replace(/<\//g, '<\\/')}</script>`).join('')}</head><body><h1>${h1}</h1></body></html>`;
            const doc = parse(html);
            const [article, detection] = ldTally.time(
              () => [extractArticle(doc, url), detectArticle(doc, url)] as const,
            );
            ldTally.count(detection.isArticle ? 'article' : 'not-article');
            checkOutput(article, detection);
          },
        ),
        params(),
      );
    },
    timeoutFor(100),
  );
});
