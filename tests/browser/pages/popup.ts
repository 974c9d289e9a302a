import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../extension';

/** Page object for the popup, opened as a page that describes a given tab. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(ext: LaunchedExtension, tabId: number): Promise<PopupPage> {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await page.locator('.popup[data-state="ready"], .popup[data-state="error"]').waitFor();
    return new PopupPage(page);
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
  screenshot(path: string) {
    return this.page.screenshot({ path, fullPage: true });
  }
}
