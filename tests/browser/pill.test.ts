import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { launchExtension, tabIdOf, type LaunchedExtension } from './extension';
import { startNewsWeb, type NewsWeb, type Site } from './news-web';
import { PopupPage, seedIndex } from './pages/popup';
import { ROUNDUPS, articleOf, outletOf } from '../fixtures/coverage/build';

const story = ROUNDUPS.filter((r) => r.story_id === 'allsides-5607');
const [cnbc, , fox] = story as [(typeof story)[0], (typeof story)[0], (typeof story)[0]];
const html = (title: string) => ({
  body: `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1><p>${'Text. '.repeat(300)}</p></html>`,
});

describe('the in-page pill', () => {
  let web: NewsWeb;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    mkdirSync('test-output/screenshots', { recursive: true });
    const sites: Record<string, Site> = {};
    for (const r of story) {
      const u = new URL(r.url);
      sites[u.hostname] = { ...sites[u.hostname], [u.pathname]: html(r.title) };
    }
    web = await startNewsWeb(sites);
    ext = await launchExtension(web);
    const now = Date.now();
    const registry = JSON.parse(readFileSync('public/data/outlets.json', 'utf8')) as {
      outlets: { id: string; domains: string[] }[];
    };
    const idFor = (domain: string) => registry.outlets.find((o) => o.domains.includes(domain))?.id;
    await seedIndex(ext, {
      outlets: story.filter((r) => !idFor(r.domain)).map((r) => outletOf(r)),
      articles: story.map((r, i) => {
        const a = articleOf(r, 'allsides-5607', now - (3 - i) * 3_600_000);
        const outletId = idFor(r.domain) ?? a.outletId;
        return { ...a, outletId, id: `${outletId} ${r.url}` };
      }),
      stories: [
        {
          id: 'allsides-5607',
          title: cnbc.title,
          articleCount: 3,
          firstPublishedAt: now - 3 * 3_600_000,
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

  const registered = () =>
    ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));

  it('is off by default, appears when switched on, never shifts the layout, and can be dismissed per site', async () => {
    expect(await registered()).toEqual([]);
    const tab = await ext.context.newPage();
    await tab.goto(cnbc.url);
    const before = await tab.locator('h1').boundingBox();
    expect(await tab.locator('parallax-pill').count()).toBe(0);

    const popup = await PopupPage.open(ext, await tabIdOf(ext, cnbc.url));
    await popup.setPill(true);
    await expect.poll(registered).toEqual(['parallax-pill']);
    // Shown at once in the current tab (no reload), with the same count as the popup.
    await expect.poll(() => tab.getByTestId('pill-count').textContent(), { timeout: 10_000 }).toBe('3');
    expect(await tab.locator('parallax-pill').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(await tab.locator('h1').boundingBox()).toEqual(before);
    await tab.getByTestId('pill-open').click();
    await expect.poll(() => tab.getByTestId('pill').textContent()).toContain('Covered by 3 outlets');
    await tab.screenshot({ path: 'test-output/screenshots/pill-open.png' });

    // Another article loads it through the registration, then the reader hides it on that site.
    const other = await ext.context.newPage();
    await other.goto(fox.url);
    await expect.poll(() => other.getByTestId('pill-count').textContent(), { timeout: 10_000 }).toBe('3');
    await other.getByTestId('pill-open').click();
    await other.getByTestId('pill-dismiss').click();
    expect(await other.locator('parallax-pill').count()).toBe(0);
    await other.reload();
    await other.waitForTimeout(2500);
    expect(await other.locator('parallax-pill').count()).toBe(0);
    // Still shown on the other site.
    await tab.reload();
    await expect.poll(() => tab.getByTestId('pill-count').textContent(), { timeout: 10_000 }).toBe('3');
  });

  it('is gone once switched off again', async () => {
    const popup = await PopupPage.open(ext, await tabIdOf(ext, cnbc.url));
    await popup.setPill(false);
    await expect.poll(registered).toEqual([]);
    const tab = await ext.context.newPage();
    await tab.goto(cnbc.url);
    await tab.waitForTimeout(2500);
    expect(await tab.locator('parallax-pill').count()).toBe(0);
  });
});
