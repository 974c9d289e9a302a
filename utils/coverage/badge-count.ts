import type { CoverageSummary } from './summary';

/**
 * The toolbar badge's number: distinct outlets in the story, the page's own outlet included —
 * the same N as "Covered by N outlets". Null (no number) when there is no story to count.
 */
export function badgeCount(summary: Pick<CoverageSummary, 'outletCount'> | null): number | null {
  return summary && summary.outletCount > 0 ? summary.outletCount : null;
}
