import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../../tests/browser/extension';
import { DemoError } from './output';

/** Rows in the background's IndexedDB 'articles' store, read in the service worker. */
export function countArticles(ext: LaunchedExtension): Promise<number> {
  return ext.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) return (db.close(), resolve(0));
          const req = db.transaction('articles').objectStore('articles').count();
          req.onsuccess = () => (db.close(), resolve(req.result));
          req.onerror = () => (db.close(), reject(req.error));
        };
      }),
  );
}

/** The background's "indexing N of M sources", asked as the popup asks it (from an extension page). */
async function sourcesProgress(page: Page): Promise<{ done: number; total: number } | null> {
  try {
    return await page.evaluate(async () => {
      const tab = await chrome.tabs.getCurrent();
      const reply = await chrome.runtime.sendMessage({ type: 'GetCoverage', tabId: tab?.id ?? 0 });
      return (
        (reply as { ok: boolean; data?: { indexing: { done: number; total: number } | null } }).data?.indexing ?? null
      );
    });
  } catch {
    return null; // progress is a nicety; the article count decides
  }
}

export interface IndexingResult {
  articles: number;
  expected: number;
  complete: boolean;
  ms: number;
}

/**
 * Waits for the first poll: done when the index holds every fixture article, or when the count has stopped
 * growing for `settleMs` while the background says it is no longer indexing. Fails after `timeoutMs`.
 */
export async function waitForIndex(
  ext: LaunchedExtension,
  page: Page,
  expected: number,
  log: (line: string) => void,
  { timeoutMs, settleMs = 3_000 }: { timeoutMs: number; settleMs?: number },
): Promise<IndexingResult> {
  const started = Date.now();
  let last = -1;
  let lastChange = started;
  let said = '';
  for (;;) {
    const articles = await countArticles(ext);
    const sources = await sourcesProgress(page);
    const now = Date.now();
    if (articles !== last) [last, lastChange] = [articles, now];
    const line = sources
      ? `indexing ${sources.done} of ${sources.total} sources, ${articles} of ${expected} articles`
      : `indexed ${articles} of ${expected} articles`;
    if (line !== said) log(`  ${(said = line)}`);
    if (articles >= expected) return { articles, expected, complete: true, ms: now - started };
    if (articles > 0 && sources === null && now - lastChange >= settleMs) {
      log(`  the index stopped growing at ${articles} of ${expected} articles; going on with what it has`);
      return { articles, expected, complete: false, ms: now - started };
    }
    if (now - started > timeoutMs) {
      throw new DemoError(
        `Indexing did not complete within ${Math.round(timeoutMs / 1000)} s (${articles} of ${expected} articles). ` +
          'The first poll of the news web did not finish; on a busy machine, set PARALLAX_DEMO_TIMEOUT_MS to wait longer.',
      );
    }
    await new Promise((r) => setTimeout(r, 400));
  }
}
