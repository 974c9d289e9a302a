import { BANDS, fnv1a, jaccardOf, minhashBands } from './minhash';
import { DAY_MS, dayOf, DEFAULT_PARAMS, type ClusterParams } from './params';
import { scoreCandidate } from './score';
import {
  KEY_DAYS,
  queryBuckets,
  storyKey,
  storyKeys,
  type ArticleRecord,
  type StoryIndex,
  type StoryRecord,
} from './store/story-index';
import type { MatchExplanation, ProviderId, StoredArticle } from './story';
import { termCounts, weigh } from './text/weights';
import { addInto, toMap, topK, type TermVector } from './text/vector';

/** One article to place in a story: a stored article before it has a story. `id` is unique per outlet. */
export type ArticleInput = Omit<StoredArticle, 'storyId' | 'match' | 'lang' | 'country'> & { provider: ProviderId };

export interface Assignment {
  article: ArticleRecord;
  story: StoryRecord;
  /** False when the article was already indexed (re-ingest is a no-op). */
  added: boolean;
}

/** Summary characters stored per article: enough for the popup, small enough for 2 KB rows. */
const STORED_DESCRIPTION = 280;
const SHARED_TERMS = 5;

function queryKeys(vector: TermVector, day: number, params: ClusterParams): string[] {
  const keys: string[] = [];
  for (const term of vector.terms.slice(0, params.queryTerms))
    for (const bucket of queryBuckets(day)) keys.push(storyKey(term, bucket));
  return keys;
}

/**
 * The bands worth querying for wire copies. A copy must agree on `nearDuplicateBands` of the
 * BANDS bands, so it agrees on at least one of any BANDS - nearDuplicateBands + 1 of them
 * (pigeonhole): querying the first that many finds every copy that can qualify, with fewer
 * index requests (9 instead of 16), and the same result as querying all.
 */
export function bandsToQuery(bands: readonly number[], params: ClusterParams): number[] {
  const need = params.nearDuplicateBands;
  return need >= 1 && need <= BANDS ? bands.slice(0, BANDS - need + 1) : bands.slice();
}

/** What the model reads of an article's text: term counts and MinHash bands (pure, no storage). */
export interface PreparedText {
  counts: Map<string, number>;
  bands: number[];
}

export function prepareText(input: Pick<ArticleInput, 'title' | 'description'>, params: ClusterParams): PreparedText {
  return {
    counts: termCounts(input, params),
    bands: minhashBands(`${input.title} ${(input.description ?? '').slice(0, 300)}`),
  };
}

/** The first id a story seeded by `seedId` would get (a taken id gets a `-n` suffix). */
export const storyIdBase = (seedId: string) => `${fnv1a(seedId).toString(36)}${fnv1a(seedId, 0x1234567).toString(36)}`;

/** A story id derived from its seed article, so a given input order always gives the same ids. */
async function newStoryId(index: StoryIndex, seedId: string): Promise<string> {
  const base = storyIdBase(seedId);
  let id = base;
  for (let n = 2; await index.getStory(id); n++) id = `${base}-${n}`;
  return id;
}

/** Finds the story of a new article: wire copy first, then the best decayed-cosine candidate. */
async function chooseStory(
  index: StoryIndex,
  input: ArticleInput,
  vector: TermVector,
  bands: number[],
  params: ClusterParams,
): Promise<{ story: StoryRecord; match: Omit<MatchExplanation, 'provider'> } | null> {
  if (bands.length > 0) {
    // The best-agreeing stored copy (the first in id order of a tie) and its story.
    const best = await index.bestBandMatch(bandsToQuery(bands, params), bands, params.nearDuplicateBands);
    const story = best && (await index.getStory(best.storyId));
    // A copy only counts near its original in time: "Stocks rise at the open" recurs every week.
    const gap = story
      ? Math.max(story.firstPublishedAt - input.publishedAt, input.publishedAt - story.lastPublishedAt)
      : 0;
    if (best && story && gap <= params.windowDays * DAY_MS) {
      const { sharedTerms } = scoreCandidate(vector, input.publishedAt, story, params);
      return {
        story,
        match: {
          score: jaccardOf(best.agreeing),
          sharedTerms: sharedTerms.slice(0, SHARED_TERMS),
          method: 'near-duplicate',
        },
      };
    }
  }
  let best: { story: StoryRecord; score: number; sharedTerms: string[] } | null = null;
  for (const story of await index.storiesByKeys(queryKeys(vector, dayOf(input.publishedAt), params))) {
    const s = scoreCandidate(vector, input.publishedAt, story, params);
    if (s.score >= params.threshold && (!best || s.score > best.score)) best = { story, ...s };
  }
  if (!best) return null;
  return {
    story: best.story,
    match: { score: best.score, sharedTerms: best.sharedTerms.slice(0, SHARED_TERMS), method: 'centroid' },
  };
}

function grow(story: StoryRecord, vector: TermVector, publishedAt: number, params: ClusterParams): StoryRecord {
  const sum = toMap(story.centroid);
  addInto(sum, vector);
  const centroid = topK(sum, params.centroidTerms);
  const days = [...new Set([...story.days, dayOf(publishedAt)])].sort((a, b) => a - b).slice(-KEY_DAYS);
  return {
    ...story,
    centroid,
    days,
    keys: storyKeys(centroid, days, params.keyTerms),
    articleCount: story.articleCount + 1,
    firstPublishedAt: Math.min(story.firstPublishedAt, publishedAt),
    lastPublishedAt: Math.max(story.lastPublishedAt, publishedAt),
  };
}

/**
 * Places one article in the index (Miranda et al. 2018, simplified to one TF-IDF feature
 * set): candidates through `term|day` keys, decayed cosine to each centroid, join the best
 * above the threshold or seed a new story; MinHash wire copies join their original directly.
 */
export async function assignArticle(
  index: StoryIndex,
  input: ArticleInput,
  params = DEFAULT_PARAMS,
  prepared?: PreparedText,
): Promise<Assignment> {
  const existing = await index.getArticle(input.id);
  if (existing) {
    const story = await index.getStory(existing.storyId);
    if (story) return { article: existing, story, added: false };
  }
  const { counts, bands } = prepared ?? prepareText(input, params);
  const stats = await index.countDocument([...counts.keys()], dayOf(input.publishedAt));
  const vector = weigh(counts, stats.df, stats.docs, params);
  const chosen = await chooseStory(index, input, vector, bands, params);
  const story = chosen
    ? grow(chosen.story, vector, input.publishedAt, params)
    : grow(
        {
          id: await newStoryId(index, input.id),
          title: input.title,
          articleCount: 0,
          firstPublishedAt: input.publishedAt,
          lastPublishedAt: input.publishedAt,
          centroid: { terms: [], weights: [] },
          days: [],
          keys: [],
        },
        vector,
        input.publishedAt,
        params,
      );
  const match: MatchExplanation = chosen
    ? { ...chosen.match, provider: input.provider }
    : { score: 1, sharedTerms: vector.terms.slice(0, SHARED_TERMS), method: 'seed', provider: input.provider };
  const article: ArticleRecord = {
    id: input.id,
    url: input.url,
    title: input.title,
    description: input.description ? input.description.slice(0, STORED_DESCRIPTION) : null,
    outletId: input.outletId,
    domain: input.domain,
    publishedAt: input.publishedAt,
    storyId: story.id,
    match,
    bands,
  };
  await index.putStory(story);
  await index.putArticle(article);
  return { article, story, added: true };
}
