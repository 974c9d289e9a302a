import type { Locator, Page } from 'playwright-core';
import type { LaunchedExtension } from '../extension';

/** Page object for the options page. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(ext: LaunchedExtension): Promise<OptionsPage> {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByTestId('source-total').waitFor();
    return new OptionsPage(page);
  }

  /** Types into the search box and waits until every listed source matches it (by name or domain). */
  async search(text: string): Promise<void> {
    await this.page.getByTestId('source-search').fill(text);
    await this.page.waitForFunction((t) => {
      const rows = [...document.querySelectorAll('[data-testid="source"]')];
      return rows.length > 0 && rows.every((r) => r.textContent!.toLowerCase().includes(t));
    }, text.toLowerCase());
  }

  source(outletId: string): Locator {
    return this.page.locator(`[data-outlet-id="${outletId}"]`);
  }
  sourceByName(name: string): Locator {
    return this.page.getByTestId('source').filter({ has: this.page.locator('.source-name', { hasText: name }) });
  }
  total() {
    return this.page.getByTestId('source-total').textContent();
  }

  async addSource(input: string): Promise<{ ok: boolean; text: string }> {
    await this.page.getByTestId('add-input').fill(input);
    await this.page.getByRole('button', { name: 'Add source' }).click();
    const result = this.page.getByTestId('add-result');
    await result.waitFor();
    return { ok: (await result.getAttribute('data-ok')) === 'true', text: (await result.textContent()) ?? '' };
  }

  async setBias(row: Locator, bias: string): Promise<void> {
    await row.locator('summary', { hasText: 'Change rating' }).click();
    await row.getByLabel('Bias').selectOption(bias);
    await row.getByRole('button', { name: 'Save my rating' }).click();
  }

  async toggle(row: Locator): Promise<void> {
    await row.getByTestId('source-toggle').click();
  }

  /** Exports a file of the given kind and returns its text (through the real download). */
  async export(kind: 'backup' | 'opml' | 'ratings-csv' | 'ratings-json', saveTo: string): Promise<string> {
    await this.page.getByTestId('data-kind').selectOption(kind);
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('export').click()]);
    await download.saveAs(saveTo);
    return saveTo;
  }

  async import(
    kind: 'backup' | 'opml' | 'ratings-csv' | 'ratings-json',
    file: string,
  ): Promise<{ ok: boolean; text: string }> {
    await this.page.getByTestId('data-kind').selectOption(kind);
    await this.page.getByTestId('import-file').setInputFiles(file);
    await this.page.getByTestId('import').click();
    const result = this.page.getByTestId('import-result');
    await result.waitFor();
    return { ok: (await result.getAttribute('data-ok')) === 'true', text: (await result.textContent()) ?? '' };
  }

  /** Asks the background what it knows of a URL, as any extension page may. */
  getOutlet(url: string) {
    return this.page.evaluate((u) => chrome.runtime.sendMessage({ type: 'GetOutlet', url: u }), url) as Promise<{
      ok: boolean;
      data: { outlet: { id: string; name: string; bias: string; biasSource: string | null; custom?: boolean } | null };
    }>;
  }

  screenshot(path: string) {
    return this.page.screenshot({ path, fullPage: true });
  }
}
