import type { Article } from '../../article/article';
import type { ParallaxDB } from '../../db/parallax-db';
import type { Settings } from '../../settings';
import { registrableDomain } from '../../outlets/domain-keys';
import type { ProviderId } from '../../story/story';
import { canonicalKey } from './canonical-url';
import { outletForCandidate, type OutletLookup } from './candidate-outlet';
import { gdeltProvider } from './gdelt';
import { googleNewsProvider } from './google-news';
import { mergeCandidates, nearIdenticalTitles } from './merge-candidates';
import { DEFAULT_PACING, type PacingPolicy } from './pacing';
import type { Candidate, CoverageCandidate, CoverageProvider } from './provider';
import { DEFAULT_CACHE_TTL_MS } from './provider-cache';
import type { ProviderStatus } from './provider-status';
import { modelTerms, rescoreCandidates, type StoryArticle, type TermStats } from './rescore';
import { runRemote } from './run-remote';
import { searchWindow } from './search-window';

export interface SearchCoverageDeps {
  db: ParallaxDB;
  fetch: typeof fetch;
  now(): number;
  lookupOutlet: OutletLookup;
  /** The on-device index; its articles come first and remote duplicates of them are dropped. */
  local?: CoverageProvider;
  /** Replacements for the real services (base URLs pointed at a test server, for instance). */
  remote?: Partial<Record<'gdelt' | 'google-news', CoverageProvider>>;
  /** navigator.onLine in the extension; tests pass their own. */
  isOnline?(): boolean;
  sleep?(ms: number): Promise<void>;
  timeoutMs?: number;
  cacheTtlMs?: number;
  pacing?: Partial<Record<'gdelt' | 'google-news', PacingPolicy>>;
  /**
   * The local index's document frequencies (`StoryIndex.docStats`), so re-scoring weighs a rare
   * name above a word every story uses, exactly as the index does. Without it all terms weigh the same.
   */
  docStats?(terms: string[]): Promise<TermStats>;
  /**
   * The articles the local index has in the page's story: remote results are scored against the page
   * and these together. Without it, the `local` provider's answer is used (when given).
   */
  story?: readonly StoryArticle[];
}

export interface CoverageSearch {
  /** Merged, deduplicated, every remote one re-scored above the story threshold. */
  candidates: CoverageCandidate[];
  /** One per provider, in order: local (when given), GDELT, Google News. */
  statuses: ProviderStatus[];
}

const REMOTE = [
  { id: 'gdelt', setting: 'gdelt', make: () => gdeltProvider() },
  { id: 'google-news', setting: 'googleNews', make: () => googleNewsProvider() },
] as const;

/**
 * Finds who else covered the article: the local index, plus each public search service the reader
 * turned on. A failing service becomes a status and never hides the other results.
 */
export async function searchCoverage(
  article: Article,
  settings: Pick<Settings, 'providers'>,
  deps: SearchCoverageDeps,
): Promise<CoverageSearch> {
  const now = deps.now();
  const window = searchWindow(article, now);
  const providerDeps = { fetch: deps.fetch, now: deps.now, timeoutMs: deps.timeoutMs ?? 10_000 };
  const pageKeys = new Set([canonicalKey(article.url), canonicalKey(article.canonicalUrl)]);
  const pageSite = registrableDomain(new URL(article.url).hostname);
  // The page itself comes back from a search too, sometimes behind a Google redirect: recognised
  // then by its outlet and headline.
  const notThePage = (c: Candidate) =>
    !pageKeys.has(canonicalKey(c.url)) &&
    !(registrableDomain(c.domain) === pageSite && nearIdenticalTitles(c.title, article.headline ?? ''));

  const tasks: Promise<{ status: ProviderStatus; candidates: Candidate[] }>[] = [];
  let localTask: Promise<{ status: ProviderStatus; candidates: Candidate[] }> | undefined;
  if (deps.local) {
    const local = deps.local;
    localTask = local.search(article, window, providerDeps).then(
      (candidates) => ({
        status: { provider: local.id, state: 'ok', message: '', found: candidates.length },
        candidates,
      }),
      (error: unknown) => ({
        status: { provider: local.id, state: 'error', message: errorText(error) },
        candidates: [],
      }),
    );
    tasks.push(localTask);
  }
  // Remote requests still run alongside the local lookup; only their re-scoring waits for its story.
  const story = async (): Promise<readonly StoryArticle[]> =>
    deps.story ??
    ((await localTask)?.candidates ?? []).map((c) => ({
      title: c.title,
      description: c.description,
      publishedAt: c.publishedAt ?? now,
    }));
  for (const r of REMOTE) {
    if (!settings.providers[r.setting]) {
      tasks.push(Promise.resolve({ status: disabled(r.id), candidates: [] }));
      continue;
    }
    const provider = deps.remote?.[r.id] ?? r.make();
    tasks.push(
      runRemote(provider, article, window, {
        ...providerDeps,
        db: deps.db,
        isOnline: deps.isOnline ?? (() => globalThis.navigator?.onLine !== false),
        sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        cacheTtlMs: deps.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS,
        pacing: deps.pacing?.[r.id] ?? DEFAULT_PACING[r.id],
      }).then(async ({ status, candidates }) => {
        const fresh = candidates.filter(notThePage);
        const local = fresh.length ? await story() : [];
        const stats =
          deps.docStats && fresh.length ? await deps.docStats(modelTerms(article, fresh, local)) : undefined;
        const kept = rescoreCandidates(article, fresh, now, { stats, story: local });
        return { status: status.state === 'ok' ? { ...status, found: kept.length } : status, candidates: kept };
      }),
    );
  }
  const results = await Promise.all(tasks);
  const resolved = await Promise.all(
    results.map((r) =>
      Promise.all(
        r.candidates.filter(notThePage).map(async (c): Promise<CoverageCandidate> => {
          const outlet = await outletForCandidate(c, deps.lookupOutlet);
          const match = c.match ?? { score: 0, sharedTerms: [], method: 'centroid' as const, provider: c.provider };
          return { ...c, match, outlet, outletId: outlet.id };
        }),
      ),
    ),
  );
  return { candidates: mergeCandidates(resolved), statuses: results.map((r) => r.status) };
}

const NAMES: Record<ProviderId, string> = { local: 'Your sources', gdelt: 'GDELT', 'google-news': 'Google News' };

function disabled(provider: ProviderId): ProviderStatus {
  return { provider, state: 'disabled', message: `${NAMES[provider]} is off. You can turn it on in the settings.` };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
