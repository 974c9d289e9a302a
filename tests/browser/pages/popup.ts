import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../extension';

/** The states in which the popup has the background's answer (anything but "loading"). */
const SETTLED = '.popup:not([data-state="loading"])';

/** Page object for the popup, opened as a page that describes a given tab. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(ext: LaunchedExtension, tabId: number, options: { width?: number } = {}): Promise<PopupPage> {
    const page = await ext.context.newPage();
    if (options.width) await page.setViewportSize({ width: options.width, height: 800 });
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await page.locator(SETTLED).waitFor();
    return new PopupPage(page);
  }

  state() {
    return this.page.locator('.popup').getAttribute('data-state');
  }
  outletName() {
    return this.page.getByTestId('outlet-name').textContent();
  }
  outletBias() {
    return this.page.getByTestId('outlet-bias').getAttribute('data-bias');
  }
  notRatedMessage() {
    return this.page.getByTestId('not-rated').textContent();
  }
  credits() {
    return this.page.locator('.credits li').allTextContents();
  }
  coveredBy() {
    return this.page.getByTestId('covered-by').textContent();
  }
  /** The bias legend as { leaning: [count, percent] }. */
  async spread(): Promise<Record<string, [number, number]>> {
    const items = this.page.locator('.bias-legend li');
    const out: Record<string, [number, number]> = {};
    for (const li of await items.all()) {
      out[(await li.getAttribute('data-leaning'))!] = [
        Number(await li.getAttribute('data-count')),
        Number(await li.getAttribute('data-percent')),
      ];
    }
    return out;
  }
  /** Outlet names per leaning group, in order. */
  async groups(): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const g of await this.page.getByTestId('article-group').all()) {
      out[(await g.getAttribute('data-leaning'))!] = await g.locator('.article-outlet').allTextContents();
    }
    return out;
  }
  links() {
    return this.page
      .getByTestId('article-link')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
      );
  }
  anchorsWithScheme(scheme: string) {
    return this.page.locator(`a[href^="${scheme}" i]`).count();
  }
  async notSameStory(outletName: string) {
    await this.page.getByTestId('article').filter({ hasText: outletName }).getByTestId('not-same-story').click();
  }
  articleOutlets() {
    return this.page.locator('.article-outlet').allTextContents();
  }
  async setPill(on: boolean) {
    const toggle = this.page.getByTestId('pill-toggle');
    if ((await toggle.isChecked()) !== on) await toggle.click();
  }
  /** Runs axe-core in the page (through CDP, so the extension's CSP does not block it). */
  async axe(): Promise<{ id: string; impact: string | null; nodes: number }[]> {
    await this.page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    return this.page.evaluate(async () => {
      type Axe = { run(): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> };
      const result = await (window as unknown as { axe: Axe }).axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
  }
  screenshot(path: string) {
    return this.page.screenshot({ path, fullPage: true });
  }
}

export interface SeedRows {
  outlets: unknown[];
  articles: unknown[];
  stories: unknown[];
}

/**
 * Puts rows straight into the background's IndexedDB ('parallax'), as the feed poller and the
 * story index would: until the whole pipeline runs in tests, this is how a cached story exists.
 */
export async function seedIndex(ext: LaunchedExtension, rows: SeedRows): Promise<void> {
  await ext.worker.evaluate(async (data) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('parallax');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    // The background creates the database when it starts; wait for its latest schema.
    let db = await open();
    // …and for the bundled registry to be loaded, which replaces every non-custom outlet row.
    const registryLoaded = () =>
      new Promise<boolean>((resolve) => {
        if (!db.objectStoreNames.contains('feedback')) return (db.close(), resolve(false));
        const r = db.transaction('settings').objectStore('settings').get('outletsDataset');
        r.onsuccess = () => resolve(r.result !== undefined);
        r.onerror = () => resolve(false);
      });
    for (let i = 0; i < 100 && !(await registryLoaded()); i++) {
      db.close();
      await new Promise((r) => setTimeout(r, 100));
      db = await open();
    }
    const tx = db.transaction(['outlets', 'articles', 'stories'], 'readwrite');
    for (const o of data.outlets) tx.objectStore('outlets').put(o);
    for (const a of data.articles) tx.objectStore('articles').put(a);
    for (const s of data.stories) tx.objectStore('stories').put(s);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}
