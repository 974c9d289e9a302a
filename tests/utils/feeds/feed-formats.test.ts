// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../utils/feeds/parse-feed';
import { FeedError } from '../../../utils/feeds/feed-item';

/**
 * Format details Parallax read through feedsmith until 2026-11-28 and now reads itself (feed-xml.ts,
 * read-*.ts). The expected values are what feedsmith-based parsing gave for the same documents.
 */
const FEED = 'https://news.example.test/feed.xml';
const parse = (body: string) => parseFeed(body, FEED, undefined, { now: Date.UTC(2024, 5, 1) });
const kind = (body: string) => {
  try {
    parse(body);
    return 'parsed';
  } catch (error) {
    return (error as FeedError).kind;
  }
};
const atom = (entry: string, head = '') =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" ${head}><title>F</title>${entry}</feed>`;
const rss = (items: string, head = '', channel = '<title>T</title>') =>
  `<rss version="2.0" ${head}><channel>${channel}${items}</channel></rss>`;

describe('feed formats', () => {
  it('reads namespaces by URI, whatever their prefix', () => {
    const feed = parse(
      rss(
        '<item><title>t</title><a:link rel="self" href="https://s.test/x"/><guid isPermaLink="false">https://g.test/</guid>' +
          '<d:date>2020-01-02</d:date><m:group><m:content url="https://i.test/g.jpg"/></m:group></item>',
        'xmlns:a="http://www.w3.org/2005/Atom" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:m="http://search.yahoo.com/mrss/"',
      ),
    );
    expect(feed.items[0]).toMatchObject({
      url: 'https://s.test/x', // atom:link rel=self, since the GUID is not a permalink
      guid: 'https://g.test/',
      publishedAt: Date.UTC(2020, 0, 2),
      image: 'https://i.test/g.jpg',
    });
    const prefixed = parse(
      '<x:feed xmlns:x="http://www.w3.org/2005/Atom"><x:title>x</x:title><x:entry><x:title>T</x:title><x:link href="https://a.test/2"/></x:entry></x:feed>',
    );
    expect(prefixed.items.map((i) => [i.title, i.url])).toEqual([['T', 'https://a.test/2']]);
  });

  it('splits RSS authors into names and addresses', () => {
    const feed = parse(
      rss(
        '<item><link>https://a.test/1</link><author>Jane Doe &lt;jane@x.test&gt; (Editor)</author>' +
          '<author>mailto:x@y.test?subject=1</author><author>www.site.test</author><author>Joe x@y.test http://h.test/p</author></item>',
      ),
    );
    expect(feed.items[0]!.authors).toEqual(['Jane Doe (Editor)', 'x@y.test', 'Joe']);
  });

  it('treats an XHTML title that is an empty <div> as no title, and keeps XHTML markup undecoded', () => {
    const feed = parse(
      atom(
        '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"></div></title><dc:title>D</dc:title><link href="https://a.test/1"/></entry>' +
          '<entry><title type="xhtml"><xh:div xmlns:xh="http://www.w3.org/1999/xhtml">A &amp;amp; <xh:b>B</xh:b><![CDATA[<i>c</i>]]></xh:div></title><link href="https://a.test/2"/></entry>',
        'xmlns:dc="http://purl.org/dc/elements/1.1/"',
      ),
    );
    expect(feed.items.map((i) => i.title)).toEqual(['D', 'A &amp; B <i>c</i>']);
  });

  it('orders RSS 1.0 items by the channel’s rdf:Seq', () => {
    const feed = parse(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">' +
        '<channel rdf:about="https://c.test/"><title>C</title><items><rdf:Seq><rdf:li rdf:resource="https://i.test/2"/><rdf:li resource="https://i.test/1"/></rdf:Seq></items></channel>' +
        '<item rdf:about="https://i.test/1"><title>one</title><link>https://i.test/1</link></item>' +
        '<item rdf:about="https://i.test/2"><title>two</title><link>https://i.test/2</link></item></rdf:RDF>',
    );
    expect(feed.format).toBe('rdf');
    expect(feed.items.map((i) => i.title)).toEqual(['two', 'one']);
  });

  it('reads JSON Feed members in any case, numeric ids, PHP-style tag objects and 1.0 authors', () => {
    const feed = parse(
      '{"Title":"x","items":[{"id":5,"URL":"https://j.test/1","author":{"name":"A"},"authors":[{}],"tags":{"0":"a","1":"b"}}]}',
    );
    expect(feed.items[0]).toMatchObject({ url: 'https://j.test/1', guid: '5', authors: ['A'], categories: ['a', 'b'] });
  });

  it.each([
    ['an RSS channel with nothing it knows', rss('', '', '<foo>bar</foo>'), 'malformed'],
    [
      'an empty RDF document',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>',
      'malformed',
    ],
    ['a JSON Feed with only a version', '{"version":"https://jsonfeed.org/version/1"}', 'malformed'],
    [
      'an unclosed item',
      '<rss version="2.0"><channel><title>T</title><item><title>x</item></channel></rss>',
      'malformed',
    ],
    ['an HTML page mentioning <rss>', '<!doctype html><html><rss version="2.0"></html>', 'not-a-feed'],
    ['an empty channel', rss('', '', ''), 'malformed'],
    ['a channel with a title and no items', rss(''), 'parsed'],
  ])('%s → %s', (_, body, expected) => {
    expect(kind(body)).toBe(expected);
  });
});
