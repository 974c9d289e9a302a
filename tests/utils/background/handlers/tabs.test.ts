// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article, Detection } from '../../../../utils/article/article';
import type { BackgroundContext } from '../../../../utils/background/context';
import { tabHandlers } from '../../../../utils/background/handlers/tabs';
import { ParallaxDB } from '../../../../utils/db/parallax-db';

const article = (url: string): Article => ({
  url,
  canonicalUrl: url,
  headline: 'Storm hits the coast',
  description: null,
  outletName: 'Daily',
  authors: [],
  publishedAt: '2024-01-01T00:00:00Z',
  modifiedAt: null,
  section: null,
  lang: 'en',
  keywords: [],
  image: null,
  isOpinion: false,
  isPaywalled: false,
});
const detection: Detection = { isArticle: true, kind: 'news', confidence: 0.9, reasons: ['og:type is article'] };
let n = 0;

describe('tab handlers', () => {
  let ctx: BackgroundContext;
  let tabUrls: Map<number, string>;
  let seen: [number, string][];
  let asked: number[];

  beforeEach(() => {
    tabUrls = new Map([[3, 'https://daily.example/story?utm_source=x']]);
    seen = [];
    asked = [];
    ctx = {
      db: new ParallaxDB(`tabs-test-${n++}`),
      now: () => 0,
      onArticle: (tabId, a) => void seen.push([tabId, a.canonicalUrl]),
      edge: {
        getTabUrl: async (id) => tabUrls.get(id) ?? null,
        setBadge: async () => {},
        redetect: async (id) => {
          asked.push(id);
          return { article: article('https://daily.example/again'), detection };
        },
      },
    };
  });

  it('remembers the last ArticleSeen per tab, hands it to onArticle and shows it in GetTabView', async () => {
    const h = tabHandlers(ctx);
    const sender = {
      url: 'https://daily.example/story?utm_source=x',
      tab: { id: 3, url: 'https://daily.example/story?utm_source=x' },
    };
    expect(
      await h.ArticleSeen({ type: 'ArticleSeen', article: article('https://daily.example/story'), detection }, sender),
    ).toEqual({ accepted: true });
    expect(seen).toEqual([[3, 'https://daily.example/story']]);
    const view = await h.GetTabView({ type: 'GetTabView', tabId: 3 }, { url: 'chrome-extension://x/popup.html' });
    expect(view.article?.headline).toBe('Storm hits the coast');
    expect(view.detection?.kind).toBe('news');
    expect(asked).toEqual([]);
  });

  it('does not show a stale article once the tab is on another page, and asks the tab again', async () => {
    const h = tabHandlers(ctx);
    await h.ArticleSeen(
      { type: 'ArticleSeen', article: article('https://daily.example/story'), detection },
      { url: 'https://daily.example/story', tab: { id: 3, url: 'https://daily.example/story' } },
    );
    tabUrls.set(3, 'https://daily.example/again');
    const view = await h.GetTabView({ type: 'GetTabView', tabId: 3 }, {});
    expect(asked).toEqual([3]);
    expect(view.article?.url).toBe('https://daily.example/again');
  });

  it('after a worker restart (a fresh handler), recovers the article by asking the tab, and tolerates garbage replies', async () => {
    const view = await tabHandlers(ctx).GetTabView({ type: 'GetTabView', tabId: 3 }, {});
    expect(view.article?.canonicalUrl).toBe('https://daily.example/again');
    ctx.edge.redetect = async () => ({ article: { url: 'javascript:alert(1)' }, detection });
    expect((await tabHandlers(ctx).GetTabView({ type: 'GetTabView', tabId: 3 }, {})).article).toBeNull();
  });

  it('refuses an ArticleSeen without a tab or for a page that is not an article', async () => {
    const h = tabHandlers(ctx);
    const a = article('https://daily.example/story');
    expect(
      await h.ArticleSeen({ type: 'ArticleSeen', article: a, detection }, { url: 'https://daily.example/story' }),
    ).toEqual({ accepted: false });
    expect(
      await h.ArticleSeen(
        { type: 'ArticleSeen', article: a, detection: { ...detection, isArticle: false, kind: 'other' } },
        { tab: { id: 3 } },
      ),
    ).toEqual({ accepted: false });
    expect(seen).toEqual([]);
  });
});
