import type { FeedHealthView } from '../../utils/sources/source-row';
import { ago } from './format';

const STATUS: Record<FeedHealthView['status'], string> = {
  ok: 'OK',
  pending: 'Not fetched yet',
  'backing-off': 'Failing, retrying',
  broken: 'Broken',
  paused: 'Paused after many failures',
};

/** Each feed's state in words: when it was last fetched, how many items, and the last error. */
export function FeedHealthList({ feeds, now }: { feeds: FeedHealthView[]; now: number }) {
  if (feeds.length === 0) return <p class="muted feed-none">No feed: not polled.</p>;
  return (
    <ul class="feeds" aria-label="Feeds">
      {feeds.map((f) => (
        <li key={f.url} class={`feed feed-${f.status}`} data-testid="feed-health" data-status={f.status}>
          <span class="feed-url">{f.url}</span> <span class="feed-status">{STATUS[f.status]}</span>
          {f.lastFetchedAt !== null && <span> · fetched {ago(f.lastFetchedAt, now)}</span>}
          {f.itemCount !== null && <span> · {f.itemCount} items</span>}
          {f.lastError && <span class="feed-error"> · {f.lastError}</span>}
        </li>
      ))}
    </ul>
  );
}
