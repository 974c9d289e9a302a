import type { TabCoverage } from '../../utils/coverage/coverage-protocol';
import { t } from '../../utils/i18n';

/** The states without coverage to show, each said in words (role=status so it is announced). */
export function StateMessage({ tab, onRetry }: { tab: TabCoverage; onRetry(): void }) {
  switch (tab.state) {
    case 'not-article':
      return <p class="state-message muted">{t('popupNotArticle')}</p>;
    case 'reading':
      return <p role="status">{t('popupReading')}</p>;
    case 'looking-up':
      return <p role="status">{t('popupLookingUp')}</p>;
    case 'indexing': {
      const { done, total } = tab.indexing ?? { done: 0, total: 0 };
      return (
        <p role="status" data-testid="indexing">
          {t('popupIndexing', done, total)}
          <progress max={total} value={done} aria-hidden="true" />
        </p>
      );
    }
    case 'no-coverage':
      return (
        <div role="status" data-testid="no-coverage">
          <p>{t('popupNoCoverage')}</p>
          {tab.searched?.headline && <p class="muted">{t('popupSearchedFor', tab.searched.headline)}</p>}
          {tab.searched && tab.searched.terms.length > 0 && (
            <p class="muted">{t('popupSearchedTerms', tab.searched.terms.join(', '))}</p>
          )}
          <button type="button" onClick={onRetry} data-testid="retry">
            {t('popupRetry')}
          </button>
        </div>
      );
    default:
      return null;
  }
}
