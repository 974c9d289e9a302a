/** The five-point media-bias scale used by AllSides, plus "unrated" for outlets nobody has rated. */
export const BIASES = ['left', 'lean-left', 'center', 'lean-right', 'right'] as const;
export type Bias = (typeof BIASES)[number];
export type BiasRating = Bias | 'unrated';

/** The three-way grouping readers think in: left, center, right. */
export type Side = 'left' | 'center' | 'right';

export const BIAS_LABELS: Record<BiasRating, string> = {
  left: 'Left',
  'lean-left': 'Lean left',
  center: 'Center',
  'lean-right': 'Lean right',
  right: 'Right',
  unrated: 'Not rated',
};

export function isBias(value: unknown): value is Bias {
  return typeof value === 'string' && (BIASES as readonly string[]).includes(value);
}

export function sideOf(bias: Bias): Side {
  if (bias === 'left' || bias === 'lean-left') return 'left';
  if (bias === 'right' || bias === 'lean-right') return 'right';
  return 'center';
}
