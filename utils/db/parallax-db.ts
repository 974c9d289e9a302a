import Dexie, { type Table } from 'dexie';
import type { Outlet } from '../outlets/outlet';
import type { BiasRating } from '../bias';
import type { ProviderCacheRow, ProviderStateRow } from '../coverage/providers/provider-rows';
import type { FeedbackRow } from '../coverage/feedback-store';
import type { FeedHealth } from '../feeds/feed-health';
import type { ArticleRecord, StoryKeysRow, StoryRecord } from '../story/store/story-index';
import type { TermDeltaRow, TermShardRow } from '../story/store/term-store';
import type { BandLogRow } from '../story/store/band-log';
import { declareSchema } from './schema';
import { WriteWatch } from './write-watch';

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
  /** Each story's `term|bucket` keys, indexed: how candidate stories are found (story-index.ts). */
  storyKeys!: Table<StoryKeysRow, string>;
  /** Document frequencies: a snapshot in shards plus one delta per batch (utils/story/store/term-store.ts). */
  termShards!: Table<TermShardRow, number>;
  termDeltas!: Table<TermDeltaRow, number>;
  /** Every stored article's MinHash bands, so ingest skips asking for bands nobody has (band-log.ts). */
  bandLog!: Table<BandLogRow, number>;
  /** Who wrote what: lets in-memory caches of these tables notice writes they did not make. */
  readonly writes = new WriteWatch();

  constructor(name = 'parallax', options?: ConstructorParameters<typeof Dexie>[1]) {
    // No liveQuery here (pages ask the background through messages), so none of Dexie's change
    // tracking for it: range sets of every written key and index entry, broadcast to other
    // contexts after each commit, cost ingest ~5% of its time.
    super(name, { cache: 'disabled', ...options });
    this.unuse({ stack: 'dbcore', name: 'Observability' });
    declareSchema(this);
    this.use(this.writes.middleware());
    // A reopened database may be another one (deleted, rebuilt, upgraded): caches start over.
    this.on('ready', () => this.writes.reset());
  }
}
