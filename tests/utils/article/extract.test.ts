import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../utils/article/analyse';
import { detectArticle } from '../../../utils/article/detect';
import { extractArticle } from '../../../utils/article/extract';

// happy-dom's DOMParser here, linkedom in the CLI and the fixture tests: the code must not care.
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

const ld = (value: unknown) =>
  `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;

describe('extractArticle', () => {
  it('reads a NewsArticle nested in @graph, among other blocks, and ignores a malformed one', () => {
    const doc = parse(`<html lang="en"><head>
      ${ld('{"@type": "NewsArticle", "headline": broken')}
      ${ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Site' },
          {
            '@type': ['ReportageNewsArticle'],
            headline: 'Floods &amp; storms hit the coast',
            datePublished: '2024-03-05T10:00:00+01:00',
            author: [{ '@type': 'Person', name: 'By Jane Doe' }, 'John Roe'],
            publisher: { name: 'The Daily' },
          },
        ],
      })}
      </head><body></body></html>`);
    const a = extractArticle(doc, 'https://daily.example/news/2024/03/05/floods?utm_source=x#top');
    expect(a.headline).toBe('Floods & storms hit the coast');
    expect(a.publishedAt).toBe('2024-03-05T10:00:00+01:00');
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a.outletName).toBe('The Daily');
    expect(a.url).toBe('https://daily.example/news/2024/03/05/floods');
    expect(a.lang).toBe('en');
  });

  it('takes trailing commas and HTML in a JSON-LD headline as plain text', () => {
    const doc = parse(
      `<head>${ld('{"@type":"NewsArticle","headline":"<b>Bold</b> <img src=x onerror=alert(1)>claim",}')}</head>`,
    );
    expect(extractArticle(doc, 'https://a.example/x').headline).toBe('Bold claim');
  });

  it('never lets a javascript: or data: URL become the canonical URL or the image', () => {
    const doc =
      parse(`<head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,hi">
      <meta property="og:image" content="javascript:alert(2)"></head>`);
    const a = extractArticle(doc, 'https://news.example/story-about-things?fbclid=1&id=7');
    expect(a.canonicalUrl).toBe('https://news.example/story-about-things?id=7');
    expect(a.image).toBeNull();
  });

  it('makes a relative canonical absolute and drops tracking parameters and the fragment', () => {
    const doc = parse(
      `<head><link rel="canonical" href="/world/story-1?utm_medium=x&gclid=2&mc_cid=3&page=2#c"></head>`,
    );
    expect(extractArticle(doc, 'http://www.example.com/a/b').canonicalUrl).toBe(
      'http://www.example.com/world/story-1?page=2',
    );
  });

  it('strips the site name from the title but keeps a dash that belongs to the headline', () => {
    const doc = parse(
      `<head><title>Stocks fall - and bonds too - Reuters</title><meta property="og:site_name" content="Reuters"></head>`,
    );
    expect(extractArticle(doc, 'https://www.reuters.com/markets/x').headline).toBe('Stocks fall - and bonds too');
    const prefixed = parse(`<head><title>CNN | Storm nears the coast</title></head>`);
    expect(extractArticle(prefixed, 'https://edition.cnn.com/x').headline).toBe('Storm nears the coast');
  });

  it('reads dates from meta tags in their many spellings, and refuses template defaults', () => {
    const date = (tag: string) => extractArticle(parse(`<head>${tag}</head>`), 'https://a.example/x').publishedAt;
    expect(date('<meta name="sailthru.date" content="2019-01-05 10:30:00">')).toBe('2019-01-05T10:30:00Z');
    expect(date(`<meta name="parsely-page" content='{"pub_date":"2018-02-03T04:05:06Z"}'>`)).toBe(
      '2018-02-03T04:05:06Z',
    );
    expect(date('<meta name="pubdate" content="20170304">')).toBe('2017-03-04T00:00:00Z');
    expect(date('<meta name="date" content="January 5, 2019 10:30 AM">')?.slice(0, 10)).toBe('2019-01-05');
    expect(date('<meta name="date" content="1970-01-01T00:00:00Z">')).toBeNull();
  });

  it('stays bounded on a huge document: reads a bounded number of tags and caps every string', () => {
    const blocks = Array.from({ length: 50 }, () => ld({ '@type': 'Thing', name: 'x'.repeat(1000) })).join('');
    const metas = '<meta name="x" content="y">'.repeat(2000);
    const late = '<meta property="og:title" content="Read past the bound">';
    const doc = parse(
      `<head>${metas}${late}${blocks}<title>${'T'.repeat(100_000)}</title></head><body>${'<p>para</p>'.repeat(2000)}</body>`,
    );
    const { article } = analysePage(doc, 'https://a.example/x');
    expect(article.headline).not.toBe('Read past the bound');
    expect(article.headline!.length).toBeLessThanOrEqual(1000);
  });
});

describe('detectArticle', () => {
  it('calls a NewsArticle with a date a news article, and says why', () => {
    const doc = parse(
      `<head>${ld({ '@type': 'NewsArticle', headline: 'H', datePublished: '2024-01-01' })}<meta property="og:type" content="article"></head>`,
    );
    const d = detectArticle(doc, 'https://news.example/2024/01/01/some-long-story-slug');
    expect(d).toMatchObject({ isArticle: true, kind: 'news' });
    expect(d.reasons.join(' ').toLowerCase()).toContain('newsarticle');
  });

  it('tells opinion and live blogs apart', () => {
    expect(
      detectArticle(
        parse(`<head>${ld({ '@type': 'OpinionNewsArticle', datePublished: '2024-01-01' })}</head>`),
        'https://n.example/a-b-c-d',
      ).kind,
    ).toBe('opinion');
    expect(
      detectArticle(
        parse(`<head>${ld({ '@type': 'LiveBlogPosting', datePublished: '2024-01-01' })}</head>`),
        'https://n.example/live',
      ).kind,
    ).toBe('live-blog');
  });

  it('does not call a home page, a search page or a video an article', () => {
    const site = parse(`<head><meta property="og:type" content="website">${ld({ '@type': 'WebSite' })}</head>`);
    expect(detectArticle(site, 'https://news.example/')).toMatchObject({ isArticle: false, kind: 'home-section' });
    expect(detectArticle(parse('<head></head>'), 'https://news.example/search?q=storm')).toMatchObject({
      isArticle: false,
      kind: 'search-tag',
    });
    const video = parse(`<head><meta property="og:type" content="video.other"></head>`);
    expect(detectArticle(video, 'https://video.example/watch?v=1')).toMatchObject({
      isArticle: false,
      kind: 'video-gallery',
    });
  });
});
