import type { Timeline } from './summary';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Stories younger than this are drawn per hour, older ones per day. */
export const HOURLY_TIMELINE_MAX_AGE_MS = 48 * HOUR;
/** A chart in a 380px popup can't show more bars; older articles are counted in the first bar. */
export const MAX_TIMELINE_BINS = 48;

/**
 * Articles per UTC hour (story < 48 h old, measured from its first article to `now`) or per UTC
 * day, from the first article's bin to the last one's, empty bins included so gaps show.
 */
export function buildTimeline(publishedAt: readonly number[], now: number): Timeline {
  const times = publishedAt.filter(Number.isFinite);
  if (times.length === 0) return { unit: 'hour', bins: [] };
  const first = Math.min(...times);
  const unit = now - first < HOURLY_TIMELINE_MAX_AGE_MS ? 'hour' : 'day';
  const size = unit === 'hour' ? HOUR : DAY;
  const binOf = (t: number) => Math.floor(t / size);
  const last = binOf(Math.max(...times));
  const start = Math.max(binOf(first), last - MAX_TIMELINE_BINS + 1);
  const counts = new Array<number>(last - start + 1).fill(0);
  for (const t of times) {
    const i = Math.max(0, binOf(t) - start);
    counts[i] = counts[i]! + 1;
  }
  return { unit, bins: counts.map((count, i) => ({ start: (start + i) * size, count })) };
}
