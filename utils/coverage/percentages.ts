/**
 * Whole-number percentages of `counts` that add up to exactly 100 (largest-remainder method), so a
 * bias bar's labels never read 33 + 33 + 33. All zeros when the total is zero: nothing to divide.
 */
export function percentages(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  // Hand the missing points to the largest remainders; ties go to the earlier bucket (stable).
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] = floors[i]! + 1;
    missing--;
  }
  return floors;
}

export interface Bucket<K extends string> {
  key: K;
  count: number;
  /** Share of all the distinct outlets summarised, 0–100; the buckets of one list add up to 100. */
  percent: number;
}

/** Counts `values` into the buckets `keys` (in that order) with percentages that add up to 100. */
export function bucketize<K extends string>(keys: readonly K[], values: readonly K[]): Bucket<K>[] {
  const counts = keys.map((k) => values.filter((v) => v === k).length);
  const pct = percentages(counts);
  return keys.map((key, i) => ({ key, count: counts[i]!, percent: pct[i]! }));
}
