import type { Blindspot } from '../../utils/coverage/summary';
import { t } from '../../utils/i18n';

/** Said in words (role=note), since a mostly-one-colour bar alone would not tell everyone. */
export function BlindspotBanner({ blindspot }: { blindspot: Blindspot | null }) {
  if (!blindspot) return null;
  const { side, sideCount, ratedCount, otherCount } = blindspot;
  return (
    <p class="blindspot" role="note" data-testid="blindspot" data-side={side}>
      {t(side === 'left' ? 'blindspotLeft' : 'blindspotRight', sideCount, ratedCount, otherCount)}
    </p>
  );
}
