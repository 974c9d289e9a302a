import { parseCsv } from './csv';
import { siteKey } from './site-key';

/** One US local outlet from Leon Yin's Local News Dataset (2018). */
export interface LocalEntry {
  name: string;
  state: string;
  key: string;
  owner?: string;
  medium?: string;
}

/**
 * Local outlets keyed by their website: the host (arlington.wickedlocal.com) or, for stations that
 * live in a section of a bigger site, host + one path segment (azcentral.com/12news). Rows without
 * a usable domain are dropped (and counted by the caller).
 */
export function readLocal(csv: string): { entries: LocalEntry[]; withoutDomain: number } {
  const entries: LocalEntry[] = [];
  let withoutDomain = 0;
  for (const row of parseCsv(csv)) {
    const key = localKey(row.website ?? '', (row.domain ?? '').trim().toLowerCase());
    if (!key || !row.name) {
      withoutDomain++;
      continue;
    }
    entries.push({
      name: row.name.trim(),
      state: (row.state ?? '').trim(),
      key,
      ...(row.owner?.trim() ? { owner: row.owner.trim() } : {}),
      ...(row.medium?.trim() ? { medium: row.medium.trim() } : {}),
    });
  }
  return { entries, withoutDomain };
}

function localKey(website: string, domain: string): string | null {
  const fromDomain = siteKey(domain);
  if (fromDomain.kind !== 'site') return null;
  const fromWebsite = website ? siteKey(website) : null;
  if (fromWebsite?.kind !== 'site' || fromWebsite.domain !== fromDomain.domain) return fromDomain.key;
  // Deeper pages (contact forms, "about" pages) name the site, not a section of it.
  const [host, section, extra] = fromWebsite.key.split('/');
  return section && !extra && /^[a-z0-9-]+$/.test(section) && !/^(?:contact|about)/.test(section)
    ? `${host}/${section}`
    : host!;
}
