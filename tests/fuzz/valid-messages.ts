import type { RequestType } from '../../utils/messages/protocol';

/** One valid request body per message type (without `type`), for the fuzzer and the sender-rights test. */
const ARTICLE = {
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
  headline: 'h',
  description: null,
  outletName: null,
  authors: [],
  publishedAt: null,
  modifiedAt: null,
  section: null,
  lang: null,
  keywords: [],
  image: null,
  isOpinion: false,
  isPaywalled: false,
};

/** One valid example per message type; a new type without one fails the coverage test below. */
export const VALID: Record<RequestType, object> = {
  ArticleSeen: { article: ARTICLE, detection: { isArticle: true, kind: 'news', confidence: 0.9, reasons: ['x'] } },
  GetOutlet: { url: 'https://news.example/a' },
  GetTabView: { tabId: 1 },
  ListSources: { query: 'x', limit: 10 },
  SetOutletEnabled: { outletIds: ['a'], enabled: true },
  SetRatingOverride: { outletId: 'a', bias: 'left', quality: 0.5 },
  ResetRatingOverride: { outletId: 'a' },
  AddSource: { input: 'https://news.example/' },
  AddCurrentSite: { tabId: 1 },
  GetSettings: {},
  UpdateSettings: { patch: { pollMinutes: 30, providers: { gdelt: false } } },
  GetStorageUsage: {},
  ClearAllData: {},
  ExportData: { kind: 'backup' },
  ImportData: { kind: 'opml', text: '<opml/>' },
  GetCoverage: { tabId: 1 },
  NotSameStory: { storyId: 's', articleId: 'a' },
  RetryLookup: { tabId: 1 },
  SetPill: { enabled: true },
  DismissPill: { site: 'news.example' },
  GetPillView: {},
};
