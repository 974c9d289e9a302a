import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WelcomeApp, type WelcomeEnv } from '../../../components/welcome/WelcomeApp';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';

/** Stands in for the background: keeps settings the way UpdateSettings would. */
function memoryEnv(): WelcomeEnv & { settings: Settings } {
  const env = {
    settings: structuredClone(DEFAULT_SETTINGS),
    getSettings: async () => structuredClone(env.settings),
    setProvider: async (key: keyof Settings['providers'], on: boolean) => {
      env.settings = { ...env.settings, providers: { ...env.settings.providers, [key]: on } };
      return structuredClone(env.settings);
    },
  };
  return env;
}

afterEach(cleanup);

describe('WelcomeApp', () => {
  it('explains what each service receives and never receives, both off at first', async () => {
    render(<WelcomeApp env={memoryEnv()} />);
    const switches = await screen.findAllByRole('switch');
    await waitFor(() => expect(switches.every((s) => !(s as HTMLInputElement).disabled)).toBe(true));
    expect(switches.map((s) => (s as HTMLInputElement).checked)).toEqual([false, false]);
    for (const id of ['gdelt', 'google-news']) {
      const text = screen.getByTestId(`provider-${id}`).textContent!;
      expect(text).toMatch(/words from the headline/);
      expect(text).toMatch(/Never the address of the page/);
      expect(text).toMatch(/cookies/);
    }
    // The example search is computed by the real query builder: names and terms, not the headline.
    const query = screen.getByTestId('example-query').textContent!;
    expect(query).toContain('"Highland Park"');
    expect(query).not.toContain('has been indicted on 117 counts by a grand jury');
  });

  it('turns a service on and off through the settings', async () => {
    const env = memoryEnv();
    render(<WelcomeApp env={env} />);
    const [gdelt] = await screen.findAllByRole('switch');
    await waitFor(() => expect((gdelt as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(gdelt!);
    await waitFor(() => expect(env.settings.providers).toEqual({ gdelt: true, googleNews: false }));
    await waitFor(() => expect((gdelt as HTMLInputElement).checked).toBe(true));
    fireEvent.click(gdelt!);
    await waitFor(() => expect(env.settings.providers.gdelt).toBe(false));
  });
});
