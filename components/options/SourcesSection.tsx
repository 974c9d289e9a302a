import { useEffect, useState } from 'preact/hooks';
import type { SourcePage, SourceQuery } from '../../utils/sources/source-row';
import { BulkToggles } from './BulkToggles';
import type { OptionsEnv } from './env';
import { errorText } from './format';
import { SourceFilters } from './SourceFilters';
import { SourceItem } from './SourceItem';

const PAGE = 50;

/** Every outlet Parallax knows, 50 at a time, with the reader's switches and ratings. */
export function SourcesSection({ env, revision, now }: { env: OptionsEnv; revision: number; now: () => number }) {
  const [query, setQuery] = useState<SourceQuery>({ offset: 0, limit: PAGE });
  const [page, setPage] = useState<SourcePage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    // A short pause so typing a name asks the background once, not once per key.
    const timer = setTimeout(() => {
      env
        .send({ type: 'ListSources', ...query })
        .then((p) => live && (setPage(p), setError(null)))
        .catch((e: unknown) => live && setError(errorText(e)));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [env, query, tick, revision]);

  const run = (action: Promise<unknown>) =>
    action.then(() => setTick((t) => t + 1)).catch((e: unknown) => setError(errorText(e)));
  const offset = query.offset ?? 0;

  return (
    <section aria-labelledby="sources-title" data-testid="sources">
      <h2 id="sources-title">Sources</h2>
      <p class="muted">
        Outlets that are on are polled, and count in coverage. Turning one off takes its articles out of every count at
        once.
      </p>
      <SourceFilters query={query} countries={page?.countries ?? []} onChange={setQuery} />
      <BulkToggles onToggle={(bias, enabled) => run(env.send({ type: 'SetOutletEnabled', bias, enabled }))} />
      {error && <p role="alert">{error}</p>}
      {page && (
        <>
          <p role="status" data-testid="source-total">
            {page.total} outlets
            {page.total > PAGE ? `, showing ${offset + 1}–${Math.min(offset + PAGE, page.total)}` : ''}
          </p>
          <ul class="sources">
            {page.rows.map((row) => (
              <SourceItem
                key={row.outlet.id}
                row={row}
                now={now()}
                onToggle={(enabled) => run(env.send({ type: 'SetOutletEnabled', outletIds: [row.outlet.id], enabled }))}
                onRate={(r) => run(env.send({ type: 'SetRatingOverride', outletId: row.outlet.id, ...r }))}
                onReset={() => run(env.send({ type: 'ResetRatingOverride', outletId: row.outlet.id }))}
              />
            ))}
          </ul>
          <nav class="pager" aria-label="Pages">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => setQuery({ ...query, offset: Math.max(0, offset - PAGE) })}
            >
              Previous
            </button>
            <button
              type="button"
              disabled={offset + PAGE >= page.total}
              onClick={() => setQuery({ ...query, offset: offset + PAGE })}
            >
              Next
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
