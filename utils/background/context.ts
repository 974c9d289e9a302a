import type { Badge } from '../badge';
import type { ParallaxDB } from '../db/parallax-db';

/** The parts of the browser the background uses; passed in so tests can drive it without one. */
export interface BrowserEdge {
  getTabUrl(tabId: number): Promise<string | null>;
  setBadge(tabId: number, badge: Badge | null): Promise<void>;
}

/** What every group of message handlers may use. */
export interface BackgroundContext {
  db: ParallaxDB;
  edge: BrowserEdge;
  now(): number;
}
