import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../../tests/browser/extension';
import { DemoError } from './output';

/** The welcome page the extension opens on install (opened here if it has not appeared yet). */
export async function openWelcome(ext: LaunchedExtension): Promise<Page> {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  const page =
    ext.context.pages().find(isWelcome) ??
    (await ext.context.waitForEvent('page', { predicate: isWelcome, timeout: 5_000 }).catch(() => null));
  if (page) return page;
  const opened = await ext.context.newPage();
  await opened.goto(`chrome-extension://${ext.extensionId}/welcome.html`);
  return opened;
}

/** A desktop-sized view of a page (not the full page: the options page lists thousands of sources). */
export async function screenshotPage(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.screenshot({ path });
}

/** Polls the tab's badge until the background has set a count, or fails after `timeoutMs`. */
export async function waitForBadge(read: () => Promise<string>, timeoutMs: number): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = await read();
    // A count, not the leaning letter the badge shows while the article has no story yet.
    if (/^\d+$/.test(text)) return text;
    if (Date.now() > until) {
      throw new DemoError(
        `The badge showed no outlet count for ${timeoutMs / 1000} s: the extension did not match the article to a story.`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
