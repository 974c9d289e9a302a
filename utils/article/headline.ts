import { cleanText } from './text';

/**
 * Headline cleaning. <title> and often og:title carry the site's name ("Storm hits coast - Reuters",
 * "CNN | Storm hits coast", "Storm hits coast | News | The Guardian"). A segment is stripped only when it
 * names the site (og:site_name or the host), so a headline with a dash of its own keeps it.
 */

const SEPARATOR = /\s+[-|–—·•»:/]{1,2}\s+|\s*[｜|]\s*|\s+::\s+/g;

/** "The New York Times" / "nytimes.com" → "thenewyorktimes" / "nytimes": compare names by letters only. */
// Letter ranges spelled out (Latin, Greek to Cyrillic and beyond, CJK): \p{L} costs milliseconds to compile cold.
function squash(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\u00c0-\u024f\u0370-\u1fff\u3040-\uffef]+/g, '');
}

function namesSite(segment: string, names: string[]): boolean {
  const s = squash(segment);
  if (!s || s.length > 60) return false;
  return names.some(
    (n) => n.length >= 2 && (s === n || (n.length >= 4 && (s.includes(n) || n.includes(s)) && s.length >= 3)),
  );
}

/** Names the site goes by: og:site_name and the registrable part of the host ("bbc" for www.bbc.co.uk). */
export function siteNames(siteName: string | null, host: string): string[] {
  const names = new Set<string>();
  if (siteName) names.add(squash(siteName));
  const labels = host
    .split('.')
    .filter((l) => !/^(www\d?|m|amp|mobile|edition|news|com|co|org|net|gov|ac|[a-z]{2})$/.test(l));
  for (const label of labels) names.add(squash(label));
  if (host) names.add(squash(host));
  names.delete('');
  return [...names];
}

/** The headline without site-name prefixes/suffixes; null when nothing readable is left. */
export function cleanHeadline(raw: string | null | undefined, siteName: string | null, host: string): string | null {
  const text = cleanText(raw, 1000);
  if (!text) return null;
  const names = siteNames(siteName, host);
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    parts.push(text.slice(last, m.index));
    seps.push(m[0]);
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  let start = 0;
  let end = parts.length;
  // Strip from the end first (the common " - Site" form), then from the start ("Site | Headline").
  while (end - start > 1 && namesSite(parts[end - 1]!, names)) end--;
  while (end - start > 1 && namesSite(parts[start]!, names)) start++;
  // After the site name, section names often remain ("Headline | World | Reuters" → drop "World" too only
  // when it is a single short word next to where the site name was).
  if (
    end < parts.length &&
    end - start > 1 &&
    /^[a-z\u00c0-\u024f\u0370-\u1fff]+$/i.test(parts[end - 1]!) &&
    parts[end - 1]!.length <= 12 &&
    seps[end - 2]?.trim() === seps[end - 1]?.trim()
  )
    end--;
  // Genre labels some sites put first ("Opinion | ...", "Analysis: ...") are not part of the headline.
  while (
    end - start > 1 &&
    /^(opinion|analysis|perspective|editorial|commentary|review|breaking|exclusive|live|watch|video)$/i.test(
      parts[start]!.trim(),
    )
  )
    start++;
  let out = parts[start]!;
  for (let i = start + 1; i < end; i++) out += seps[i - 1]! + parts[i]!;
  // "(Published 2016)": archive notices appended to old articles' titles.
  return out.replace(/\s*\((published|updated) \d{4}\)$/i, '').trim() || text;
}

/** The site's own name from its <title> ("Cracking the Code - Business Today" → "Business Today"), when it names the host. */
export function siteNameFromTitle(title: string | null, host: string): string | null {
  const text = cleanText(title, 1000);
  if (!text) return null;
  const parts = text.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return null;
  const names = siteNames(null, host);
  const last = parts[parts.length - 1]!;
  if (namesSite(last, names)) return last;
  return namesSite(parts[0]!, names) ? parts[0]! : null;
}
