import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from './extension';
import { startNewsWeb, type NewsWeb, type Site } from './news-web';
import { buildNewsWeb, loadRegistry, type NewsWebFixture } from './fixtures/news-web-sites';

/**
 * Faults in real Chromium: the extension's service worker is stopped (DevTools protocol,
 * ServiceWorker.stopAllWorkers) again and again while the first polling round is indexing the
 * news web. Feeds answer slowly so the round is still running when it is stopped. Afterwards
 * every fixture article is in the index exactly once, and polling resumes on its own alarm.
 */

const POLL_ALARM = 'poll-feeds';

/**
 * The ids in the background's `articles` store, read from an extension page (same origin, same
 * database): Playwright keeps handing out the stopped worker's stale handle after a CDP stop.
 */
function articleIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // Close on every path: an open connection would block the background's own upgrade.
          if (!db.objectStoreNames.contains('articles')) return (db.close(), resolve([]));
          const req = db.transaction('articles').objectStore('articles').getAllKeys();
          req.onsuccess = () => (db.close(), resolve(req.result.map(String)));
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Every feed answers after a delay (0.4–2 s), so a round takes several seconds. */
function slowFeeds(sites: Record<string, Site>): number {
  let n = 0;
  for (const site of Object.values(sites)) {
    for (const [path, resource] of Object.entries(site)) {
      if (typeof resource === 'function' || !resource.type?.includes('rss')) continue;
      site[path] = { ...resource, delay: 400 + (n++ % 5) * 400 };
    }
  }
  return n;
}

describe('faults: the service worker stopped mid-ingest', () => {
  let web: NewsWeb;
  let ext: LaunchedExtension;
  let fixture: NewsWebFixture;
  let cdp: CDPSession;
  let page: Page;

  beforeAll(async () => {
    fixture = buildNewsWeb(loadRegistry(), Date.now());
    expect(slowFeeds(fixture.sites)).toBeGreaterThan(4);
    web = await startNewsWeb(fixture.sites);
    ext = await launchExtension(web);
    page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=0`);
    cdp = await ext.context.newCDPSession(page);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) status.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
  });
  afterAll(async () => {
    await ext?.close();
    await web?.close();
  });

  /** The worker's running status as the DevTools protocol reports it ('running', 'stopped', ...). */
  const status: string[] = [];
  const reached = (wanted: string) => expect.poll(() => status.at(-1), { timeout: 20_000, interval: 50 }).toBe(wanted);

  /** Stops every service worker, then wakes the extension's as a reader would: a page sends it a message. */
  async function stopAndRestart(): Promise<void> {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await reached('stopped');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'GetSettings' }).catch(() => null));
    await reached('running');
  }

  it('loses and duplicates nothing, and keeps a poll alarm armed so polling resumes', async () => {
    const expected = fixture.articles.map((a) => `${a.outlet.id} ${a.url}`).sort();
    const fire = () => page.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), POLL_ALARM);
    const counts: number[] = [];
    for (let round = 0; round < 4; round++) {
      // Rounds after the first are resumed by the alarm, fired now instead of in a minute.
      if (round > 0) await fire();
      // Stop as soon as this round has stored something more (some feeds answered, others are still
      // waiting on the slow server), so the stop lands in the middle of indexing.
      const before = counts.at(-1) ?? 0;
      await expect
        .poll(async () => (await articleIds(page)).length, { timeout: 30_000, interval: 100 })
        .toBeGreaterThan(before);
      counts.push((await articleIds(page)).length);
      await stopAndRestart();
      // Whatever the worker was doing, a poll alarm stays armed: nothing is needed to resume.
      await expect.poll(() => page.evaluate((name) => chrome.alarms.get(name).then((a) => !!a), POLL_ALARM)).toBe(true);
    }
    console.log(`[faults] ${expected.length} fixture articles; indexed at each of 4 stops: ${counts.join(', ')}`);
    expect(
      counts.some((n) => n > 0 && n < expected.length),
      `the worker was stopped while a round was indexing (${counts})`,
    ).toBe(true);

    // The armed alarm fires (now instead of in a minute); the round that follows finishes the job.
    await fire();
    await expect
      .poll(async () => (await articleIds(page)).length, { timeout: 60_000, interval: 500 })
      .toBe(expected.length);
    const ids = (await articleIds(page)).sort();
    expect(ids).toEqual(expected); // each fixture article exactly once, by id
  });
});
