import type { Outlet, RatingSource } from '../utils/outlets/outlet';

/** AllSides' licence (CC BY-NC 4.0) requires this credit wherever its ratings are shown. */
const CREDITS: Record<RatingSource, { text: string; href: string | null }> = {
  'allsides-2023': { text: 'Media bias ratings by AllSides.com', href: 'https://www.allsides.com/media-bias' },
  'allsides-2019': { text: 'Media bias ratings by AllSides.com', href: 'https://www.allsides.com/media-bias' },
  'lin-2023': {
    text: 'Quality score: Lin et al. (2023), PNAS Nexus 2(9) pgad286',
    href: 'https://doi.org/10.1093/pnasnexus/pgad286',
  },
  user: { text: 'Your own rating', href: null },
};

export function RatingCredits({ outlet }: { outlet: Pick<Outlet, 'biasSource' | 'qualitySource'> }) {
  const sources = [...new Set([outlet.biasSource, outlet.qualitySource])].filter((s) => s !== null);
  const credits = [...new Map(sources.map((s) => [CREDITS[s].text, CREDITS[s]])).values()];
  if (credits.length === 0) return null;
  return (
    <ul class="credits" aria-label="Rating sources">
      {credits.map((c) => (
        <li key={c.text}>
          {c.href ? (
            <a href={c.href} target="_blank" rel="noopener noreferrer">
              {c.text}
            </a>
          ) : (
            c.text
          )}
        </li>
      ))}
    </ul>
  );
}
