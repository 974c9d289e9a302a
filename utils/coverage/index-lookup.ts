import type { ParallaxDB } from '../db/parallax-db';
import type { Outlet } from '../outlets/outlet';
import type { Coverage, Story, StoredArticle } from '../story/story';

/** At most this many articles of one story are read for the popup (a huge story stays fast). */
export const MAX_STORY_ARTICLES = 500;

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
  const articles = await articlesTable.where('storyId').equals(story.id).limit(MAX_STORY_ARTICLES).toArray();
  const ids = [...new Set(articles.map((a) => a.outletId))];
  const outlets = (await db.outlets.bulkGet(ids)).filter((o): o is Outlet => o !== undefined);
  return { story, articles, outlets };
}
