import { registrableDomain } from '../../utils/outlets/domain-keys';
import { parseCsv } from './csv';

/**
 * The Lin et al. (2023) news-domain quality score (pc1, 0–1). Looked up by the outlet's own host
 * first (the file scores news.yahoo.com apart from yahoo.com), then by its registrable domain.
 */
export function qualityIndex(csv: string): (domains: readonly string[]) => number | null {
  const scores = new Map<string, number>();
  for (const row of parseCsv(csv)) {
    const score = Number(row.pc1);
    if (row.domain && Number.isFinite(score)) scores.set(row.domain.toLowerCase(), score);
  }
  return (domains) => {
    const hosts = domains.map((d) => d.split('/')[0]!);
    for (const host of hosts) if (scores.has(host)) return round(scores.get(host)!);
    for (const host of hosts) {
      const domain = registrableDomain(host);
      if (domain && scores.has(domain)) return round(scores.get(domain)!);
    }
    return null;
  };
}

// Three decimals are more than the score's precision and keep the shipped file small.
const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
