import { BIAS_LABELS } from '../utils/bias';
import type { OutletAnswer } from '../utils/messages/protocol';
import { RatingCredits } from './RatingCredits';

/** The outlet of the page being read: who it is and how it is rated, or plainly that it is not rated. */
export function OutletCard({ answer }: { answer: OutletAnswer | null }) {
  if (!answer?.domain) {
    return (
      <section class="outlet-card" aria-label="This site">
        <p class="muted">Parallax works on web pages (http and https).</p>
      </section>
    );
  }
  const { outlet, domain } = answer;
  if (!outlet) {
    return (
      <section class="outlet-card" aria-label="This site" data-testid="outlet-card">
        <h2 class="outlet-name">{domain}</h2>
        <p data-testid="not-rated">{domain} is not a rated outlet in Parallax's registry.</p>
      </section>
    );
  }
  const quality = outlet.quality === null ? null : Math.round(outlet.quality * 100);
  return (
    <section class="outlet-card" aria-label="This outlet" data-testid="outlet-card">
      <h2 class="outlet-name" data-testid="outlet-name">
        {outlet.name}
      </h2>
      <dl class="outlet-facts">
        <dt>Bias</dt>
        <dd data-testid="outlet-bias" data-bias={outlet.bias} class={`bias bias-${outlet.bias}`}>
          {BIAS_LABELS[outlet.bias]}
          {outlet.biasSource === 'user' ? ' (your rating)' : ''}
        </dd>
        <dt>Quality</dt>
        <dd data-testid="outlet-quality">
          {quality === null ? 'Unknown' : `${quality} / 100`}
          {outlet.qualitySource === 'user' ? ' (your rating)' : ''}
        </dd>
        {outlet.owner ? (
          <>
            <dt>Owner</dt>
            <dd>{outlet.owner}</dd>
          </>
        ) : null}
      </dl>
      <RatingCredits outlet={outlet} />
    </section>
  );
}
