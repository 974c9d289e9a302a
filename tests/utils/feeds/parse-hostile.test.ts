// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../utils/feeds/parse-feed';
import { FeedError, LIMITS } from '../../../utils/feeds/feed-item';
import { MAX_FUTURE_MS, parseFeedDate } from '../../../utils/feeds/feed-date';
import { htmlToText } from '../../../utils/feeds/html-text';
import { decodeFeedBody } from '../../../utils/feeds/decode-body';

const NOW = Date.UTC(2024, 5, 1, 12);
const URL_ = 'https://news.example.test/feed.xml';
const rss = (items: string, prolog = '<?xml version="1.0" encoding="utf-8"?>') =>
  `${prolog}<rss version="2.0"><channel><title>T</title><link>https://news.example.test/</link>${items}</channel></rss>`;
const item = (title: string, link: string, extra = '') =>
  `<item><title>${title}</title><link>${link}</link>${extra}</item>`;

describe('hostile feeds', () => {
  it('reduces HTML and script in titles and summaries to plain text', () => {
    const feed = parseFeed(
      rss(
        item(
          '&lt;b&gt;Bold&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;news &amp;amp; views',
          'https://news.example.test/a',
          '<description><![CDATA[<p onclick="x()">Hi <img src=x onerror=alert(1)> there</p><style>p{}</style>]]></description>',
        ),
      ),
      URL_,
    );
    expect(feed.items[0]!.title).toBe('Bold news & views');
    expect(feed.items[0]!.summary).toBe('Hi there');
  });

  it('drops javascript:, data: and other non-http links, keeps relative http ones', () => {
    const feed = parseFeed(
      rss(
        item('a', 'javascript:alert(1)') +
          item('b', 'data:text/html,<script>x</script>') +
          item('c', '/relative/c') +
          item('d', 'ftp://files.example.test/d'),
      ),
      URL_,
    );
    expect(feed.items.map((i) => i.url)).toEqual(['https://news.example.test/relative/c']);
  });

  it('does not expand DTD entities (billion laughs stays small)', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE rss [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']>',
      rss(item('&lol9;', 'https://news.example.test/lol')).replace('<?xml version="1.0" encoding="utf-8"?>', ''),
    ].join('\n');
    const feed = parseFeed(lol, URL_);
    expect(feed.items[0]!.title.length).toBeLessThan(50);
    expect(feed.items[0]!.title).not.toContain('lollollol');
  });

  it('bounds a 10,000-item feed to the newest LIMITS.maxItems', () => {
    const items = Array.from({ length: 10_000 }, (_, i) =>
      item(
        `Story ${i}`,
        `https://news.example.test/${i}`,
        `<pubDate>${new Date(NOW - (10_000 - i) * 60_000).toUTCString()}</pubDate>`,
      ),
    ).join('');
    const feed = parseFeed(rss(items), URL_, undefined, { now: NOW });
    expect(feed.items).toHaveLength(LIMITS.maxItems);
    // Oldest first in the document, so the kept ones are the last 500.
    expect(feed.items[0]!.title).toBe(`Story ${10_000 - LIMITS.maxItems}`);
    expect(feed.items.at(-1)!.title).toBe('Story 9999');
  }, 30_000); // ~1-3 s of XML parsing for 2 MB; generous for loaded CI machines

  it('refuses a body over the byte cap as too-large', () => {
    const huge = rss(item('x'.repeat(2000), 'https://news.example.test/x'));
    expect(() => parseFeed(huge, URL_, undefined, { maxBytes: 1000 })).toThrow(
      expect.objectContaining({ kind: 'too-large' }),
    );
  });

  it('nulls far-future and garbage dates but keeps the item', () => {
    const feed = parseFeed(
      rss(
        item('future', 'https://news.example.test/f', '<pubDate>Tue, 01 Jan 2999 00:00:00 GMT</pubDate>') +
          item('garbage', 'https://news.example.test/g', '<pubDate>yesterday-ish</pubDate>') +
          item('none', 'https://news.example.test/n'),
      ),
      URL_,
      undefined,
      { now: NOW },
    );
    expect(feed.items.map((i) => [i.title, i.publishedAt])).toEqual([
      ['future', null],
      ['garbage', null],
      ['none', null],
    ]);
  });

  it('reads windows-1251 bytes declared in the prolog, and survives a wrong declaration', () => {
    const cyrillic = new Uint8Array([0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8]); // "Новости" in cp1251
    const head = new TextEncoder().encode(
      '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>',
    );
    const tail = new TextEncoder().encode(
      '</title><item><title>x</title><link>https://n.example.test/1</link></item></channel></rss>',
    );
    const body = new Uint8Array([...head, ...cyrillic, ...tail]);
    expect(parseFeed(body, URL_).title).toBe('Новости');
    // Declared ISO-8859-1 but really UTF-8: still readable.
    const utf8 = new TextEncoder().encode(
      rss(item('Mãe é', 'https://n.example.test/2'), '<?xml version="1.0" encoding="ISO-8859-1"?>'),
    );
    expect(parseFeed(utf8, URL_).items[0]!.title).toBe('Mãe é');
    // Content-Type charset wins over a UTF-8 default when the bytes agree with it.
    expect(decodeFeedBody(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'text/xml; charset=ISO-8859-1')).toBe('café');
  });

  it('throws FeedError with a clear kind for empty, JSON non-feeds and truncated garbage', () => {
    const kindOf = (body: string) => {
      try {
        parseFeed(body, URL_);
        return 'parsed';
      } catch (error) {
        expect(error).toBeInstanceOf(FeedError);
        return (error as FeedError).kind;
      }
    };
    expect(kindOf('')).toBe('not-a-feed');
    expect(kindOf('{"hello": "world"}')).toBe('not-a-feed');
    expect(kindOf('<!doctype html><html><body>Moved</body></html>')).toBe('not-a-feed');
    expect(['malformed', 'not-a-feed', 'parsed']).toContain(kindOf('<rss><channel><item><title>cut'));
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 31 Jan 2018 07:26:05 GMT', '2018-01-31T07:26:05Z'],
    ['Tue, 01 Oct 2019 14:30:00 PST', '2019-10-01T22:30:00Z'],
    ['07 Nov 2015 12:00:00 EST', '2015-11-07T17:00:00Z'],
    ['Thu, 07 Dec 17 10:00:29 -0800', '2017-12-07T18:00:29Z'],
    ['Sun, 6 September 2009 16:20:00 +0000', '2009-09-06T16:20:00Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40Z'],
    ['2017-06-21T10:33:10-07:00', '2017-06-21T17:33:10Z'],
    ['2022-07-26 13:01:01', '2022-07-26T13:01:01Z'],
    ['2020-08-07', '2020-08-07T00:00:00Z'],
    ['2012-08-04T01:34:19.533Z', '2012-08-04T01:34:19Z'],
  ])('%s', (input, expected) => {
    expect(parseFeedDate(input, NOW)).toBe(Date.parse(expected));
  });

  it.each(['', 'soon', '31 Feb 2020 10:00:00 GMT', '1970-01-01T00:00:00Z', '2024-13-01'])('rejects %j', (input) => {
    expect(parseFeedDate(input, NOW)).toBeNull();
  });

  it('accepts up to a day of clock skew, not more', () => {
    expect(parseFeedDate(new Date(NOW + MAX_FUTURE_MS - 1000).toISOString(), NOW)).not.toBeNull();
    expect(parseFeedDate(new Date(NOW + MAX_FUTURE_MS + 60_000).toISOString(), NOW)).toBeNull();
  });
});

describe('htmlToText', () => {
  it('keeps text that only looks like markup, collapses space and bounds length', () => {
    expect(htmlToText('a < b and x<3', 100)).toBe('a < b and x<3');
    expect(htmlToText('<p>one</p>\n\n<p>two&nbsp;three</p><!-- hidden -->', 100)).toBe('one two three');
    const long = htmlToText('word '.repeat(500), 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long.endsWith('…')).toBe(true);
  });
});
