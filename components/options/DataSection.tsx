import { useEffect, useState } from 'preact/hooks';
import type { StorageUsage } from '../../utils/portability/clear-data';
import { bytes, errorText } from './format';
import type { OptionsEnv } from './env';
import { ImportExport } from './ImportExport';

/** Storage used, import and export, and clearing everything (after a confirmation). */
export function DataSection({ env, revision, onChanged }: { env: OptionsEnv; revision: number; onChanged(): void }) {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    env.send({ type: 'GetStorageUsage' }).then(setUsage, (e: unknown) => setMessage(errorText(e)));
  }, [env, revision]);

  const clear = () =>
    env
      .send({ type: 'ClearAllData' })
      .then((r) => {
        setConfirming(false);
        setMessage(`Everything was cleared; the bundled list of ${r.outlets} outlets is back.`);
        onChanged();
      })
      .catch((e: unknown) => setMessage(errorText(e)));

  return (
    <section aria-labelledby="data-title" data-testid="data">
      <h2 id="data-title">Your data</h2>
      <p data-testid="storage-used">
        Storage used: {bytes(usage?.usage ?? null)}
        {usage &&
          ` (${usage.rows.articles ?? 0} articles, ${usage.rows.stories ?? 0} stories, ${usage.rows.outlets ?? 0} outlets)`}
      </p>
      {usage?.notices.map((n) => (
        <p key={n.kind} class="notice" role="status" data-testid={`data-notice-${n.kind}`}>
          {n.text}
        </p>
      ))}
      <ImportExport env={env} onImported={onChanged} />
      <h3>Clear all data</h3>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)} data-testid="clear-start">
          Clear all data…
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="clear-q" class="confirm">
          <p id="clear-q">
            Delete your sources, ratings, settings and every article Parallax has indexed? Export a backup first if you
            may want them back.
          </p>
          <button type="button" class="danger" onClick={clear} data-testid="clear-confirm">
            Yes, clear everything
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            Cancel
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
