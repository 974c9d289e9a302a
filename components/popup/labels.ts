import type { Leaning, QualityBand } from '../../utils/coverage/summary';
import type { MessageKey } from '../../utils/i18n';
import type { MatchExplanation } from '../../utils/story/story';

/** Message keys for the domain's words, so every label goes through _locales. */
export const LEANING_LABEL: Record<Leaning, MessageKey> = {
  left: 'leaningLeft',
  center: 'leaningCenter',
  right: 'leaningRight',
  unrated: 'leaningUnrated',
};
export const QUALITY_LABEL: Record<QualityBand, MessageKey> = {
  high: 'qualityHigh',
  mixed: 'qualityMixed',
  low: 'qualityLow',
  unknown: 'qualityUnknown',
};
export const METHOD_LABEL: Record<MatchExplanation['method'], MessageKey> = {
  centroid: 'methodCentroid',
  'near-duplicate': 'methodNearDuplicate',
  seed: 'methodSeed',
};
export const PROVIDER_LABEL: Record<MatchExplanation['provider'], MessageKey> = {
  local: 'providerLocal',
  gdelt: 'providerGdelt',
  'google-news': 'providerGoogleNews',
};
