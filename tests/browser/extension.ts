import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import type { NewsWeb } from './news-web';

export const EXTENSION_DIR = resolve(process.env.PARALLAX_OUT_DIR ?? '.output', 'chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension in a fresh (or given) profile, all hosts routed to `web`. */
export async function launchExtension(web: NewsWeb, options: { profileDir?: string } = {}): Promise<LaunchedExtension> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'parallax-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${web.hostResolverRule}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Badge text of a tab, read in the service worker. */
export function badgeText(ext: LaunchedExtension, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The Chrome tab id of the tab whose URL starts with `url`. */
export async function tabIdOf(ext: LaunchedExtension, url: string): Promise<number> {
  const id = await ext.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(u))?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab at ${url}`);
  return id;
}
