import type { Article, Detection } from './article';
import { analysePage } from './analyse';
import { normaliseUrl } from './url';

export interface PageReport {
  article: Article;
  detection: Detection;
}

export interface ReporterOptions {
  /** The document and its address now (the content script passes `document` and `location.href`). */
  read(): { doc: Document; url: string };
  /** Delivers one report; failures are swallowed by the reporter. */
  send(report: PageReport): Promise<unknown> | void;
}

/**
 * Decides when the content script reports the page: once per canonical URL, only for articles, and
 * again after a same-document navigation to another article. Never throws into the page.
 */
export function createArticleReporter({ read, send }: ReporterOptions) {
  const sent = new Set<string>();
  let last: { url: string; canonical: string } | null = null;
  let current: PageReport | null = null;

  function analyse(): PageReport {
    const { doc, url } = read();
    const report = analysePage(doc, url);
    const here = normaliseUrl(url) ?? url;
    // After pushState the head may still describe the previous story (frameworks update it late):
    // the same canonical URL at a new address means stale metadata, so the address is the key.
    if (last && report.article.canonicalUrl === last.canonical && here !== last.url) report.article.canonicalUrl = here;
    last = { url: here, canonical: report.article.canonicalUrl };
    return report;
  }

  return {
    /** Detects the page now and sends it if it is an article not reported before. Returns what was sent. */
    check(): PageReport | null {
      try {
        const report = analyse();
        current = report.detection.isArticle ? report : null;
        if (!current || sent.has(current.article.canonicalUrl)) return null;
        sent.add(current.article.canonicalUrl);
        void Promise.resolve(send(current)).catch(() => {});
        return current;
      } catch {
        return null;
      }
    },
    /** The page's article as last detected (asked for by a restarted background), or null. */
    current(): PageReport | null {
      try {
        const report = analyse();
        return (current = report.detection.isArticle ? report : null);
      } catch {
        return current;
      }
    },
  };
}
