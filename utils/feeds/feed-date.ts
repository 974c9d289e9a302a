/**
 * Feed dates → epoch ms, or null. Handles ISO 8601 / RFC 3339 (with or without a zone: no zone is
 * read as UTC), RFC 822/2822 with named zones (GMT, EST, PDT, CET…), two-digit years, full month
 * names and the Portuguese/Spanish/French/German/Italian month abbreviations some feeds localise.
 *
 * Plausibility rule: a date more than MAX_FUTURE_MS after `now` (scheduled posts, typos, wrong
 * clocks) or before 1995 (no web feeds existed) is null, so the caller uses first-seen time instead
 * of pinning the item to the top of a story forever. Garbage is null, never NaN.
 */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;
const EARLIEST = Date.UTC(1995, 0, 1);

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // pt / es / it / fr / de / nl variants seen in real feeds
  fev: 2,
  abr: 4,
  mai: 5,
  ago: 8,
  set: 9,
  out: 10,
  dez: 12,
  ene: 1,
  dic: 12,
  gen: 1,
  mag: 5,
  giu: 6,
  lug: 7,
  ott: 10,
  fév: 2,
  avr: 4,
  jui: 6,
  aoû: 8,
  déc: 12,
  mär: 3,
  mrz: 3,
  okt: 10,
  mei: 5,
  maa: 3,
};

const ZONES: Record<string, number> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  awst: 480,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ast: -240,
  adt: -180,
};

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[t\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC822 =
  /^(?:[^\d\s,]+\.?,?\s*)?(\d{1,2})[\s-]+([^\d\s.,-]+)\.?,?[\s-]+(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([+-]\d{2}:?\d{2})|([a-z]{1,5}))?(?:\s*\(.*\))?$/i;

export function parseFeedDate(value: unknown, now: number): number | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text || text.length > 80) return null;
  const time = parseIso(text) ?? parseRfc822(text);
  if (time === null || time < EARLIEST || time > now + MAX_FUTURE_MS) return null;
  return time;
}

function parseIso(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offsetMinutes(m[7]));
}

function parseRfc822(text: string): number | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const month = MONTHS[m[2]!.toLowerCase().slice(0, 3)];
  if (!month) return null;
  let year = +m[3]!;
  if (m[3]!.length === 2) year += year < 70 ? 2000 : 1900; // RFC 2822 §4.3
  const zone = m[7] ? offsetMinutes(m[7]) : (ZONES[m[8]?.toLowerCase() ?? 'utc'] ?? 0);
  return build(year, month, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), zone);
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = +m[2]! * 60 + +(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59));
  // Reject dates that rolled over (31 February).
  if (new Date(time).getUTCDate() !== d && h < 24) return null;
  return time - zone * 60_000;
}
