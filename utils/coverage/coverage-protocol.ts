import * as v from 'valibot';
import type { ProviderStatus } from './providers/provider-status';
import type { CoverageView } from './coverage-view';

/**
 * The popup's and the pill's requests (issue 6), spread into the one protocol in
 * utils/messages/protocol.ts. A separate `GetCoverage` (not fields on TabView) keeps this work
 * apart from the article engineer's GetTabView handler; the popup asks for both at once.
 */

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(5000));

export const COVERAGE_REQUESTS = [
  /** popup → background: the coverage state of one tab. */
  v.object({ type: v.literal('GetCoverage'), tabId }),
  /** popup → background: the reader says an article is about something else. */
  v.object({ type: v.literal('NotSameStory'), storyId: id, articleId: id }),
  /** popup → background: look the tab's article up again (after a provider error or offline). */
  v.object({ type: v.literal('RetryLookup'), tabId }),
  /** popup → background: switch the in-page pill on or off. */
  v.object({ type: v.literal('SetPill'), enabled: v.boolean() }),
  /** pill → background: never show the pill on this site again (must be the sender's own site). */
  v.object({ type: v.literal('DismissPill'), site: v.pipe(v.string(), v.minLength(1), v.maxLength(253)) }),
  /** pill → background: the summary for the sender's own tab. */
  v.object({ type: v.literal('GetPillView') }),
] as const;

export const COVERAGE_SENDERS = {
  GetCoverage: 'page',
  NotSameStory: 'page',
  RetryLookup: 'page',
  SetPill: 'page',
  DismissPill: 'content',
  GetPillView: 'content',
} as const;

/** What the popup shows, in order of a page's life: each has its own look (data-state). */
export type CoverageState = 'not-article' | 'reading' | 'indexing' | 'looking-up' | 'coverage' | 'no-coverage';

export interface TabCoverage {
  state: CoverageState;
  coverage: CoverageView | null;
  /** Feed indexing progress while the first index is being built. */
  indexing: { done: number; total: number } | null;
  providers: ProviderStatus[];
  /** What the lookup searched for, shown when nothing was found. */
  searched: { headline: string | null; terms: string[] } | null;
  /** Whether the in-page pill is switched on (the popup shows the switch). */
  pill: boolean;
}

export interface PillView {
  /** False when the pill is off, dismissed on this site, or there is no coverage to show. */
  show: boolean;
  site: string | null;
  coverage: CoverageView | null;
}

export interface CoverageReplies {
  GetCoverage: TabCoverage;
  NotSameStory: { removed: boolean };
  RetryLookup: TabCoverage;
  SetPill: { pill: boolean };
  DismissPill: { dismissed: boolean };
  GetPillView: PillView;
}
