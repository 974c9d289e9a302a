import { useState } from 'preact/hooks';
import { BIAS_LABELS, BIASES, type BiasRating } from '../../utils/bias';
import type { AddSourceResult } from '../../utils/sources/add-source';
import type { OptionsEnv } from './env';
import { errorText } from './format';

type State =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; result: AddSourceResult }
  | { status: 'error'; message: string };

/** Add the reader's own source: a domain or homepage, its feed found by autodiscovery or typed in. */
export function AddSourceForm({ env, onAdded }: { env: OptionsEnv; onAdded(): void }) {
  const [input, setInput] = useState('');
  const [feedUrl, setFeedUrl] = useState('');
  const [name, setName] = useState('');
  const [bias, setBias] = useState<BiasRating>('unrated');
  const [state, setState] = useState<State>({ status: 'idle' });

  const submit = (e: Event) => {
    e.preventDefault();
    // First thing in the gesture: the browser only prompts for host access during a click.
    const access = env.requestHostAccess([input, ...(feedUrl ? [feedUrl] : [])]);
    setState({ status: 'busy' });
    access
      .then(() =>
        env.send({
          type: 'AddSource',
          input: input.trim(),
          ...(feedUrl.trim() ? { feedUrl: feedUrl.trim() } : {}),
          ...(name.trim() ? { name: name.trim() } : {}),
          ...(bias !== 'unrated' ? { bias } : {}),
        }),
      )
      .then((result) => {
        setState({ status: 'done', result });
        if (result.ok) {
          setInput('');
          setFeedUrl('');
          setName('');
          onAdded();
        }
      })
      .catch((error: unknown) => setState({ status: 'error', message: errorText(error) }));
  };

  return (
    <section aria-labelledby="add-title">
      <h2 id="add-title">Add a source</h2>
      <form class="add-source" onSubmit={submit} data-testid="add-source">
        <label>
          Site (domain or homepage address)
          <input
            required
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
            placeholder="localpaper.com"
            data-testid="add-input"
          />
        </label>
        <label>
          Feed address (optional: found on the homepage when empty)
          <input
            value={feedUrl}
            onInput={(e) => setFeedUrl(e.currentTarget.value)}
            placeholder="https://localpaper.com/feed"
          />
        </label>
        <label>
          Name (optional)
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          Bias
          <select value={bias} onChange={(e) => setBias(e.currentTarget.value as BiasRating)}>
            {['unrated' as const, ...BIASES].map((b) => (
              <option key={b} value={b}>
                {BIAS_LABELS[b]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={state.status === 'busy'}>
          {state.status === 'busy' ? 'Looking for its feed…' : 'Add source'}
        </button>
      </form>
      {state.status === 'done' && state.result.ok && (
        <p role="status" data-testid="add-result" data-ok="true">
          Added {state.result.outlet.name} with the feed {state.result.feedUrl}.
        </p>
      )}
      {state.status === 'done' && !state.result.ok && (
        <p role="alert" data-testid="add-result" data-ok="false" data-error={state.result.error}>
          {state.result.message}
        </p>
      )}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
    </section>
  );
}
