import type { ParallaxDB } from './db/parallax-db';
import { normalizeSettings, type Settings } from './settings';

/** The settings row's key; other keys in the table (e.g. the dataset version) are not settings. */
export const SETTINGS_KEY = 'settings';

export type SettingsPatch = Partial<Omit<Settings, 'providers'>> & { providers?: Partial<Settings['providers']> };

export async function getSettings(db: ParallaxDB): Promise<Settings> {
  return normalizeSettings((await db.settings.get(SETTINGS_KEY))?.value);
}

/** Applies a partial change and stores the normalized result (out-of-range numbers are clamped). */
export async function updateSettings(db: ParallaxDB, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings(db);
    const next = normalizeSettings({ ...current, ...patch, providers: { ...current.providers, ...patch.providers } });
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}
