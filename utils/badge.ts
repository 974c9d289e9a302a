import type { BiasRating } from './bias';

/** Badge colours hint at the outlet's leaning; the popup always says it in words too. */
export const BIAS_COLORS: Record<BiasRating, string> = {
  left: '#1f4e9c',
  'lean-left': '#5b8dd6',
  center: '#7a5fa8',
  'lean-right': '#d86a6a',
  right: '#b3202a',
  unrated: '#6b6b6b',
};

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const SHORT: Record<BiasRating, string> = {
  left: 'L',
  'lean-left': 'LL',
  center: 'C',
  'lean-right': 'LR',
  right: 'R',
  unrated: '',
};

/** The badge for a tab: the coverage count when known, else the outlet's leaning in short. */
export function badgeFor(bias: BiasRating | null, outletCount: number | null): Badge | null {
  if (bias === null && outletCount === null) return null;
  const color = BIAS_COLORS[bias ?? 'unrated'];
  if (outletCount !== null) {
    return {
      text: String(outletCount),
      color,
      title: `Covered by ${outletCount} outlet${outletCount === 1 ? '' : 's'}`,
    };
  }
  if (bias === null || bias === 'unrated') return null;
  return { text: SHORT[bias], color, title: `This outlet is rated ${bias}` };
}
