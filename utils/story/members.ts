import Dexie from 'dexie';
import type { ParallaxDB } from '../db/parallax-db';
import type { ArticleRecord } from './store/story-index';

/**
 * Most articles of one story a lookup reads (the newest). A lookup's cost must not grow with the
 * story: at 50k stored articles a synthetic story has hundreds of members, and reading every row
 * and its outlet made lookups several times slower than the 25 ms target. The story row keeps the
 * true `articleCount`.
 */
export const COVERAGE_ARTICLES = 100;

/**
 * The newest `limit` members of a story, oldest first (ties by id), read backwards through the
 * `[storyId+publishedAt]` index: one bounded cursor however large the story is. `db` may be the
 * tables of a transaction (a lookup reads them in the one that placed the page).
 */
export async function newestMembers(
  db: Pick<ParallaxDB, 'articles'>,
  storyId: string,
  limit = COVERAGE_ARTICLES,
): Promise<ArticleRecord[]> {
  const rows = await db.articles
    .where('[storyId+publishedAt]')
    .between([storyId, Dexie.minKey], [storyId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return rows.sort(byAge);
}

const byAge = (a: ArticleRecord, b: ArticleRecord) =>
  a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * `members` (as `newestMembers` returned them) with `article` added, bounded the same way: what
 * `newestMembers` returns once `article` is stored, without reading again.
 */
export function withMember(members: readonly ArticleRecord[], article: ArticleRecord, limit = COVERAGE_ARTICLES) {
  return [...members.filter((m) => m.id !== article.id), article].sort(byAge).slice(-limit);
}
