import type { ParallaxDB } from '../db/parallax-db';

/** The reader said this article is "not the same story": it stays out of that story for good. */
export interface FeedbackRow {
  storyId: string;
  articleId: string;
  verdict: 'not-same-story';
  at: number;
}

export async function rememberNotSameStory(db: ParallaxDB, storyId: string, articleId: string, now: number) {
  await db.feedback.put({ storyId, articleId, verdict: 'not-same-story', at: now });
}

/** Article ids the reader removed from a story. */
export async function rejectedArticleIds(db: ParallaxDB, storyId: string): Promise<Set<string>> {
  const rows = await db.feedback.where('storyId').equals(storyId).toArray();
  return new Set(rows.map((r) => r.articleId));
}
