import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { badgeText, launchExtension, tabIdOf, type LaunchedExtension } from './extension';
import { startNewsWeb, type NewsWeb, type Site } from './news-web';
import { PopupPage, seedIndex } from './pages/popup';
import { ROUNDUPS, articleOf, outletOf, type RoundupRow } from '../fixtures/coverage/build';
import { loadRegistry } from './fixtures/news-web-sites';

/** A real AllSides roundup (CNBC, CNN, Fox News on qualified immunity) seeded as one indexed story. */
const story = ROUNDUPS.filter((r) => r.story_id === 'allsides-5607');
const [cnbc, cnn, fox] = story as [(typeof story)[0], (typeof story)[0], (typeof story)[0]];
const SHOTS = 'test-output/screenshots';
const html = (title: string) => ({
  body: `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1><p>${'Text. '.repeat(200)}</p></html>`,
});

/** Registry ids where the bundled registry knows the outlet, so seeded articles point at real rows. */
const registry = loadRegistry();
const idFor = (r: RoundupRow) => registry.find((o) => o.domains.includes(r.domain))?.id ?? outletOf(r).id;
const seededArticle = (r: RoundupRow, when: number) => {
  const a = articleOf(r, 'allsides-5607', when);
  return { ...a, outletId: idFor(r), id: `${idFor(r)} ${r.url}` };
};

function sites(): Record<string, Site> {
  const out: Record<string, Site> = { 'unknown-blog.example': { '/post': html('A post') } };
  for (const r of story) {
    const u = new URL(r.url);
    out[u.hostname] = { ...out[u.hostname], [u.pathname]: html(r.title) };
  }
  return out;
}

describe('the coverage popup', () => {
  let web: NewsWeb;
  let ext: LaunchedExtension;
  const now = Date.now();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    web = await startNewsWeb(sites());
    ext = await launchExtension(web);
    const articles = story.map((r, i) => seededArticle(r, now - (5 - 2 * i) * 3_600_000));
    // A feed item whose link is javascript: (a hostile or broken feed) in the same story.
    const hostile = {
      ...seededArticle(fox, now - 3_600_000),
      id: 'foxnews javascript',
      url: 'javascript:alert(1)',
    };
    hostile.title = 'Hostile feed item with a script link';
    await seedIndex(ext, {
      outlets: story.filter((r) => !registry.some((o) => o.domains.includes(r.domain))).map((r) => outletOf(r)),
      articles: [...articles, hostile],
      stories: [
        {
          id: 'allsides-5607',
          title: cnbc.title,
          articleCount: 4,
          firstPublishedAt: now - 5 * 3_600_000,
          lastPublishedAt: now - 3_600_000,
          centroid: {},
          days: [],
          keys: [],
        },
      ],
    });
  });
  afterAll(async () => {
    await ext?.close();
    await web?.close();
  });

  it('shows the count, the spread, the grouping and only safe links for a cached story', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(cnbc.url);
    const tabId = await tabIdOf(ext, cnbc.url);
    const popup = await PopupPage.open(ext, tabId, { width: 380 });
    expect(await popup.state()).toBe('coverage');
    expect(await popup.coveredBy()).toBe('Covered by 3 outlets');
    expect(await popup.spread()).toEqual({ left: [1, 34], center: [1, 33], right: [1, 33], unrated: [0, 0] });
    expect(await popup.groups()).toEqual({ left: ['CNN'], right: ['Fox News', 'Fox News'] });
    const links = await popup.links();
    expect(links.map((l) => l.href).sort()).toEqual([cnn.url, fox.url].sort());
    expect(links.every((l) => l.target === '_blank' && l.rel === 'noopener noreferrer')).toBe(true);
    expect(await popup.anchorsWithScheme('javascript:')).toBe(0);
    await expect(popup.page.getByText('Hostile feed item with a script link')).toBeTruthy();
    // Same N on the toolbar badge as in "Covered by N outlets".
    await expect.poll(() => badgeText(ext, tabId)).toBe('3');
    await popup.screenshot(`${SHOTS}/popup-coverage.png`);
    const serious = (await popup.axe()).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
  });

  it('removes a "not the same story" article and remembers it after the popup closes', async () => {
    const tabId = await tabIdOf(ext, cnbc.url);
    const popup = await PopupPage.open(ext, tabId);
    await popup.notSameStory('CNN');
    await expect.poll(() => popup.articleOutlets()).toEqual(['Fox News', 'Fox News']);
    await expect.poll(() => popup.coveredBy()).toBe('Covered by 2 outlets');
    await popup.page.close();
    const again = await PopupPage.open(ext, tabId);
    expect(await again.coveredBy()).toBe('Covered by 2 outlets');
    expect(await again.articleOutlets()).not.toContain('CNN');
    await expect.poll(() => badgeText(ext, tabId)).toBe('2');
  });

  it('says when a page has no story yet and when a tab is not a web page, with no axe violations', async () => {
    const tab = await ext.context.newPage();
    await tab.goto('http://unknown-blog.example/post');
    const tabId = await tabIdOf(ext, 'http://unknown-blog.example/');
    // The first poll of the bundled feeds may still be running (the popup then rightly says
    // "indexing"); this case is about a page with nothing to show once indexing is done.
    const probe = await PopupPage.open(ext, tabId);
    await expect
      .poll(
        () =>
          probe.page.evaluate(
            (id) =>
              chrome.runtime
                .sendMessage({ type: 'GetCoverage', tabId: id })
                .then((reply: { data?: { indexing: unknown } }) => reply.data?.indexing ?? null),
            tabId,
          ),
        { timeout: 60_000, interval: 500 },
      )
      .toBeNull();
    await probe.page.close();
    const popup = await PopupPage.open(ext, tabId, { width: 380 });
    expect(await popup.state()).toBe('reading');
    await expect(popup.page.getByTestId('add-source').isVisible()).resolves.toBe(true);
    await popup.screenshot(`${SHOTS}/popup-reading.png`);
    expect((await popup.axe()).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    const blank = await ext.context.newPage();
    await blank.goto('about:blank');
    const blankId = await ext.worker.evaluate(
      async () => (await chrome.tabs.query({})).find((t) => t.url === 'about:blank')?.id ?? -1,
    );
    const notArticle = await PopupPage.open(ext, blankId);
    expect(await notArticle.state()).toBe('not-article');
    await notArticle.screenshot(`${SHOTS}/popup-not-article.png`);
  });
});
