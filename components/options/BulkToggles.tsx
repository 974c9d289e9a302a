import { BIAS_LABELS, BIASES, type BiasRating } from '../../utils/bias';

/** Turn a whole bias group on or off at once (judged by the rating in effect, the reader's own included). */
export function BulkToggles({ onToggle }: { onToggle(bias: BiasRating, enabled: boolean): void }) {
  return (
    <fieldset class="bulk">
      <legend>Whole groups</legend>
      {[...BIASES, 'unrated' as const].map((b) => (
        <span key={b} class="bulk-group" role="group" aria-label={BIAS_LABELS[b]}>
          <span class={`bias bias-${b}`}>{BIAS_LABELS[b]}</span>
          <button type="button" onClick={() => onToggle(b, true)} aria-label={`Turn on all ${BIAS_LABELS[b]} outlets`}>
            On
          </button>
          <button
            type="button"
            onClick={() => onToggle(b, false)}
            aria-label={`Turn off all ${BIAS_LABELS[b]} outlets`}
          >
            Off
          </button>
        </span>
      ))}
    </fieldset>
  );
}
