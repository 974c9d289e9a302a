/**
 * Publication dates to ISO 8601. Pages write dates as ISO strings (with or without zone), RFC 2822,
 * "YYYYMMDD", Unix seconds or milliseconds, or English prose ("January 5, 2019 10:30 AM").
 * Anything before 1990 or more than two days in the future is a template default, not a date.
 */

const MIN = Date.UTC(1990, 0, 1);

function plausible(ms: number, now: number): boolean {
  return Number.isFinite(ms) && ms >= MIN && ms <= now + 2 * 86_400_000;
}

/** Keeps the page's own wall-clock time and offset when it gave one, so the day is the publisher's day. */
function isoFromMatch(m: RegExpMatchArray): string {
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac, zone] = m;
  const time = `${h}:${mi}:${s}${frac ? `.${frac.slice(0, 3).padEnd(3, '0')}` : ''}`;
  const z = zone ? (zone === 'z' || zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d\d):?(\d\d)$/, '$1:$2')) : 'Z';
  return `${y}-${mo}-${d}T${time}${z}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d\d:?\d\d)?)?/i;

/** A date as ISO 8601, or null when `raw` is not a plausible publication date. */
export function toIsoDate(raw: unknown, now = Date.now()): string | null {
  if (typeof raw === 'number') return fromEpoch(raw, now);
  if (typeof raw !== 'string') return null;
  const text = raw.trim().slice(0, 100);
  if (!text) return null;
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text), now);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const iso = compact ? null : ISO.exec(text);
  const m = compact ?? iso;
  if (m) {
    const out = isoFromMatch(m);
    return plausible(Date.parse(out), now) ? out : null;
  }
  // East Asian "2019年4月4日 12:30" (no zone given: keep the date, the day is what matters).
  const cjk = /((?:19|20)\d\d)\s*[年./]\s*(\d{1,2})\s*[月./]\s*(\d{1,2})\s*日?(?:\D{0,4}(\d{1,2}):(\d\d))?/.exec(text);
  if (cjk && /[年月日]/.test(text)) {
    const [, y, mo, d, h = '00', mi = '00'] = cjk;
    const out = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}T${h.padStart(2, '0')}:${mi}:00Z`;
    return plausible(Date.parse(out), now) ? out : null;
  }
  // RFC 2822 and English prose; strip ordinals ("5th") and "at"/"|" joiners the parser refuses.
  const prose = text
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/\s(at|@|\|)\s/gi, ' ')
    .replace(/\b(updated|published|posted|on)\b:?/gi, '')
    .replace(/\b(a\.m\.|p\.m\.)/gi, (x) => x.replace(/\./g, ''))
    .trim();
  const ms = Date.parse(prose);
  return plausible(ms, now) ? new Date(ms).toISOString() : null;
}

function fromEpoch(n: number, now: number): string | null {
  const ms = n < 1e11 ? n * 1000 : n;
  return plausible(ms, now) ? new Date(ms).toISOString() : null;
}
