import type { MatchExplanation } from '../../utils/story/story';
import { t } from '../../utils/i18n';
import { METHOD_LABEL, PROVIDER_LABEL } from './labels';

/** A native <details>: keyboard and screen-reader friendly without any script. */
export function WhyMatched({ match }: { match: MatchExplanation }) {
  return (
    <details class="why" data-testid="why-matched">
      <summary>{t('whyMatched')}</summary>
      <ul>
        <li data-testid="why-score">{t('whySimilarity', Math.round(match.score * 100))}</li>
        <li>{match.sharedTerms.length ? t('whyTerms', match.sharedTerms.slice(0, 8).join(', ')) : t('whyNoTerms')}</li>
        <li data-testid="why-provider">{t('whyProvider', t(PROVIDER_LABEL[match.provider]))}</li>
        <li>{t('whyMethod', t(METHOD_LABEL[match.method]))}</li>
      </ul>
    </details>
  );
}
