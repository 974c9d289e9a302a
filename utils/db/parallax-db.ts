import Dexie, { type Table } from 'dexie';
import type { Outlet } from '../outlets/outlet';
import type { BiasRating } from '../bias';
import type { ProviderCacheRow, ProviderStateRow } from '../coverage/providers/provider-rows';
import type { FeedbackRow } from '../coverage/feedback-store';
import type { FeedHealth } from '../feeds/feed-health';
import type { ArticleRecord, StoryRecord, TermRow } from '../story/store/story-index';
import { declareSchema } from './schema';

/** The reader's own correction of an outlet, which wins over the bundled rating everywhere. */
export interface OutletOverride {
  outletId: string;
  bias?: BiasRating;
  quality?: number | null;
  enabled?: boolean;
  updatedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The background's database. Only the background opens it; pages ask through messages. */
export class ParallaxDB extends Dexie {
  outlets!: Table<Outlet, string>;
  overrides!: Table<OutletOverride, string>;
  settings!: Table<SettingRow, string>;
  providerCache!: Table<ProviderCacheRow, string>;
  providerState!: Table<ProviderStateRow, string>;
  feedback!: Table<FeedbackRow, [string, string]>;
  /** Per-feed health and conditional-request state, keyed by the feed URL the outlet lists. */
  feeds!: Table<FeedHealth, string>;
  /** The local story index (utils/story/): articles, their stories, and term frequencies. */
  articles!: Table<ArticleRecord, string>;
  stories!: Table<StoryRecord, string>;
  terms!: Table<TermRow, string>;

  constructor(name = 'parallax', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareSchema(this);
  }
}
