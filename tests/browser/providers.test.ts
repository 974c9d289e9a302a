import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, launchExtension, tabIdOf, type LaunchedExtension } from './extension';
import { startNewsWeb, type NewsWeb } from './news-web';
import { PopupPage } from './pages/popup';
import { buildNewsWeb, loadRegistry, type NewsWebFixture } from './fixtures/news-web-sites';

const gdeltTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/**
 * A GDELT DOC 2.0 reply (mode=artlist, format=json) for the Colin Powell story: two outlets the
 * local feeds do not carry — CBS News (rated) and a paper unknown to the registry — and an
 * unrelated result from the same day that the re-scoring filter must drop.
 */
function gdeltReply(now: number): string {
  const seen = gdeltTime(now - 3 * 3_600_000);
  return JSON.stringify({
    articles: [
      {
        url: 'https://www.cbsnews.com/news/colin-powell-dies-covid-complications-84/',
        title: 'Colin Powell, former secretary of state, dies of COVID-19 complications at 84',
        seendate: seen,
        domain: 'cbsnews.com',
        language: 'English',
        sourcecountry: 'United States',
      },
      {
        url: 'https://www.riverbend-courier.example/nation/colin-powell-dies',
        title: 'Colin Powell, first Black U.S. secretary of state, dies of COVID-19 complications',
        seendate: seen,
        domain: 'riverbend-courier.example',
        language: 'English',
        sourcecountry: 'United States',
      },
      {
        url: 'https://www.cbsnews.com/news/mega-millions-jackpot-drawing/',
        title: 'Mega Millions jackpot climbs again after no winning ticket is sold',
        seendate: seen,
        domain: 'cbsnews.com',
        language: 'English',
        sourcecountry: 'United States',
      },
    ],
  });
}

/** Sends a message as an extension page would (the options page, which may change settings). */
function sendFromPage(page: Page, message: unknown) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

describe('opting into a search provider widens the coverage', () => {
  let web: NewsWeb;
  let ext: LaunchedExtension;
  let fixture: NewsWebFixture;
  const now = Date.now();

  beforeAll(async () => {
    fixture = buildNewsWeb(loadRegistry(), now);
    web = await startNewsWeb({
      ...fixture.sites,
      'api.gdeltproject.org': { '/api/v2/doc/doc': { type: 'application/json', body: gdeltReply(now) } },
    });
    ext = await launchExtension(web);
  });
  afterAll(async () => {
    await ext?.close();
    await web?.close();
  });

  it('adds the provider’s same-story outlets (unknown ones as unrated), drops the unrelated one, and never sends the page address', async () => {
    const powell = fixture.articles.filter((a) => a.story_id === 'allsides-5608');
    const page = powell.find((a) => a.outlet.id === 'politico')!;
    const tab = await ext.context.newPage();
    await tab.goto(page.url);
    const tabId = await tabIdOf(ext, page.url);
    // Off by default: the local index alone, and nothing sent to GDELT.
    await expect.poll(() => badgeText(ext, tabId), { timeout: 40_000 }).toBe(String(powell.length));
    expect(web.requests.filter((r) => r.host === 'api.gdeltproject.org')).toEqual([]);

    const popup = await PopupPage.open(ext, tabId);
    const reply = await sendFromPage(popup.page, { type: 'UpdateSettings', patch: { providers: { gdelt: true } } });
    expect(reply).toMatchObject({ ok: true });
    expect(await sendFromPage(popup.page, { type: 'RetryLookup', tabId })).toMatchObject({ ok: true });

    await expect.poll(() => badgeText(ext, tabId), { timeout: 15_000 }).toBe(String(powell.length + 2));
    const widened = await PopupPage.open(ext, tabId);
    const outlets = await widened.articleOutlets();
    expect(outlets.some((o) => /CBS/i.test(o))).toBe(true);
    expect(outlets).toContain('riverbend-courier.example');
    expect(await widened.page.getByText('Mega Millions').count()).toBe(0);

    const sent = web.requests.filter((r) => r.host === 'api.gdeltproject.org');
    expect(sent).toHaveLength(1);
    const query = decodeURIComponent(sent[0]!.path);
    expect(query).not.toContain(new URL(page.url).pathname);
    expect(query).not.toContain('politico');
    expect(sent[0]!.headers.cookie).toBeUndefined();
    expect(sent[0]!.headers.referer).toBeUndefined();
  });
});
