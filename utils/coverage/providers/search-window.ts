import type { Article } from '../../article/article';
import type { SearchWindow } from './provider';

const DAY = 86_400_000;

/**
 * The period coverage of a story is searched in: from two days before the article (stories start
 * before the page we read) to five days after, never past now. Undated pages search the past week.
 */
export function searchWindow(article: Pick<Article, 'publishedAt'>, now: number): SearchWindow {
  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  if (Number.isNaN(published) || published > now + DAY) return { start: now - 7 * DAY, end: now };
  return { start: published - 2 * DAY, end: Math.min(now, published + 5 * DAY) };
}

/** GDELT's timestamp format: YYYYMMDDHHMMSS in UTC. */
export function gdeltTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** YYYY-MM-DD in UTC (Google News `after:`/`before:`). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
