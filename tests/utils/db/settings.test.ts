import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../utils/settings';

describe('normalizeSettings', () => {
  it.each([undefined, null, 0, 'settings', [], [1, 2], () => 1, { pollMinutes: 'often' }, { providers: 'all' }])(
    'falls back to the defaults for %j',
    (raw) => {
      expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps valid choices and repairs each broken field on its own', () => {
    const settings = normalizeSettings({
      pollMinutes: 1, // below the 5-minute floor
      retentionDays: 1e9,
      providers: { gdelt: true, googleNews: 'yes' },
      pill: true,
      pillDismissedSites: ['example.com', 42, null, 'news.example'],
      unknownField: 'ignored',
    });
    expect(settings).toEqual({
      pollMinutes: 5,
      retentionDays: 90,
      providers: { gdelt: true, googleNews: false },
      pill: true,
      pillDismissedSites: ['example.com', 'news.example'],
    });
  });

  it('never opts the reader into a public search provider by default', () => {
    expect(normalizeSettings({}).providers).toEqual({ gdelt: false, googleNews: false });
    expect(normalizeSettings({ providers: { gdelt: 1, googleNews: 'true' } }).providers).toEqual({
      gdelt: false,
      googleNews: false,
    });
  });

  it('rounds and clamps numbers, and rejects NaN and Infinity', () => {
    expect(normalizeSettings({ pollMinutes: 12.6 }).pollMinutes).toBe(13);
    expect(normalizeSettings({ pollMinutes: NaN }).pollMinutes).toBe(DEFAULT_SETTINGS.pollMinutes);
    expect(normalizeSettings({ retentionDays: Infinity }).retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
  });
});
