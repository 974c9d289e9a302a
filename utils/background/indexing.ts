import type { ParallaxDB } from '../db/parallax-db';
import { STORAGE_NOTICE, type StorageNotice } from '../db/notices';
import type { FeedItem } from '../feeds/feed-item';
import { pollFeeds, type FeedSource, type PollResult } from '../feeds/poll-feeds';
import { normalizeHost } from '../outlets/domain-keys';
import { getSettings } from '../settings-store';
import { enabledFeeds } from '../sources/enabled';
import { ingestArticles, type IngestItem } from '../story/ingest';
import { pruneArticles } from '../story/prune';
import type { BackgroundContext } from './context';
import { setIndexingProgress } from './handlers/coverage';

/**
 * Upper bound on stored articles (oldest pruned first). At about 1–2 KB each this keeps the index
 * under ~100 MB, far inside the browser's quota for an extension origin.
 */
export const MAX_ARTICLES = 60_000;

export interface IndexingOptions {
  fetch?: typeof globalThis.fetch;
  random?: () => number;
}

/** The feeds to poll: every feed of every enabled outlet, with its homepage for autodiscovery. */
export async function feedSources(db: ParallaxDB): Promise<FeedSource[]> {
  const feeds = await enabledFeeds(db);
  const outlets = await db.outlets.bulkGet([...new Set(feeds.map((f) => f.outletId))]);
  const homepage = new Map(outlets.flatMap((o) => (o?.homepage ? [[o.id, o.homepage] as const] : [])));
  return feeds.map((f) => ({ ...f, homepage: homepage.get(f.outletId) }));
}

export function toIngestItem(outletId: string, item: FeedItem): IngestItem | null {
  let domain: string;
  try {
    const url = new URL(item.url);
    // parseFeed keeps only http(s) links; this guard keeps it so for any other source of items.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    domain = normalizeHost(url.hostname);
  } catch {
    return null;
  }
  return {
    url: item.url,
    title: item.title,
    description: item.summary,
    outletId,
    domain,
    publishedAt: item.publishedAt,
    provider: 'local',
  };
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

const running = new WeakMap<ParallaxDB, Promise<PollResult[]>>();

/**
 * One polling round: fetch the due feeds of enabled outlets, add each feed's batch to the story
 * index in its own transaction, then prune to the retention window. Rounds never overlap (an
 * alarm firing during the install poll joins it). When the disk is full, the oldest articles are
 * pruned and the batch is tried once more, so the extension keeps working with a smaller index.
 */
export function pollOnce(ctx: BackgroundContext, options: IndexingOptions = {}): Promise<PollResult[]> {
  const current = running.get(ctx.db);
  if (current) return current;
  const round = (async () => {
    const { db } = ctx;
    const settings = await getSettings(db);
    const ingest = async (items: IngestItem[]) => {
      try {
        await ingestArticles(db, items, ctx.now());
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        const kept = Math.floor((await db.articles.count()) / 2);
        await pruneArticles(db, ctx.now(), { retentionDays: settings.retentionDays, maxArticles: kept });
        const notice: StorageNotice = { at: ctx.now(), keptArticles: kept };
        await db.settings.put({ key: STORAGE_NOTICE, value: notice });
        await ingestArticles(db, items, ctx.now());
      }
    };
    try {
      const results = await pollFeeds({
        feeds: await feedSources(db),
        store: db.feeds,
        fetch: options.fetch,
        random: options.random,
        now: ctx.now,
        onBatch: (outletId, _feedUrl, items) =>
          ingest(items.map((item) => toIngestItem(outletId, item)).filter((i): i is IngestItem => i !== null)),
        onProgress: (done, total) => setIndexingProgress(ctx, done < total ? { done, total } : null),
      });
      await pruneArticles(db, ctx.now(), { retentionDays: settings.retentionDays, maxArticles: MAX_ARTICLES });
      return results;
    } finally {
      setIndexingProgress(ctx, null);
      running.delete(db);
    }
  })();
  running.set(ctx.db, round);
  return round;
}
