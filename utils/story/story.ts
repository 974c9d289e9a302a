import type { Outlet } from '../outlets/outlet';

/** Which lookup found an article: the on-device index or an opted-in public search service. */
export type ProviderId = 'local' | 'gdelt' | 'google-news';

/** Why an article was put in a story, so the popup can explain every match. */
export interface MatchExplanation {
  /** Similarity to the story (0–1) at the moment the article joined it. */
  score: number;
  /** The weighted terms the article shares with the story, strongest first. */
  sharedTerms: string[];
  /** 'near-duplicate': a wire copy recognised by MinHash; 'seed': the article started the story. */
  method: 'centroid' | 'near-duplicate' | 'seed';
  provider: ProviderId;
}

/** An article as stored in the local index (from a feed, a provider, or the page being read). */
export interface StoredArticle {
  /** `${outletId} ${url}`: a wire copy syndicated by several outlets is kept once per outlet. */
  id: string;
  url: string;
  title: string;
  description: string | null;
  /** Registry outlet id, or `domain:<host>` for outlets Parallax does not know. */
  outletId: string;
  domain: string;
  publishedAt: number;
  storyId: string;
  match: MatchExplanation;
  lang?: string | null;
  country?: string | null;
}

/** A group of articles about the same event. */
export interface Story {
  id: string;
  /** Headline of the article that seeded the story. */
  title: string;
  articleCount: number;
  firstPublishedAt: number;
  lastPublishedAt: number;
}

/** The answer to "who else covered this?" for the page being read. */
export interface Coverage {
  /** `story.articleCount` is the story's true size, which may exceed `articles.length`. */
  story: Story;
  /**
   * From the local index: the story's newest members, at most COVERAGE_ARTICLES (utils/story/members.ts),
   * oldest first; not necessarily every member, and the page itself may be left out when it is older.
   */
  articles: StoredArticle[];
  /** Every distinct outlet of `articles` (not of the whole story), overrides applied. */
  outlets: Outlet[];
}
