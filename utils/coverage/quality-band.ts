import type { QualityBand } from './summary';

/** Bands of the Lin et al. (2023) 0–1 news-domain quality score. */
export const HIGH_QUALITY_MIN = 0.75;
export const MIXED_QUALITY_MIN = 0.5;

export function qualityBand(score: number | null): QualityBand {
  if (score === null || !Number.isFinite(score)) return 'unknown';
  if (score >= HIGH_QUALITY_MIN) return 'high';
  if (score >= MIXED_QUALITY_MIN) return 'mixed';
  return 'low';
}
