import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Ground truth of the saved pages (tests/fixtures/pages) and how an extracted value is compared with
 * it. Shared by the table-driven tests and `npm run bench:detect`, so both judge the same way.
 */

export interface PageTruth {
  id: string;
  corpus: string;
  file: string;
  url: string;
  isNews: boolean | null;
  headline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  publishedAt: string | null;
  description: string | null;
}

const blank = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** Reads every `expected.json` under `root` (the manifest's fields), with the page's address. */
export function loadTruth(root: string): PageTruth[] {
  const out: PageTruth[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'expected.json' && existsSync(join(dir, 'source.html'))) {
        const e = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        const hints = (e['html_hints'] ?? {}) as Record<string, string>;
        const url =
          blank(e['url']) ??
          (/^https?:/.test(hints['canonical'] ?? '') ? hints['canonical']! : 'https://unknown.invalid/page');
        out.push({
          id: `${String(e['corpus'])}/${String(e['id'])}`,
          corpus: String(e['corpus']),
          file: join(dir, 'source.html'),
          url,
          isNews: typeof e['is_news_article'] === 'boolean' ? e['is_news_article'] : null,
          headline: blank(e['title']),
          siteName: blank(e['siteName']),
          canonicalUrl: blank(e['canonical_url_gt']),
          publishedAt: blank(e['publishedTime']),
          description: blank(e['excerpt']),
        });
      }
    }
  };
  walk(root);
  return out;
}

/** Letters and digits only, lower case: punctuation, quotes and spacing differences are not errors. */
export function squash(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&amp;/g, '&')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Same headline; the truth sometimes keeps a " - Site" suffix, so ours may be a separator-bounded prefix. */
export function sameHeadline(ours: string | null, truth: string): boolean {
  if (!ours) return false;
  const a = squash(ours);
  const b = squash(truth);
  if (!a) return false;
  if (a === b) return true;
  const t = truth.normalize('NFKC').trim();
  const o = ours.normalize('NFKC').trim();
  return (
    (t.startsWith(o) && /^\s*[-|–—:·»｜]/.test(t.slice(o.length))) ||
    (o.startsWith(t) && /^\s*[-|–—:·»｜]/.test(o.slice(t.length)))
  );
}

export function sameText(ours: string | null, truth: string): boolean {
  return ours !== null && squash(ours) === squash(truth) && squash(truth) !== '';
}

/** Descriptions: equal, or one is the other cut short (extractors truncate at different lengths). */
export function sameDescription(ours: string | null, truth: string): boolean {
  if (!ours) return false;
  const a = squash(ours);
  const b = squash(truth);
  if (!a || !b) return false;
  return a === b || (Math.min(a.length, b.length) >= 20 && (a.startsWith(b) || b.startsWith(a)));
}

/** Same URL after the scheme, a "www." and a trailing slash are set aside. */
export function sameUrl(ours: string | null, truth: string): boolean {
  const norm = (u: string) =>
    u
      .trim()
      .replace(/^https?:\/\/(www\.)?/i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return ours !== null && norm(ours) === norm(truth);
}

/**
 * Same calendar day in some time zone: extractors normalise to UTC while pages state a local day
 * ("2019年2月27日" is 2019-02-26T15:00Z), so our stated day must be the truth's day at an offset in -12h..+14h.
 */
export function sameDay(ours: string | null, truth: string): boolean {
  if (!ours) return false;
  const days = (d: string): Set<string> => {
    const out = new Set<string>();
    const written = /^\d{4}-\d\d-\d\d/.exec(d.trim())?.[0];
    if (written) out.add(written);
    const ms = Date.parse(d);
    if (Number.isFinite(ms))
      for (let h = -12; h <= 14; h++) out.add(new Date(ms + h * 3_600_000).toISOString().slice(0, 10));
    return out;
  };
  const writtenOurs = /^\d{4}-\d\d-\d\d/.exec(ours.trim())?.[0];
  const writtenTruth = /^\d{4}-\d\d-\d\d/.exec(truth.trim())?.[0];
  return (
    (writtenOurs !== undefined && days(truth).has(writtenOurs)) ||
    (writtenTruth !== undefined && days(ours).has(writtenTruth))
  );
}
