import type { CoverageSummary } from '../../utils/coverage/summary';
import { t } from '../../utils/i18n';
import { QUALITY_LABEL } from './labels';

/** Quality, ownership, countries and languages: only what is known, with the unknown counted. */
export function CoverageMixes({ summary }: { summary: CoverageSummary }) {
  const quality = summary.quality.filter((b) => b.count > 0);
  const owners = summary.owners.slice(0, 4).map((o) => `${o.name} (${o.count})`);
  if (summary.ownerUnknown > 0 && owners.length > 0) owners.push(t('mixOwnersUnknown', summary.ownerUnknown));
  const list = (xs: { name: string; count: number }[]) => xs.map((x) => `${x.name} (${x.count})`).join(', ');
  return (
    <dl class="mixes" data-testid="mixes">
      <dt>{t('mixQuality')}</dt>
      <dd data-testid="quality-mix">{quality.map((b) => `${t(QUALITY_LABEL[b.key])} ${b.count}`).join(', ')}</dd>
      {owners.length > 0 && (
        <>
          <dt>{t('mixOwners')}</dt>
          <dd>{owners.join(', ')}</dd>
        </>
      )}
      {summary.countries.length > 0 && (
        <>
          <dt>{t('mixCountries')}</dt>
          <dd>{list(summary.countries)}</dd>
        </>
      )}
      {summary.languages.length > 1 && (
        <>
          <dt>{t('mixLanguages')}</dt>
          <dd>{list(summary.languages)}</dd>
        </>
      )}
    </dl>
  );
}
