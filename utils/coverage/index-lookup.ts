import type { ParallaxDB } from '../db/parallax-db';
import type { Outlet } from '../outlets/outlet';
import { newestMembers } from '../story/members';
import type { Coverage, Story, StoredArticle } from '../story/story';

/**
 * The story the index already placed `url` in, read straight from the database: this is how a
 * popup opened again (or after the service worker restarted) gets coverage without re-clustering.
 */
export async function coverageFromIndex(db: ParallaxDB, urls: readonly string[]): Promise<Coverage | null> {
  const articlesTable = db.table<StoredArticle, string>('articles');
  const seen = await articlesTable
    .where('url')
    .anyOf([...new Set(urls)])
    .first();
  if (!seen) return null;
  const story = await db.table<Story, string>('stories').get(seen.storyId);
  if (!story) return null;
  // The same bounded read as a fresh lookup (the newest COVERAGE_ARTICLES), so a reopened popup shows the same list.
  const articles: StoredArticle[] = (await newestMembers(db, story.id)).map(({ bands: _bands, ...a }) => a);
  const ids = [...new Set(articles.map((a) => a.outletId))];
  const outlets = (await db.outlets.bulkGet(ids)).filter((o): o is Outlet => o !== undefined);
  return { story, articles, outlets };
}
