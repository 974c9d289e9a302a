import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { createArticleReporter } from '../utils/article/reporter';
import { sendMessage } from '../utils/messages/client';

// Detects whether the page is a news article and tells the background (issue 3). Runs in the
// isolated world at document idle, so a page's own scripts (and their errors) cannot reach it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const reporter = createArticleReporter({
      read: () => ({ doc: document, url: location.href }),
      send: ({ article, detection }) => sendMessage({ type: 'ArticleSeen', article, detection }),
    });
    reporter.check();
    // Same-document navigations (pushState, replaceState, popstate): the new story's DOM arrives a
    // moment after the URL changes, so look twice; the reporter never sends the same URL twice.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => reporter.check(), 300);
      ctx.setTimeout(() => reporter.check(), 1500);
    });
    // A restarted service worker has forgotten this tab: it asks, and gets the page's current article.
    // sendResponse, not a returned Promise: Chrome ignores Promises from listeners without the polyfill.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      if ((message as { type?: unknown } | null)?.type === 'ParallaxRedetect') sendResponse(reporter.current());
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
