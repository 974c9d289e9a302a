import { useState } from 'preact/hooks';
import { BIAS_LABELS, BIASES, type BiasRating } from '../../utils/bias';
import type { Outlet } from '../../utils/outlets/outlet';

interface Props {
  outlet: Outlet;
  overridden: boolean;
  onSave(rating: { bias: BiasRating; quality: number | null }): void;
  onReset(): void;
}

/** The reader's own bias and quality for an outlet; saved as an override that wins everywhere. */
export function RatingEditor({ outlet, overridden, onSave, onReset }: Props) {
  const [bias, setBias] = useState<BiasRating>(outlet.bias);
  const [quality, setQuality] = useState(outlet.quality === null ? '' : String(Math.round(outlet.quality * 100)));
  const id = `rating-${outlet.id}`;
  const qualityValue = quality.trim() === '' ? null : Math.min(100, Math.max(0, Number(quality))) / 100;
  return (
    <details class="rating-editor">
      <summary>Change rating</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave({ bias, quality: qualityValue !== null && Number.isFinite(qualityValue) ? qualityValue : null });
        }}
      >
        <label for={`${id}-bias`}>Bias</label>
        <select id={`${id}-bias`} value={bias} onChange={(e) => setBias(e.currentTarget.value as BiasRating)}>
          {[...BIASES, 'unrated' as const].map((b) => (
            <option key={b} value={b}>
              {BIAS_LABELS[b]}
            </option>
          ))}
        </select>
        <label for={`${id}-quality`}>Quality (0–100, empty for unknown)</label>
        <input
          id={`${id}-quality`}
          type="number"
          min={0}
          max={100}
          value={quality}
          onInput={(e) => setQuality(e.currentTarget.value)}
        />
        <button type="submit">Save my rating</button>
        {overridden && (
          <button type="button" onClick={onReset}>
            Reset to the default rating
          </button>
        )}
      </form>
    </details>
  );
}
