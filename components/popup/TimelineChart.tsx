import type { Timeline } from '../../utils/coverage/summary';
import { t } from '../../utils/i18n';

/** CSS bars (no chart library): the image is hidden from screen readers, its numbers are the label. */
export function TimelineChart({ timeline }: { timeline: Timeline }) {
  if (timeline.bins.length < 2) return null;
  const max = Math.max(...timeline.bins.map((b) => b.count), 1);
  const counts = timeline.bins.map((b) => b.count).join(', ');
  const alt = t(timeline.unit === 'hour' ? 'timelineHourly' : 'timelineDaily', counts);
  return (
    <figure class="timeline" data-testid="timeline" data-unit={timeline.unit}>
      <figcaption>{t('timelineTitle')}</figcaption>
      <div class="timeline-bars" role="img" aria-label={alt}>
        {timeline.bins.map((b) => (
          <span
            key={b.start}
            class="timeline-bar"
            style={{ height: `${Math.max(4, (b.count / max) * 100)}%` }}
            data-count={b.count}
          />
        ))}
      </div>
    </figure>
  );
}
