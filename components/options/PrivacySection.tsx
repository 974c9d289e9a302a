import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings';
import type { SettingsPatch } from '../../utils/settings-store';
import type { OptionsEnv } from './env';
import { errorText } from './format';

const SENDS = 'sends search terms taken from the headline; never the page address, cookies or history.';

/** Search providers (off unless the reader turns them on), polling, retention and the in-page pill. */
export function PrivacySection({ env, revision }: { env: OptionsEnv; revision: number }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    env.send({ type: 'GetSettings' }).then(setSettings, (e: unknown) => setError(errorText(e)));
  }, [env, revision]);
  const update = (patch: SettingsPatch) =>
    env.send({ type: 'UpdateSettings', patch }).then(setSettings, (e: unknown) => setError(errorText(e)));
  if (!settings) return <section aria-label="Providers and privacy">{error && <p role="alert">{error}</p>}</section>;
  return (
    <section aria-labelledby="privacy-title" data-testid="privacy">
      <h2 id="privacy-title">Providers and privacy</h2>
      <p>
        Parallax finds coverage on your machine, from the feeds of the outlets that are on. Search providers can find
        more; each is off until you turn it on.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.providers.gdelt}
          onChange={(e) => update({ providers: { gdelt: e.currentTarget.checked } })}
        />
        GDELT (gdeltproject.org): {SENDS}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.providers.googleNews}
          onChange={(e) => update({ providers: { googleNews: e.currentTarget.checked } })}
        />
        Google News (news.google.com): {SENDS}
      </label>
      <label>
        Check feeds every (minutes)
        <input
          type="number"
          min={5}
          max={1440}
          value={settings.pollMinutes}
          onChange={(e) => update({ pollMinutes: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        Keep articles for (days)
        <input
          type="number"
          min={1}
          max={90}
          value={settings.retentionDays}
          onChange={(e) => update({ retentionDays: Number(e.currentTarget.value) })}
        />
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.pill} onChange={(e) => update({ pill: e.currentTarget.checked })} />
        Show a small coverage pill on article pages
      </label>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
