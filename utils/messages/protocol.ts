import * as v from 'valibot';
import type { Article, Detection } from '../article/article';
import type { Outlet } from '../outlets/outlet';
import { OPTIONS_REQUESTS, OPTIONS_SENDERS, type OptionsReplies } from '../sources/options-protocol';
import { COVERAGE_REQUESTS, COVERAGE_SENDERS, type CoverageReplies } from '../coverage/coverage-protocol';

/**
 * The one message protocol between the content script, the background and the extension pages.
 * Every request is a member of a discriminated union on `type`, validated where it arrives
 * (the background); every reply is an `Envelope`, so a failure is a typed error, never a crash.
 */

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));
const httpUrl = v.pipe(v.string(), v.maxLength(4096), v.url(), v.regex(/^https?:/i, 'only http(s) URLs'));

export const ArticleSchema = v.object({
  url: httpUrl,
  canonicalUrl: httpUrl,
  headline: nullableText(1000),
  description: nullableText(5000),
  outletName: nullableText(300),
  authors: v.pipe(v.array(text(300)), v.maxLength(50)),
  publishedAt: nullableText(64),
  modifiedAt: nullableText(64),
  section: nullableText(300),
  lang: nullableText(35),
  keywords: v.pipe(v.array(text(200)), v.maxLength(100)),
  image: nullableText(4096),
  isOpinion: v.boolean(),
  isPaywalled: v.boolean(),
});

export const DetectionSchema = v.object({
  isArticle: v.boolean(),
  kind: v.picklist(['news', 'opinion', 'live-blog', 'video-gallery', 'home-section', 'search-tag', 'other']),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: v.pipe(v.array(text(300)), v.maxLength(50)),
});

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const RequestSchema = v.variant('type', [
  /** content → background: the page is an article. */
  v.object({ type: v.literal('ArticleSeen'), article: ArticleSchema, detection: DetectionSchema }),
  /** page → background: which outlet publishes this URL? */
  v.object({ type: v.literal('GetOutlet'), url: httpUrl }),
  /** popup → background: everything the popup shows for one tab. */
  v.object({ type: v.literal('GetTabView'), tabId }),
  /** options page → background: sources, ratings, settings and data (issue 7). */
  ...OPTIONS_REQUESTS,
  /** popup and pill → background: coverage, feedback, the pill (issue 6). */
  ...COVERAGE_REQUESTS,
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Who may send each request. Anything that changes the reader's data must come from an extension page. */
export const ALLOWED_SENDERS: Record<RequestType, 'content' | 'page' | 'any'> = {
  ArticleSeen: 'content',
  GetOutlet: 'any',
  GetTabView: 'page',
  ...OPTIONS_SENDERS,
  ...COVERAGE_SENDERS,
};

export interface OutletAnswer {
  url: string;
  domain: string | null;
  outlet: Outlet | null;
}

export interface TabView {
  tabId: number;
  /** The last article the tab's content script reported for its current page; null when not an article. */
  article: Article | null;
  detection: Detection | null;
  url: string | null;
  outlet: OutletAnswer | null;
}

export interface Replies extends OptionsReplies, CoverageReplies {
  ArticleSeen: { accepted: boolean };
  GetOutlet: OutletAnswer;
  GetTabView: TabView;
}

export type ProtocolErrorCode = 'invalid-message' | 'unknown-type' | 'forbidden' | 'internal';
export interface ProtocolError {
  code: ProtocolErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ProtocolError };
export type ReplyOf<T extends RequestType> = Replies[T];
