import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchExtension, tabIdOf, type LaunchedExtension } from './extension';
import { startNewsWeb, type NewsWeb } from './news-web';
import { PopupPage } from './pages/popup';
import { buildNewsWeb, loadRegistry, type NewsWebFixture } from './fixtures/news-web-sites';

/** Rows in one of the background's IndexedDB stores, read in the service worker. */
function countRows(ext: LaunchedExtension, store: string): Promise<number> {
  return ext.worker.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // Close on every path: an open connection would block the background's own upgrade.
          if (!db.objectStoreNames.contains(name)) return (db.close(), resolve(0));
          const req = db.transaction(name).objectStore(name).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

describe('the local story index, end to end', () => {
  let web: NewsWeb;
  let ext: LaunchedExtension;
  let fixture: NewsWebFixture;

  beforeAll(async () => {
    fixture = buildNewsWeb(loadRegistry(), Date.now());
    web = await startNewsWeb(fixture.sites);
    ext = await launchExtension(web);
  });
  afterAll(async () => {
    await ext?.close();
    await web?.close();
  });

  it('polls the enabled outlets’ feeds on install, without credentials, and indexes every item once', async () => {
    await expect
      .poll(() => countRows(ext, 'articles'), { timeout: 30_000, interval: 500 })
      .toBe(fixture.articles.length);
    const feedRequests = web.requests.filter((r) => r.path.includes('feed') || r.path.includes('rss'));
    expect(feedRequests.length).toBeGreaterThan(0);
    expect(feedRequests.every((r) => r.headers.cookie === undefined)).toBe(true);
  });

  it('opening an article finds its story: the other outlets in the popup and the count in the badge', async () => {
    const powell = fixture.articles.filter((a) => a.story_id === 'allsides-5608');
    const page = powell.find((a) => a.outlet.id === 'politico')!;
    const tab = await ext.context.newPage();
    await tab.goto(page.url);
    const tabId = await tabIdOf(ext, page.url);
    await expect.poll(() => badgeText(ext, tabId), { timeout: 15_000 }).toBe(String(powell.length));

    const popup = await PopupPage.open(ext, tabId);
    expect(await popup.state()).toBe('coverage');
    expect(await popup.coveredBy()).toContain(String(powell.length));
    const outlets = await popup.articleOutlets();
    for (const other of powell.filter((a) => a !== page)) expect(outlets).toContain(other.outlet.name);
    // Nothing from the other seven stories was matched.
    const strangers = fixture.articles.filter((a) => a.story_id !== 'allsides-5608').map((a) => a.outlet.name);
    expect(outlets.filter((o) => strangers.includes(o) && !powell.some((a) => a.outlet.name === o))).toEqual([]);
  });

  it('turning an outlet off drops it from the count and the badge at once; a rating override shows as the reader’s', async () => {
    const powell = fixture.articles.filter((a) => a.story_id === 'allsides-5608');
    const page = powell.find((a) => a.outlet.id === 'politico')!;
    const other = powell.find((a) => a !== page && a.outlet.bias !== 'center')!;
    const tabId = await tabIdOf(ext, page.url);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const send = (message: unknown) => options.evaluate((m) => chrome.runtime.sendMessage(m), message);

    expect(await send({ type: 'SetOutletEnabled', outletIds: [other.outlet.id], enabled: false })).toMatchObject({
      ok: true,
    });
    expect(await badgeText(ext, tabId)).toBe(String(powell.length - 1));
    const popup = await PopupPage.open(ext, tabId);
    expect(await popup.coveredBy()).toContain(String(powell.length - 1));
    expect(await popup.articleOutlets()).not.toContain(other.outlet.name);

    const center = powell.find((a) => a.outlet.bias === 'center')!;
    await send({ type: 'SetRatingOverride', outletId: center.outlet.id, bias: 'right' });
    const rerated = await PopupPage.open(ext, tabId);
    expect(Object.keys(await rerated.groups())).toContain('right');
    expect(await rerated.page.getByText(/your rating/i).count()).toBeGreaterThan(0);
  });
});
