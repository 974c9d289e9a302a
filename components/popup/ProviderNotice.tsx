import type { ProviderStatus } from '../../utils/coverage/providers/provider-status';
import { t } from '../../utils/i18n';

/** Which public searches failed, in their own words, with a retry; local results stay on screen. */
export function ProviderNotice({ providers, onRetry }: { providers: ProviderStatus[]; onRetry(): void }) {
  const failed = providers.filter((p) => p.state === 'error' || p.state === 'offline' || p.state === 'rate-limited');
  if (failed.length === 0) return null;
  const offline = failed.some((p) => p.state === 'offline');
  return (
    <div class="provider-notice" role="alert" data-testid="provider-notice">
      <p>{t(offline ? 'popupOffline' : 'popupProviderErrors')}</p>
      <ul>
        {failed.map((p) => (
          <li key={p.provider}>{p.message}</li>
        ))}
      </ul>
      <button type="button" onClick={onRetry} data-testid="retry">
        {t('popupRetry')}
      </button>
    </div>
  );
}

/** The root's data-state for provider trouble, so tests and styles can tell it apart. */
export function providerTrouble(providers: ProviderStatus[]): 'offline' | 'provider-error' | null {
  if (providers.some((p) => p.state === 'offline')) return 'offline';
  if (providers.some((p) => p.state === 'error' || p.state === 'rate-limited')) return 'provider-error';
  return null;
}
