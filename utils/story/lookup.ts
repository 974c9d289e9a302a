import type { ParallaxDB } from '../db/parallax-db';
import { assignArticle } from './cluster';
import { outletsOf } from './coverage-outlets';
import { articleId } from './ingest';
import { newestMembers } from './members';
import { DEFAULT_PARAMS, type ClusterParams } from './params';
import { withStoryIndex } from './store/story-session';
import type { ArticleRecord, StoryRecord } from './store/story-index';
import type { Coverage, Story, StoredArticle } from './story';

/** The page being read, as the story index needs it. */
export interface PageInput {
  url: string;
  canonicalUrl: string;
  title: string;
  description: string | null;
  outletId: string;
  domain: string;
  /** Epoch ms, or null when the page states no date (then `now`). */
  publishedAt: number | null;
}

/** Strips the index-only fields, so the popup gets exactly the domain types. */
function toStory({ id, title, articleCount, firstPublishedAt, lastPublishedAt }: StoryRecord): Story {
  return { id, title, articleCount, firstPublishedAt, lastPublishedAt };
}
function toArticle({ bands: _bands, ...article }: ArticleRecord): StoredArticle {
  return article;
}

/**
 * "Who else covered this?" from the on-device index. The page is placed like a new article
 * (so it finds its story even when no feed carried it) and stays in the index, so articles
 * that arrive later join its story. Returns null when no other article shares the story.
 * Reads at most COVERAGE_ARTICLES members (the newest), whatever the story's size.
 */
export async function lookupCoverage(
  db: ParallaxDB,
  page: PageInput,
  now: number,
  params: ClusterParams = DEFAULT_PARAMS,
): Promise<Coverage | null> {
  const url = page.canonicalUrl || page.url;
  if (!page.title.trim()) return null;
  const found = await withStoryIndex(db, async (index) => {
    const id = articleId(page.outletId, url);
    // A feed may already have brought this page in, possibly under another outlet id. Both reads
    // at once, and through the index, so placing the page does not ask for its row again.
    const [byId, byUrl] = await Promise.all([
      index.getArticle(id),
      index.tables.articles.where('url').anyOf([url, page.url]).first(),
    ]);
    const known = byId ?? byUrl;
    let story: StoryRecord | undefined;
    if (known) story = await index.getStory(known.storyId);
    else {
      const input = {
        ...page,
        id,
        url,
        publishedAt: Math.min(page.publishedAt ?? now, now),
        provider: 'local' as const,
      };
      story = (await assignArticle(index, input, params)).story;
      await index.flush(); // so the members read below, in the same transaction, includes the page
    }
    // Bounded: the newest COVERAGE_ARTICLES members; `story.articleCount` stays the true size.
    return story && { story, members: await newestMembers(index.tables, story.id) };
  });
  if (!found || found.members.length < 2) return null;
  const { story, members } = found;
  const articles = members.map(toArticle);
  return { story: toStory(story), articles, outlets: await outletsOf(db, articles) };
}
