// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../../utils/sources/add-source';
import { createFetchText, type FetchText } from '../../../utils/sources/fetch-text';
import { findOutletForUrl } from '../../../utils/outlets/outlet-store';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { freshDb, outlet } from './fixtures';

const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>http://www.localpaper-example.com/</link>` +
  `<item><title>Council meets</title><link>http://www.localpaper-example.com/council</link></item></channel></rss>`;
const home = (links: string) =>
  `<!doctype html><html><head><title>Local Paper</title>${links}</head><body>News</body></html>`;

let server: FixtureServer;
/** The real fetch against a loopback server, with the site's real host name kept in the URLs. */
let fetchText: FetchText;

beforeAll(async () => {
  server = await startFixtureServer({
    '/': {
      body: home('<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">'),
      headers: { 'content-type': 'text/html' },
    },
    '/feed.xml': { body: rss('The Local Paper'), headers: { 'content-type': 'application/rss+xml' } },
    '/nofeed/': { body: home('<link rel="stylesheet" href="/a.css">') },
    '/broken/': { body: home('<link rel="alternate" type="application/rss+xml" href="/broken/feed">') },
    '/broken/feed': { body: '<html>not a feed</html>' },
  });
  const real = createFetchText();
  fetchText = async (url) => {
    const u = new URL(url);
    if (u.hostname.endsWith('unreachable-example.com')) throw new TypeError('fetch failed');
    const res = await real(server.url(u.pathname + u.search));
    return { ...res, url: new URL(new URL(res.url).pathname, u.origin).href };
  };
});
afterAll(() => server.close());

describe('addSource', () => {
  it('finds the feed a homepage announces, checks it parses, and stores a custom outlet', async () => {
    const db = freshDb();
    const r = await addSource(db, { input: 'http://www.localpaper-example.com', bias: 'lean-right' }, fetchText);
    expect(r).toMatchObject({ ok: true, created: true, feedUrl: 'http://www.localpaper-example.com/feed.xml' });
    const stored = (await findOutletForUrl(db, 'http://localpaper-example.com/council')).outlet;
    expect(stored).toMatchObject({ name: 'The Local Paper', custom: true, bias: 'lean-right', biasSource: 'user' });
    // Cookies are never sent: the fetch omits credentials (the server sees no cookie header either way).
    expect(server.requests.every((q) => q.headers.cookie === undefined)).toBe(true);

    const again = await addSource(db, { input: 'localpaper-example.com' }, fetchText);
    expect(again).toMatchObject({ ok: false, error: 'duplicate' });
  });

  it('accepts a feed address given by hand, and the feed URL typed as the site', async () => {
    const db = freshDb();
    const byHand = await addSource(
      db,
      { input: 'www.localpaper-example.com', feedUrl: 'http://www.localpaper-example.com/feed.xml', name: 'My paper' },
      fetchText,
    );
    expect(byHand).toMatchObject({ ok: true, outlet: { name: 'My paper', bias: 'unrated', biasSource: null } });
    const direct = await addSource(freshDb(), { input: 'http://www.localpaper-example.com/feed.xml' }, fetchText);
    expect(direct).toMatchObject({ ok: true, feedUrl: 'http://www.localpaper-example.com/feed.xml' });
  });

  it('adds the feed to an outlet the registry already knows, keeping its id and rating', async () => {
    const db = freshDb();
    await db.outlets.put(outlet('localpaper', { domains: ['localpaper-example.com'], feeds: [], bias: 'center' }));
    const r = await addSource(db, { input: 'http://www.localpaper-example.com/' }, fetchText);
    expect(r).toMatchObject({ ok: true, created: false, outlet: { id: 'localpaper', bias: 'center', custom: true } });
    expect((await db.outlets.get('localpaper'))!.feeds).toEqual(['http://www.localpaper-example.com/feed.xml']);
  });

  it.each([
    ['not a web address', { input: 'not a url at all' }, 'invalid-url'],
    ['an IP address', { input: 'http://127.0.0.1/' }, 'invalid-url'],
    ['a javascript: URL', { input: 'javascript:alert(1)' }, 'invalid-url'],
    ['a site that does not answer', { input: 'https://www.unreachable-example.com/' }, 'unreachable'],
    ['a page without a feed', { input: 'http://www.localpaper-example.com/nofeed/' }, 'not-a-feed'],
    ['a feed link that is not a feed', { input: 'http://www.localpaper-example.com/broken/' }, 'not-a-feed'],
    [
      'a 404 feed given by hand',
      { input: 'localpaper-example.com', feedUrl: 'http://www.localpaper-example.com/gone.xml' },
      'unreachable',
    ],
  ])('refuses %s with a typed error and a message', async (_, input, error) => {
    const db = freshDb();
    const r = await addSource(db, input, fetchText);
    expect(r).toMatchObject({ ok: false, error });
    expect(!r.ok && r.message.length).toBeGreaterThan(10);
    expect(await db.outlets.count()).toBe(0);
  });
});
