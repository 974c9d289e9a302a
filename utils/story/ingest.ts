import type { ParallaxDB } from '../db/parallax-db';
import { assignArticle, bandsToQuery, prepareText, storyIdBase, type ArticleInput, type Assignment } from './cluster';
import { dayOf, DEFAULT_PARAMS, type ClusterParams } from './params';
import { bucketOf } from './store/story-index';
import { prepareWhileCommitting, withStoryIndex } from './store/story-session';
import type { ProviderId } from './story';

/** One article from a feed (or a provider) as the story index takes it. */
export interface IngestItem {
  /** Canonical URL. */
  url: string;
  title: string;
  description: string | null;
  /** Registry outlet id, or `domain:<host>`. */
  outletId: string;
  domain: string;
  /** Epoch ms; null (a feed item without a date) means `now`. */
  publishedAt: number | null;
  provider: ProviderId;
}

/** Days back from now whose story keys a worker keeps complete in memory while ingesting. */
const RECENT_DAYS = 6;

export const articleId = (outletId: string, url: string) => `${outletId} ${url}`;

/** The batch as the clustering takes it: items without a link or title dropped, dates settled. */
export function ingestInputs(items: readonly IngestItem[], now: number): ArticleInput[] {
  return (
    items
      .filter((item) => item.url && item.title.trim()) // nothing to match on or link to
      // A date in the future (a feed clock gone wrong) would keep the item forever: cap it at now.
      .map((item) => ({
        ...item,
        id: articleId(item.outletId, item.url),
        publishedAt: Math.min(item.publishedAt ?? now, now),
      }))
  );
}

/**
 * Adds one feed's batch to the story index in ONE transaction (story-session.ts): a worker stopped midway commits
 * nothing, and the next alarm's re-ingest of the same items adds each exactly once (an article
 * is keyed by outlet and canonical URL, so a wire copy at another outlet is its own row).
 */
export async function ingestArticles(
  db: ParallaxDB,
  items: readonly IngestItem[],
  now: number,
  params: ClusterParams = DEFAULT_PARAMS,
): Promise<Assignment[]> {
  const inputs = ingestInputs(items, now);
  // The text work needs no storage: when batches queue up (a poll fetches several feeds at once),
  // it is done while the batch before commits.
  const prepare = prepareWhileCommitting(db, () => inputs.map((input) => prepareText(input, params)));
  return withStoryIndex(db, async (index) => {
    index.runInBackground();
    const prepared = prepare();
    // The whole batch's reads in a few bulk requests; what the batch itself changes stays in memory.
    await index.prefetch({
      articleIds: inputs.map((i) => i.id),
      storyIds: inputs.map((i) => storyIdBase(i.id)),
      bandLog: true,
      everyStoryId: true,
      terms: true,
      wireCopies: prepared.map(({ bands }) => ({
        query: bandsToQuery(bands, params),
        bands,
        minAgreeing: params.nearDuplicateBands,
      })),
      // Feeds bring the last few days: candidate stories for those come from memory after this.
      keysFromBucket: inputs.length
        ? Math.max(
            bucketOf(dayOf(now) - RECENT_DAYS),
            bucketOf(Math.min(...inputs.map((i) => dayOf(i.publishedAt))) - 2),
          )
        : undefined,
    });
    const results: Assignment[] = [];
    for (const [i, input] of inputs.entries()) results.push(await assignArticle(index, input, params, prepared[i]));
    return results;
  });
}
