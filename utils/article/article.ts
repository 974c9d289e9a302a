/** What the content script learns about the page being read. */
export interface Article {
  url: string;
  canonicalUrl: string;
  headline: string | null;
  description: string | null;
  outletName: string | null;
  authors: string[];
  /** ISO 8601 timestamps. */
  publishedAt: string | null;
  modifiedAt: string | null;
  section: string | null;
  lang: string | null;
  keywords: string[];
  image: string | null;
  isOpinion: boolean;
  isPaywalled: boolean;
}

export type ArticleKind = 'news' | 'opinion' | 'live-blog' | 'video-gallery' | 'home-section' | 'search-tag' | 'other';

/** The content script's verdict on a page, with the signals that decided it. */
export interface Detection {
  isArticle: boolean;
  kind: ArticleKind;
  confidence: number;
  reasons: string[];
}
