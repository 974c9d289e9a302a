import type { Article } from '../article/article';
import type { Coverage } from '../story/story';
import type { ProviderStatus } from './providers/provider-status';
import type { CoverageState } from './coverage-protocol';
import type { CoverageView } from './coverage-view';

/** What the background remembers about one tab between popup opens. */
export interface TabEntry {
  /** The page this entry describes; an entry for another URL (the tab navigated) is stale. */
  pageUrl: string;
  state: CoverageState;
  page: Article | null;
  /** The story as the index returned it, so "not the same story" can re-summarise without a lookup. */
  raw: Coverage | null;
  view: CoverageView | null;
  providers: ProviderStatus[];
  searched: { headline: string | null; terms: string[] } | null;
}

/**
 * Per-tab coverage, in memory: a restarted service worker loses it and rebuilds from the index
 * (coverageFromIndex), so nothing here needs persisting. Bounded so a long session can't grow it.
 */
export class TabCoverageCache {
  static readonly MAX_TABS = 200;
  private readonly tabs = new Map<number, TabEntry>();
  indexing: { done: number; total: number } | null = null;

  get(tabId: number, url: string | null): TabEntry | undefined {
    const entry = this.tabs.get(tabId);
    return entry && url !== null && sameDocument(entry.pageUrl, url) ? entry : undefined;
  }
  set(tabId: number, entry: TabEntry): void {
    this.tabs.delete(tabId);
    this.tabs.set(tabId, entry);
    if (this.tabs.size > TabCoverageCache.MAX_TABS) this.tabs.delete(this.tabs.keys().next().value!);
  }
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
  entries(): [number, TabEntry][] {
    return [...this.tabs];
  }
}

/** Same page, ignoring the fragment (in-page anchors don't change the story). */
export const sameDocument = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];
