import type { Article } from '../article/article';
import { TabMemory } from '../tab-memory';
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
 * Per-tab coverage: a restarted service worker loses it and rebuilds from the index
 * (coverageFromIndex), so nothing here needs persisting.
 */
export class TabCoverageCache {
  static readonly MAX_TABS = 200;
  private readonly tabs = new TabMemory<TabEntry>(TabCoverageCache.MAX_TABS);
  indexing: { done: number; total: number } | null = null;

  /** The tab's entry if it still describes `url` (the tab may have navigated since). */
  get(tabId: number, url: string | null): TabEntry | undefined {
    const entry = this.tabs.get(tabId);
    return entry && url !== null && sameDocument(entry.pageUrl, url) ? entry : undefined;
  }
  set(tabId: number, entry: TabEntry): void {
    this.tabs.set(tabId, entry);
  }
  forget(tabId: number): void {
    this.tabs.forget(tabId);
  }
  entries(): [number, TabEntry][] {
    return this.tabs.entries();
  }
}

/** Same page, ignoring the fragment (in-page anchors don't change the story). */
export const sameDocument = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];
