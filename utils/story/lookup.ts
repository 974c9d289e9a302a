import type { ParallaxDB } from '../db/parallax-db';
import { assignArticle, prepareText, storyIdBase } from './cluster';
import { outletsOf } from './coverage-outlets';
import { articleId } from './ingest';
import { newestMembers, withMember } from './members';
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
    const prepared = prepareText(page, params);
    // Everything placing the page may ask for, in one round of requests: its row by id (a feed may
    // have brought it in) and by URL (possibly under another outlet id), the id a new story would
    // take, and, once per worker, the band log (which finds wire copies without a query) and the
    // document frequencies, read side by side: a cold worker's first lookup waited for one, then the other.
    const [byUrl] = await Promise.all([
      index.tables.articles.where('url').anyOf([url, page.url]).first(),
      index.prefetch({ articleIds: [id], storyIds: [storyIdBase(id)], bandLog: true, terms: true }),
    ]);
    const known = (await index.getArticle(id)) ?? byUrl;
    if (known) {
      const story = await index.getStory(known.storyId);
      return story && { story, members: await newestMembers(index.tables, story.id) };
    }
    const input = { ...page, id, url, publishedAt: Math.min(page.publishedAt ?? now, now), provider: 'local' as const };
    const { story, article } = await assignArticle(index, input, params, prepared);
    // The members as committed, read in the same round as the page's own writes; the page joins them here.
    const [committed] = await Promise.all([newestMembers(index.tables, story.id), index.flush()]);
    return { story, members: withMember(committed, article) };
  });
  if (!found || found.members.length < 2) return null;
  const { story, members } = found;
  const articles = members.map(toArticle);
  return { story: toStory(story), articles, outlets: await outletsOf(db, articles) };
}
