import { describe, expect, it } from 'vitest';
import { feedsToOpml, parseOpml, type OpmlFeed } from '../../../utils/portability/opml';

const feeds: OpmlFeed[] = [
  {
    title: 'Reuters & Co <World>',
    xmlUrl: 'https://www.reuters.com/rss?a=1&b=2',
    htmlUrl: 'https://www.reuters.com/',
    bias: 'center',
  },
  { title: 'Local Paper', xmlUrl: 'http://www.localpaper-example.com/feed.xml', htmlUrl: null, bias: null },
];

describe('OPML', () => {
  it('round-trips feeds, escaping text and URLs, with bias as a category', () => {
    const xml = feedsToOpml(feeds, new Date('2026-01-02T03:04:05Z'));
    expect(xml).toContain('category="/bias/center"');
    expect(xml).toContain('type="rss"');
    expect(parseOpml(xml)).toEqual({ ok: true, value: feeds });
  });

  it('reads feeds nested in folders, as RSS readers export them', () => {
    const xml = `<?xml version="1.0"?><opml version="1.0"><head/><body>
      <outline text="News"><outline type="rss" text="A" xmlUrl="https://a.example.com/rss"/>
      <outline text="Deeper"><outline text="B" xmlUrl="https://b.example.com/atom" category="tech,/bias/lean-left"/></outline></outline>
      <outline text="not a feed" xmlUrl="javascript:alert(1)"/></body></opml>`;
    const r = parseOpml(xml);
    expect(r.ok && r.value.map((f) => [f.title, f.xmlUrl, f.bias])).toEqual([
      ['A', 'https://a.example.com/rss', null],
      ['B', 'https://b.example.com/atom', 'lean-left'],
    ]);
  });

  it.each([
    ['wrong root', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', /root element is <rss>/],
    ['truncated XML', feedsToOpml(feeds, new Date()).slice(0, 200), /not well-formed XML/],
    ['entities', '<!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>', /DOCTYPE/],
    ['no feeds', '<opml version="2.0"><head/><body><outline text="x"/></body></opml>', /lists no feeds/],
    ['oversized', `<opml>${' '.repeat(10_000_001)}</opml>`, /too large/],
  ])('rejects %s with a clear message', (_, text, message) => {
    const r = parseOpml(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });
});
