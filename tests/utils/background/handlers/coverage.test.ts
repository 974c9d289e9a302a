// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../utils/article/article';
import type { Badge } from '../../../../utils/badge';
import type { BackgroundContext } from '../../../../utils/background/context';
import {
  coverageHandlers,
  markNotArticle,
  refreshTabCoverage,
  setIndexingProgress,
} from '../../../../utils/background/handlers/coverage';
import { ParallaxDB } from '../../../../utils/db/parallax-db';
import { ROUNDUPS, coverageOf } from '../../../fixtures/coverage/build';

const NOW = Date.parse('2021-10-19T12:00:00Z');
const story = ROUNDUPS.filter((r) => r.story_id === 'allsides-5607');
const pageUrl = story[0]!.url; // CNBC's article is the page being read
let n = 0;

function article(url: string): Article {
  return {
    url,
    canonicalUrl: url,
    headline: story[0]!.title,
    description: null,
    outletName: 'CNBC',
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    section: null,
    lang: 'en',
    keywords: ['qualified', 'immunity'],
    image: null,
    isOpinion: false,
    isPaywalled: false,
  };
}

describe('coverage handlers', () => {
  let db: ParallaxDB;
  let ctx: BackgroundContext;
  let badges: Map<number, Badge | null>;
  let tabUrls: Map<number, string>;

  beforeEach(async () => {
    db = new ParallaxDB(`coverage-test-${n++}`);
    badges = new Map();
    tabUrls = new Map([[7, pageUrl]]);
    ctx = {
      db,
      now: () => NOW,
      edge: {
        getTabUrl: async (id) => tabUrls.get(id) ?? null,
        setBadge: async (id, badge) => void badges.set(id, badge),
      },
    };
    const cov = coverageOf(story, 'story-1', NOW - 3 * 3_600_000);
    await db.outlets.bulkPut(cov.outlets);
    await db.table('articles').bulkPut(cov.articles);
    await db.table('stories').put(cov.story);
  });

  it('finds the story the index placed the page in, counts outlets and sets the badge', async () => {
    const entry = await refreshTabCoverage(ctx, 7, article(pageUrl));
    expect(entry.state).toBe('coverage');
    expect(entry.view?.summary.outletCount).toBe(3);
    // The page itself is not listed among the "other" articles.
    expect(entry.view?.articles.map((a) => a.domain).sort()).toEqual(['cnn.com', 'foxnews.com']);
    expect(badges.get(7)?.text).toBe('3');
    const reply = await coverageHandlers(ctx).GetCoverage({ type: 'GetCoverage', tabId: 7 }, {});
    expect(reply.state).toBe('coverage');
    expect(reply.coverage?.summary.outletCount).toBe(3);
  });

  it('rebuilds coverage from the index when the worker has no cached entry', async () => {
    const reply = await coverageHandlers(ctx).GetCoverage({ type: 'GetCoverage', tabId: 7 }, {});
    expect(reply.state).toBe('coverage');
    expect(reply.coverage?.summary.outletCount).toBe(3);
  });

  it('says reading, indexing, no-coverage or not-article when there is nothing to show', async () => {
    tabUrls.set(8, 'https://blog.example/post');
    const handlers = coverageHandlers(ctx);
    expect((await handlers.GetCoverage({ type: 'GetCoverage', tabId: 8 }, {})).state).toBe('reading');
    setIndexingProgress(ctx, { done: 37, total: 120 });
    const indexing = await handlers.GetCoverage({ type: 'GetCoverage', tabId: 8 }, {});
    expect(indexing).toMatchObject({ state: 'indexing', indexing: { done: 37, total: 120 } });
    setIndexingProgress(ctx, null);
    const none = await refreshTabCoverage(ctx, 8, article('https://blog.example/post'));
    expect(none.state).toBe('no-coverage');
    expect(none.searched?.terms).toEqual(['qualified', 'immunity']);
    markNotArticle(ctx, 8, 'https://blog.example/post');
    expect((await handlers.GetCoverage({ type: 'GetCoverage', tabId: 8 }, {})).state).toBe('not-article');
    tabUrls.set(9, 'chrome://newtab/');
    expect((await handlers.GetCoverage({ type: 'GetCoverage', tabId: 9 }, {})).state).toBe('not-article');
  });

  it('remembers "not the same story" in the database and drops the article everywhere', async () => {
    await refreshTabCoverage(ctx, 7, article(pageUrl));
    const fox = (
      await coverageHandlers(ctx).GetCoverage({ type: 'GetCoverage', tabId: 7 }, {})
    ).coverage!.articles.find((a) => a.domain === 'foxnews.com')!;
    await coverageHandlers(ctx).NotSameStory({ type: 'NotSameStory', storyId: 'story-1', articleId: fox.id }, {});
    expect(await db.feedback.count()).toBe(1);
    expect(badges.get(7)?.text).toBe('2');
    // A fresh worker (new cache, same database) still leaves it out.
    const fresh = { ...ctx, db: new ParallaxDB(db.name) };
    const reply = await coverageHandlers(fresh).GetCoverage({ type: 'GetCoverage', tabId: 7 }, {});
    expect(reply.coverage?.articles.map((a) => a.domain)).toEqual(['cnn.com']);
    expect(reply.coverage?.summary.outletCount).toBe(2);
  });

  it('switches the pill, shows it only where not dismissed, and lets a page dismiss only its own site', async () => {
    const handlers = coverageHandlers(ctx);
    const sender = { tab: { id: 7, url: pageUrl }, url: pageUrl };
    expect((await handlers.GetPillView({ type: 'GetPillView' }, sender)).show).toBe(false);
    await handlers.SetPill({ type: 'SetPill', enabled: true }, {});
    const shown = await handlers.GetPillView({ type: 'GetPillView' }, sender);
    expect(shown).toMatchObject({ show: true, site: 'cnbc.com' });
    expect(shown.coverage?.summary.outletCount).toBe(3);
    await expect(handlers.DismissPill({ type: 'DismissPill', site: 'cnn.com' }, sender)).rejects.toThrow(/own site/);
    await handlers.DismissPill({ type: 'DismissPill', site: 'cnbc.com' }, sender);
    expect((await handlers.GetPillView({ type: 'GetPillView' }, sender)).show).toBe(false);
  });
});
