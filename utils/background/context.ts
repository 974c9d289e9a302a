import type { Article, Detection } from '../article/article';
import type { Badge } from '../badge';
import type { ParallaxDB } from '../db/parallax-db';

/** The parts of the browser the background uses; passed in so tests can drive it without one. */
export interface BrowserEdge {
  getTabUrl(tabId: number): Promise<string | null>;
  setBadge(tabId: number, badge: Badge | null): Promise<void>;
  /**
   * Asks the tab's content script to detect its page again and answer with `{ article, detection }`
   * (or null): the worker forgets tabs when it is stopped, the page does not.
   */
  redetect?(tabId: number): Promise<unknown>;
}

/** What every group of message handlers may use. */
export interface BackgroundContext {
  db: ParallaxDB;
  edge: BrowserEdge;
  now(): number;
  /** Called once per ArticleSeen the background accepts: where the story lookup hooks in. */
  onArticle?(tabId: number, article: Article, detection: Detection): void | Promise<void>;
}
