// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParallaxDB } from '../../../../utils/db/parallax-db';
import { gdeltProvider } from '../../../../utils/coverage/providers/gdelt';
import { googleNewsProvider } from '../../../../utils/coverage/providers/google-news';
import { localProvider } from '../../../../utils/coverage/providers/local';
import { searchCoverage, type SearchCoverageDeps } from '../../../../utils/coverage/providers/search-coverage';
import { startFixtureServer, type FixtureServer } from '../../../support/http-fixture-server';
import { fixture, highlandPark, qualifiedImmunity, registryLookup, storySetStats } from './provider-fixtures';

const json = (body: string) => ({ body, headers: { 'content-type': 'application/json; charset=utf-8' } });
const rss = (body: string) => ({ body, headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
const BOTH = { providers: { gdelt: true, googleNews: true } };
const NOW = Date.parse('2022-07-28T12:00:00Z');

let server: FixtureServer;
let db: ParallaxDB;
let clock: number;

function deps(extra: Partial<SearchCoverageDeps> = {}): SearchCoverageDeps {
  return {
    db,
    fetch: globalThis.fetch,
    now: () => clock,
    lookupOutlet: registryLookup,
    remote: {
      gdelt: gdeltProvider({ baseUrl: server.url('/api/v2/doc/doc') }),
      'google-news': googleNewsProvider({ baseUrl: server.url('/rss/search') }),
    },
    isOnline: () => true,
    timeoutMs: 2_000,
    // Real spacing is 5 s for GDELT; tests keep the logic and shorten the wait.
    pacing: {
      gdelt: { minIntervalMs: 300, maxWaitMs: 2_000, baseBackoffMs: 60_000, maxBackoffMs: 3_600_000 },
      'google-news': { minIntervalMs: 0, maxWaitMs: 2_000, baseBackoffMs: 60_000, maxBackoffMs: 3_600_000 },
    },
    ...extra,
  };
}

beforeEach(async () => {
  clock = NOW;
  db = new ParallaxDB(`providers-${Math.random()}`);
  server = await startFixtureServer({
    '/api/v2/doc/doc': json(fixture('gdelt-highland-park.json')),
    '/rss/search': rss(fixture('google-highland-park.xml')),
  });
});

afterEach(async () => {
  await server.close();
  db.close();
  await db.delete();
});

describe('searchCoverage', () => {
  it('keeps the same story from both services, once per article, and drops unrelated results and the page', async () => {
    const { candidates, statuses } = await searchCoverage(highlandPark, BOTH, deps());
    expect(statuses.map((s) => [s.provider, s.state])).toEqual([
      ['gdelt', 'ok'],
      ['google-news', 'ok'],
    ]);
    const byOutlet = candidates.map((c) => c.outletId).sort();
    // Fox (twice from GDELT, once from Google) and the Scanner (both services) each count once;
    // the CNN page itself, Mega Millions, the Fed and the ISS are gone.
    expect(byOutlet).toEqual(['domain:lakemchenryscanner.com', 'fox-news']);
    const fox = candidates.find((c) => c.outletId === 'fox-news')!;
    expect(fox.url).toBe(
      'https://www.foxnews.com/us/highland-park-fourth-july-shooting-suspect-robert-crimo-indicted-117-counts',
    );
    expect(fox.match.score).toBeGreaterThanOrEqual(0.25);
    expect(fox.match.sharedTerms).toEqual(expect.arrayContaining(['highland', '117']));
    const scanner = candidates.find((c) => c.outletId.startsWith('domain:'))!;
    expect(scanner.outlet).toMatchObject({ bias: 'unrated', name: 'lakemchenryscanner.com' });
  });

  it('drops "Supreme Court" keyword hits about another story', async () => {
    server.route('/api/v2/doc/doc', json(fixture('gdelt-qualified-immunity.json')));
    clock = Date.parse('2021-10-19T12:00:00Z');
    // The reader's index supplies document frequencies: "Supreme Court" is common, "qualified immunity" is not.
    const index = storySetStats('neus_allsides_roundups');
    const docStats = async (terms: string[]) => ({
      docs: index.docs,
      df: new Map(terms.map((t) => [t, index.df.get(t) ?? 0])),
    });
    const { candidates } = await searchCoverage(
      qualifiedImmunity,
      { providers: { gdelt: true, googleNews: false } },
      deps({ docStats }),
    );
    expect(candidates.map((c) => c.domain).sort()).toEqual(['cnn.com', 'foxnews.com']);
  });

  it('sends search terms only: no page address, cookies, credentials or referrer', async () => {
    await searchCoverage(highlandPark, BOTH, deps());
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      const sent = decodeURIComponent(request.path).toLowerCase();
      expect(sent).not.toContain('cnn.com');
      expect(sent).not.toContain('suspected-shooter');
      expect(sent).not.toContain(highlandPark.headline!.toLowerCase());
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.referer).toBeUndefined();
    }
  });

  it('answers from the cache within the TTL, and asks again after it', async () => {
    const first = await searchCoverage(highlandPark, BOTH, deps());
    clock += 5 * 3_600_000;
    const second = await searchCoverage(highlandPark, BOTH, deps());
    expect(server.requests).toHaveLength(2);
    expect(second.candidates.map((c) => c.url)).toEqual(first.candidates.map((c) => c.url));
    expect(second.statuses.every((s) => s.cached)).toBe(true);
    clock += 2 * 3_600_000;
    await searchCoverage(highlandPark, BOTH, deps());
    expect(server.requests).toHaveLength(4);
  });

  it('asks nobody while the reader has not turned the services on', async () => {
    const { candidates, statuses } = await searchCoverage(
      highlandPark,
      { providers: { gdelt: false, googleNews: false } },
      deps(),
    );
    expect(candidates).toEqual([]);
    expect(statuses.map((s) => s.state)).toEqual(['disabled', 'disabled']);
    expect(server.requests).toHaveLength(0);
  });

  it('backs off after a 429, honouring Retry-After, for every caller', async () => {
    server.route('/api/v2/doc/doc', { status: 429, headers: { 'retry-after': '120' }, body: 'Too Many Requests' });
    const first = await searchCoverage(highlandPark, BOTH, deps());
    expect(first.statuses[0]).toMatchObject({ provider: 'gdelt', state: 'rate-limited' });
    expect(first.statuses[0]!.message).toMatch(/2 min/);
    // Google's results still show.
    expect(first.candidates.length).toBeGreaterThan(0);
    const stored = await db.providerState.get('gdelt');
    expect(stored!.backoffUntil).toBe(NOW + 120_000);
    // Another tab, another page, within the two minutes: GDELT is not asked.
    clock += 60_000;
    const other = await searchCoverage(qualifiedImmunity, BOTH, deps());
    expect(other.statuses[0]!.state).toBe('rate-limited');
    expect(server.requests.filter((r) => r.path.startsWith('/api/'))).toHaveLength(1);
    server.route('/api/v2/doc/doc', json(fixture('gdelt-highland-park.json')));
    clock += 61_000;
    const after = await searchCoverage(highlandPark, BOTH, deps());
    expect(after.statuses[0]!.state).toBe('ok');
  });

  it('spaces requests to one service, even when pages ask at the same moment', async () => {
    const arrivals: number[] = [];
    server.route('/api/v2/doc/doc', () => (arrivals.push(performance.now()), json(fixture('gdelt-empty.json'))));
    const gdeltOnly = { providers: { gdelt: true, googleNews: false } };
    await Promise.all([
      searchCoverage(highlandPark, gdeltOnly, deps({ now: () => Date.now() })),
      searchCoverage(qualifiedImmunity, gdeltOnly, deps({ now: () => Date.now() })),
    ]);
    expect(arrivals).toHaveLength(2);
    expect(Math.abs(arrivals[1]! - arrivals[0]!)).toBeGreaterThanOrEqual(250);
  });

  it.each([
    ['GDELT error page (no results)', 'gdelt', fixture('gdelt-error.html'), 'text/html', 'ok'],
    ['GDELT cut-off JSON', 'gdelt', fixture('gdelt-malformed.json'), 'application/json', 'error'],
    ['Google cut-off XML', 'google', fixture('google-malformed.xml'), 'application/rss+xml', 'error'],
    ['Google unusual-traffic page', 'google', fixture('google-sorry.html'), 'text/html', 'error'],
  ])('%s becomes a status and the local results still show', async (_, which, body, type, state) => {
    server.route(which === 'gdelt' ? '/api/v2/doc/doc' : '/rss/search', { body, headers: { 'content-type': type } });
    const local = localProvider(async () => ({
      story: { id: 's1', title: 'x', articleCount: 1, firstPublishedAt: NOW, lastPublishedAt: NOW },
      outlets: [],
      articles: [
        {
          id: 'reuters https://www.reuters.com/world/us/highland-park-indictment-2022-07-27/',
          url: 'https://www.reuters.com/world/us/highland-park-indictment-2022-07-27/',
          title: 'Highland Park parade shooting suspect indicted on 117 counts',
          description: null,
          outletId: 'reuters',
          domain: 'reuters.com',
          publishedAt: NOW,
          storyId: 's1',
          match: { score: 0.6, sharedTerms: ['highland park'], method: 'centroid', provider: 'local' },
        },
      ],
    }));
    const { candidates, statuses } = await searchCoverage(highlandPark, BOTH, deps({ local }));
    const status = statuses.find((s) => s.provider === (which === 'gdelt' ? 'gdelt' : 'google-news'))!;
    expect(status.state).toBe(state);
    if (state === 'error') expect(status.message).toMatch(/GDELT|Google News/);
    expect(statuses[0]).toMatchObject({ provider: 'local', state: 'ok' });
    expect(candidates.map((c) => c.outletId)).toContain('reuters');
  });

  it('gives up on a service that does not answer in time', async () => {
    server.route('/rss/search', { hang: 'before-headers' });
    const started = Date.now();
    const { statuses } = await searchCoverage(highlandPark, BOTH, deps({ timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(statuses[1]).toMatchObject({ provider: 'google-news', state: 'error' });
    expect(statuses[1]!.message).toMatch(/did not answer/);
    expect(statuses[0]!.state).toBe('ok');
  });

  it('says "offline" when the browser is offline or nothing answers, without caching that', async () => {
    const offline = await searchCoverage(highlandPark, BOTH, deps({ isOnline: () => false }));
    expect(offline.statuses.map((s) => s.state)).toEqual(['offline', 'offline']);
    expect(server.requests).toHaveLength(0);
    const unreachable = await searchCoverage(highlandPark, BOTH, {
      ...deps(),
      remote: {
        gdelt: gdeltProvider({ baseUrl: 'http://127.0.0.1:9/doc' }),
        'google-news': googleNewsProvider({ baseUrl: 'http://127.0.0.1:9/rss' }),
      },
    });
    expect(unreachable.statuses.map((s) => s.state)).toEqual(['offline', 'offline']);
    expect(await db.providerCache.count()).toBe(0);
  });
});
