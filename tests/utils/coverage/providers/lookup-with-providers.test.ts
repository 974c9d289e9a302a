// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../utils/article/article';
import { gdeltProvider } from '../../../../utils/coverage/providers/gdelt';
import { googleNewsProvider } from '../../../../utils/coverage/providers/google-news';
import { lookupWithProviders } from '../../../../utils/coverage/providers/lookup-with-providers';
import { ParallaxDB } from '../../../../utils/db/parallax-db';
import { findOutletForUrl, seedOutlets } from '../../../../utils/outlets/outlet-store';
import type { Outlet } from '../../../../utils/outlets/outlet';
import { ingestArticles } from '../../../../utils/story/ingest';
import { lookupCoverage } from '../../../../utils/story/lookup';
import { startFixtureServer, type FixtureServer } from '../../../support/http-fixture-server';
import { fixture, highlandPark } from './provider-fixtures';

const NOW = Date.parse('2022-07-28T12:00:00Z');
let db: ParallaxDB;
let server: FixtureServer;

/** The real story index, with the page's outlet looked up as the background does. */
async function local(database: ParallaxDB, page: Article, now: number) {
  const answer = await findOutletForUrl(database, page.url);
  return lookupCoverage(
    database,
    {
      url: page.url,
      canonicalUrl: page.canonicalUrl,
      title: page.headline ?? '',
      description: page.description,
      outletId: answer.outlet?.id ?? `domain:${answer.domain}`,
      domain: answer.domain ?? '',
      publishedAt: page.publishedAt ? Date.parse(page.publishedAt) : null,
    },
    now,
  );
}

beforeEach(async () => {
  db = new ParallaxDB(`wider-${Math.random()}`);
  const registry = JSON.parse(fixture('../../../public/data/outlets.json')) as { outlets: Outlet[] };
  await seedOutlets(db, 'test', async () => registry.outlets.filter((o) => ['cnn', 'fox-news'].includes(o.id)));
  // The reader's feeds brought in Fox's story.
  await ingestArticles(
    db,
    [
      {
        url: 'https://www.foxnews.com/us/highland-park-fourth-july-shooting-suspect-robert-crimo-indicted-117-counts',
        title: 'Highland Park Fourth of July shooting suspect Robert Crimo indicted on 117 counts',
        description: null,
        outletId: 'fox-news',
        domain: 'foxnews.com',
        publishedAt: Date.parse('2022-07-28T01:40:00Z'),
        provider: 'local',
      },
    ],
    NOW,
  );
  server = await startFixtureServer({
    '/gdelt': { body: fixture('gdelt-highland-park.json'), headers: { 'content-type': 'application/json' } },
    '/google': { body: fixture('google-highland-park.xml'), headers: { 'content-type': 'application/rss+xml' } },
  });
});

afterEach(async () => {
  await server.close();
  db.close();
  await db.delete();
});

const wiring = (gdelt: boolean, googleNews: boolean) => ({
  fetch: globalThis.fetch,
  settings: { providers: { gdelt, googleNews } },
  remote: {
    gdelt: gdeltProvider({ baseUrl: server.url('/gdelt') }),
    'google-news': googleNewsProvider({ baseUrl: server.url('/google') }),
  },
  isOnline: () => true,
});

describe('lookupWithProviders', () => {
  it('shows only the local story while the services are off, and asks nobody', async () => {
    const { coverage, providers } = await lookupWithProviders(db, highlandPark, NOW, local, wiring(false, false));
    expect(new Set(coverage!.articles.map((a) => a.outletId))).toEqual(new Set(['cnn', 'fox-news']));
    expect(providers.map((p) => p.state)).toEqual(['ok', 'disabled', 'disabled']);
    expect(server.requests).toHaveLength(0);
  });

  it('widens the local story with what the services found, without repeating Fox', async () => {
    const { coverage, providers } = await lookupWithProviders(db, highlandPark, NOW, local, wiring(true, true));
    const outlets = coverage!.articles.map((a) => a.outletId).sort();
    expect(outlets).toEqual(['cnn', 'domain:lakemchenryscanner.com', 'fox-news']);
    expect(coverage!.outlets.find((o) => o.id === 'domain:lakemchenryscanner.com')).toMatchObject({ bias: 'unrated' });
    expect(coverage!.story.articleCount).toBe(3);
    expect(providers.map((p) => `${p.provider}:${p.state}`)).toEqual(['local:ok', 'gdelt:ok', 'google-news:ok']);
  });
});
