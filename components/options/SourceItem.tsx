import { BIAS_LABELS, type BiasRating } from '../../utils/bias';
import type { SourceRow } from '../../utils/sources/source-row';
import { RatingCredits } from '../RatingCredits';
import { FeedHealthList } from './FeedHealthList';
import { RatingEditor } from './RatingEditor';

interface Props {
  row: SourceRow;
  now: number;
  onToggle(enabled: boolean): void;
  onRate(rating: { bias: BiasRating; quality: number | null }): void;
  onReset(): void;
}

/** One outlet: who it is, how it is rated (the reader's own rating says so), its feeds, and its switch. */
export function SourceItem({ row, now, onToggle, onRate, onReset }: Props) {
  const { outlet } = row;
  const toggleId = `enabled-${outlet.id}`;
  const quality = outlet.quality === null ? 'unknown' : `${Math.round(outlet.quality * 100)} / 100`;
  return (
    <li class="source" data-testid="source" data-outlet-id={outlet.id} data-enabled={String(row.enabled)}>
      <div class="source-head">
        <input
          id={toggleId}
          type="checkbox"
          checked={row.enabled}
          onChange={(e) => onToggle(e.currentTarget.checked)}
          data-testid="source-toggle"
        />
        <label for={toggleId} class="source-name">
          {outlet.name}
        </label>
        <span class="muted source-domain">{outlet.domains[0]}</span>
        {outlet.custom && <span class="tag">added by you</span>}
      </div>
      <p class="source-rating">
        <span class={`bias bias-${outlet.bias}`} data-testid="source-bias" data-bias={outlet.bias}>
          {BIAS_LABELS[outlet.bias]}
          {outlet.biasSource === 'user' ? ' (your rating)' : ''}
        </span>
        {' · '}
        <span data-testid="source-quality">
          Quality {quality}
          {outlet.qualitySource === 'user' ? ' (your rating)' : ''}
        </span>
        {outlet.country && <span class="muted"> · {outlet.country}</span>}
      </p>
      <FeedHealthList feeds={row.feeds} now={now} />
      <RatingEditor
        key={`${outlet.bias}-${outlet.quality}`}
        outlet={outlet}
        overridden={row.overridden}
        onSave={onRate}
        onReset={onReset}
      />
      <RatingCredits outlet={outlet} />
    </li>
  );
}
