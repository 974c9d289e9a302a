import type { Bucket } from '../../utils/coverage/percentages';
import type { Leaning } from '../../utils/coverage/summary';
import { t } from '../../utils/i18n';
import { LEANING_LABEL } from './labels';

/**
 * Left / center / right / unrated as a bar whose segments carry their words and counts, not colour
 * alone: the legend below is the same data as text, and the whole bar is one labelled list.
 */
export function BiasBar({ leanings, compact = false }: { leanings: Bucket<Leaning>[]; compact?: boolean }) {
  const shown = leanings.filter((b) => b.count > 0);
  return (
    <div class="bias-bar-wrap" data-testid="bias-bar">
      <div class="bias-bar" aria-hidden="true">
        {shown.map((b) => (
          <span key={b.key} class={`bias-seg seg-${b.key}`} style={{ flexGrow: b.count }}>
            {compact ? '' : `${b.percent}%`}
          </span>
        ))}
      </div>
      <ul class="bias-legend" aria-label={t('biasBarLabel')}>
        {leanings.map((b) => (
          <li key={b.key} data-leaning={b.key} data-count={b.count} data-percent={b.percent}>
            <span class={`swatch seg-${b.key}`} aria-hidden="true" />
            {t('biasSegment', t(LEANING_LABEL[b.key]), b.count, b.percent)}
          </li>
        ))}
      </ul>
    </div>
  );
}
