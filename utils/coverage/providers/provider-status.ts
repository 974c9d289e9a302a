import type { ProviderId } from '../../story/story';

export type ProviderState = 'ok' | 'error' | 'offline' | 'disabled' | 'rate-limited';

/** How one provider fared for the page being read; the popup shows it next to the coverage. */
export interface ProviderStatus {
  provider: ProviderId;
  state: ProviderState;
  /** Plain words for the reader ("GDELT asked us to slow down; trying again in 2 min"). */
  message: string;
  /** Candidates it returned that passed re-scoring (0 when not ok). */
  found?: number;
  /** True when the answer came from the cache instead of the network. */
  cached?: boolean;
}
