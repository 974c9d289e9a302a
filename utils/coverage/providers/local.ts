import type { Article } from '../../article/article';
import { DISCLOSURES, disclosureText } from './disclosures';
import type { Coverage } from '../../story/story';
import type { Candidate, CoverageProvider } from './provider';

/**
 * The on-device story index as a provider: always on, sends nothing anywhere. `lookup` is the
 * story index's `lookupCoverage` bound to the database and clock (or an in-memory index in the CLI).
 * Its articles keep the index's own match explanation; they are not re-scored.
 */
export function localProvider(lookup: (article: Article) => Promise<Coverage | null>): CoverageProvider {
  return {
    id: 'local',
    name: 'Your sources',
    sendsOffMachine: false,
    sends: disclosureText(DISCLOSURES['local']),
    async search(article: Article): Promise<Candidate[]> {
      const coverage = await lookup(article);
      if (!coverage) return [];
      return coverage.articles.map((a) => ({
        url: a.url,
        title: a.title,
        description: a.description,
        domain: a.domain,
        outletName: coverage.outlets.find((o) => o.id === a.outletId)?.name ?? null,
        publishedAt: a.publishedAt,
        provider: 'local',
        match: a.match,
      }));
    },
  };
}
