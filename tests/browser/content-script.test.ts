import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, tabIdOf, type LaunchedExtension } from './extension';
import { startNewsWeb, type NewsWeb } from './news-web';

const HOST = 'www.dailyglobe-news.com';

function articleHtml(headline: string, path: string, extraHead = '') {
  return `<!doctype html><html lang="en"><head><title>${headline} | Daily Globe</title>
    <meta property="og:type" content="article"><meta property="og:site_name" content="Daily Globe">
    <meta property="og:title" content="${headline}"><link rel="canonical" href="https://${HOST}${path}">
    <meta property="article:published_time" content="2024-05-01T09:00:00Z">${extraHead}</head>
    <body><article><h1>${headline}</h1><p>First paragraph.</p><p>Second.</p></article></body></html>`;
}

/** What the service worker received: every ArticleSeen, recorded by a second listener added for the test. */
async function recordArticleSeen(ext: LaunchedExtension) {
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as { seen: { url: string; canonical: string; tab?: number }[] };
    g.seen = [];
    chrome.runtime.onMessage.addListener(
      (m: { type?: string; article?: { url: string; canonicalUrl: string } }, sender) => {
        if (m?.type === 'ArticleSeen')
          g.seen.push({ url: m.article!.url, canonical: m.article!.canonicalUrl, tab: sender.tab?.id });
      },
    );
  });
}
const seen = (ext: LaunchedExtension) =>
  ext.worker.evaluate(() => (globalThis as unknown as { seen: { url: string; canonical: string }[] }).seen);

describe('the content script reports articles to the background', () => {
  let web: NewsWeb;
  let ext: LaunchedExtension;
  const throwing = `<script>
    Document.prototype.querySelectorAll = () => { throw new Error('page broke querySelectorAll'); };
    JSON.parse = () => { throw new Error('page broke JSON.parse'); };
    throw new Error('the page itself throws');</script>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Markets slide as rates rise","datePublished":"2024-05-03"}</script>`;

  beforeAll(async () => {
    web = await startNewsWeb({
      [HOST]: {
        '/2024/05/01/storm-hits-the-coast': {
          body: articleHtml('Storm hits the coast', '/2024/05/01/storm-hits-the-coast'),
        },
        '/': {
          body: `<!doctype html><html><head><title>Daily Globe</title><meta property="og:type" content="website"></head><body><h1>Daily Globe</h1><a href="/x">x</a></body></html>`,
        },
        '/2024/05/03/markets-slide-as-rates-rise': {
          body: articleHtml('Markets slide as rates rise', '/2024/05/03/markets-slide-as-rates-rise', throwing),
        },
      },
    });
    ext = await launchExtension(web);
    await recordArticleSeen(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await web?.close();
  });

  it('sends one ArticleSeen for an article, again after pushState to a new article, never twice for a URL', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(`http://${HOST}/2024/05/01/storm-hits-the-coast?utm_source=newsletter`);
    await expect.poll(() => seen(ext), { timeout: 10_000 }).toHaveLength(1);
    expect((await seen(ext))[0]!.canonical).toBe(`https://${HOST}/2024/05/01/storm-hits-the-coast`);

    // A single-page news site moves to the next story: URL first, then the head and the article.
    const go = (path: string, headline: string) =>
      tab.evaluate(
        ([p, h, host]) => {
          history.pushState({}, '', p);
          document.title = `${h} | Daily Globe`;
          document.querySelector('link[rel=canonical]')!.setAttribute('href', `https://${host}${p}`);
          document.querySelector('meta[property="og:title"]')!.setAttribute('content', h);
          document.querySelector('h1')!.textContent = h;
        },
        [path, headline, HOST] as const,
      );
    await go('/2024/05/02/floods-follow-the-storm', 'Floods follow the storm');
    await expect.poll(() => seen(ext), { timeout: 10_000 }).toHaveLength(2);
    expect((await seen(ext))[1]!.canonical).toBe(`https://${HOST}/2024/05/02/floods-follow-the-storm`);

    await go('/2024/05/01/storm-hits-the-coast', 'Storm hits the coast');
    await go('/2024/05/02/floods-follow-the-storm', 'Floods follow the storm');
    await tab.waitForTimeout(2500); // both re-checks (300 ms and 1.5 s) have run
    expect(await seen(ext)).toHaveLength(2);

    // The popup's view of the tab carries the article the content script reported last.
    const tabId = await tabIdOf(ext, `http://${HOST}/2024/05/02/`);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    const view = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'GetTabView', tabId: id }), tabId);
    expect(view).toMatchObject({
      ok: true,
      data: { article: { headline: 'Floods follow the storm' }, detection: { isArticle: true, kind: 'news' } },
    });
    // What a restarted worker gets when it asks the tab again (edge.redetect).
    const again = await popup.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ParallaxRedetect' }), tabId);
    expect(again).toMatchObject({
      article: { canonicalUrl: `https://${HOST}/2024/05/02/floods-follow-the-storm` },
      detection: { isArticle: true },
    });
    await popup.close();
    await tab.close();
  });

  it('sends nothing for a home page', async () => {
    const before = (await seen(ext)).length;
    const tab = await ext.context.newPage();
    await tab.goto(`http://${HOST}/`);
    await tab.waitForTimeout(2000);
    expect(await seen(ext)).toHaveLength(before);
    await tab.close();
  });

  it('still detects a page whose own scripts throw and break built-ins', async () => {
    const before = (await seen(ext)).length;
    const tab = await ext.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`http://${HOST}/2024/05/03/markets-slide-as-rates-rise`);
    await expect.poll(async () => (await seen(ext)).length, { timeout: 10_000 }).toBe(before + 1);
    expect((await seen(ext)).at(-1)!.canonical).toContain('markets-slide-as-rates-rise');
    expect(errors).toEqual(['the page itself throws']); // the page's own error, and none of ours
    await tab.close();
  });
});
