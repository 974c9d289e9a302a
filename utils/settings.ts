/** The reader's choices. Stored in the background's database; changed only from extension pages. */
export interface Settings {
  /** Minutes between feed polls (jitter is added on top). */
  pollMinutes: number;
  /** Days an indexed article is kept. */
  retentionDays: number;
  /** Public search services the reader opted into. Off until they say otherwise. */
  providers: { gdelt: boolean; googleNews: boolean };
  /** The in-page pill is off by default. */
  pill: boolean;
  /** Sites where the reader dismissed the pill. */
  pillDismissedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  pollMinutes: 30,
  retentionDays: 14,
  providers: { gdelt: false, googleNews: false },
  pill: false,
  pillDismissedSites: [],
};

const clamp = (n: unknown, min: number, max: number, fallback: number) =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;

/** Reads stored settings leniently: unknown or broken fields fall back to their defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const p = (typeof r.providers === 'object' && r.providers !== null ? r.providers : {}) as Record<string, unknown>;
  return {
    pollMinutes: clamp(r.pollMinutes, 5, 24 * 60, DEFAULT_SETTINGS.pollMinutes),
    retentionDays: clamp(r.retentionDays, 1, 90, DEFAULT_SETTINGS.retentionDays),
    providers: { gdelt: p.gdelt === true, googleNews: p.googleNews === true },
    pill: r.pill === true,
    pillDismissedSites: Array.isArray(r.pillDismissedSites)
      ? r.pillDismissedSites.filter((s): s is string => typeof s === 'string').slice(0, 1000)
      : [],
  };
}
