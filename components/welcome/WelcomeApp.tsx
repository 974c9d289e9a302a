import { useEffect, useState } from 'preact/hooks';
import { DISCLOSURES, type Disclosure } from '../../utils/coverage/providers/disclosures';
import { pickTerms, queryTerms } from '../../utils/coverage/providers/query-terms';
import type { Settings } from '../../utils/settings';

/** What the page needs from the extension; the entrypoint passes the real message client. */
export interface WelcomeEnv {
  getSettings(): Promise<Settings>;
  setProvider(key: keyof Settings['providers'], on: boolean): Promise<Settings>;
}

/** A real headline, to show exactly which words a search would carry. */
const EXAMPLE = {
  headline: 'Highland Park shooting suspect has been indicted on 117 counts by a grand jury',
  description: null,
  keywords: [],
};

function exampleQuery(): string {
  const { phrases, words } = pickTerms(queryTerms(EXAMPLE));
  return [...phrases.map((p) => `"${p}"`), ...words].join(' ');
}

const SWITCHES: { key: keyof Settings['providers']; disclosure: Disclosure }[] = [
  { key: 'gdelt', disclosure: DISCLOSURES.gdelt },
  { key: 'googleNews', disclosure: DISCLOSURES['google-news'] },
];

/** The first-run page: how Parallax finds coverage, and the opt-in for the public search services. */
export function WelcomeApp({ env }: { env: WelcomeEnv }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    env.getSettings().then(setSettings, () => setError('Could not read your settings. Try reopening this page.'));
  }, [env]);
  const toggle = (key: keyof Settings['providers'], on: boolean) =>
    env.setProvider(key, on).then(setSettings, () => setError('Could not save that choice. Please try again.'));

  return (
    <main class="welcome">
      <h1>Welcome to Parallax</h1>
      <p>
        When you read a news article, Parallax shows which other outlets covered the same story and where they stand. It
        works on your own computer: it reads the news feeds of the outlets you keep on and matches stories here.
      </p>
      <h2>{DISCLOSURES.local.name}: always on</h2>
      <p>{DISCLOSURES.local.sends}</p>
      <h2>Search services: off until you turn them on</h2>
      <p>
        Feeds miss a lot of coverage. Two public search services can find more. If you turn one on, Parallax sends it a
        search made of a few words from the headline of the article you are reading. For example, for the headline
        <q>{EXAMPLE.headline}</q> the search is <code data-testid="example-query">{exampleQuery()}</code>. Results that
        are not about the same story are thrown away on your computer before you see them.
      </p>
      {SWITCHES.map(({ key, disclosure }) => (
        <section class="provider" key={key} data-testid={`provider-${disclosure.id}`}>
          <h3>{disclosure.name}</h3>
          <p>
            <strong>Receives:</strong> {disclosure.sends} <em>Sent to:</em> {disclosure.recipient}.
          </p>
          <p>
            <strong>Never receives:</strong> {disclosure.never}
          </p>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              disabled={!settings}
              checked={settings?.providers[key] ?? false}
              // onClick, not onChange: it fires for mouse and keyboard alike, also where change events lag.
              onClick={(e) => void toggle(key, e.currentTarget.checked)}
            />
            Use {disclosure.name}
          </label>
        </section>
      ))}
      <p>You can change these choices at any time in the Parallax options.</p>
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
