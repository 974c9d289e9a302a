import type { Bucket } from './percentages';
import type { Blindspot, Leaning } from './summary';

/** Fewer rated outlets than this say too little about a story to call a side absent. */
export const BLINDSPOT_MIN_RATED = 6;
/** A side at or below this share of the rated outlets counts as barely covering the story… */
export const BLINDSPOT_MAX_SIDE_SHARE = 0.1;
/** …and so does a side with at most this many outlets (small stories can't reach 10% granularity)… */
export const BLINDSPOT_MAX_SIDE_OUTLETS = 1;
/** …while the other side carries at least this share of the rated outlets. */
export const BLINDSPOT_MIN_OTHER_SHARE = 0.5;

/**
 * Blindspot rule: over the distinct outlets with a rating (unrated outlets neither help nor hurt),
 * a story is a blindspot for the left (or right) when
 *   - at least 6 outlets are rated, and
 *   - that side has at most 10% of the rated outlets, or at most 1 outlet, and
 *   - the opposite side has at least 50% of the rated outlets.
 * Left = left + lean-left, right = right + lean-right. Center never has a blindspot.
 */
export function findBlindspot(leanings: readonly Bucket<Leaning>[]): Blindspot | null {
  const count = (k: Leaning) => leanings.find((b) => b.key === k)?.count ?? 0;
  const left = count('left');
  const right = count('right');
  const rated = left + count('center') + right;
  if (rated < BLINDSPOT_MIN_RATED) return null;
  const barely = (n: number) => n <= BLINDSPOT_MAX_SIDE_OUTLETS || n <= rated * BLINDSPOT_MAX_SIDE_SHARE;
  const wide = (n: number) => n >= rated * BLINDSPOT_MIN_OTHER_SHARE;
  if (barely(left) && wide(right)) return { side: 'left', sideCount: left, otherCount: right, ratedCount: rated };
  if (barely(right) && wide(left)) return { side: 'right', sideCount: right, otherCount: left, ratedCount: rated };
  return null;
}
