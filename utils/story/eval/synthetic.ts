import type { IngestItem } from '../ingest';
import type { LabelledItem } from './dataset';

const DAY = 86_400_000;
// Words appended to headlines so copies of one text are not all byte-identical.
const VARIANTS = [
  'update',
  'live',
  'analysis',
  'explained',
  'latest',
  'reaction',
  'timeline',
  'photos',
  'video',
  'what we know',
];

/**
 * A long, feed-like stream for throughput and latency benchmarks, built from the fixture
 * texts: copy k of text i comes from one of 300 outlets, gets a headline variation and a
 * trimmed summary, and is dated so the stream covers `days` days in order (about one story
 * text per outlet per day, like real feeds). Deterministic.
 */
export function syntheticStream(base: readonly LabelledItem[], count: number, start: number, days = 14): IngestItem[] {
  const items: IngestItem[] = [];
  const step = (days * DAY) / count;
  for (let n = 0; n < count; n++) {
    const i = n % base.length;
    const k = Math.floor(n / base.length);
    const src = base[i]!;
    const outlet = `outlet${(i * 31 + k * 7) % 300}`;
    const sentences = (src.description ?? '').split(/(?<=\.)\s+/);
    items.push({
      url: `https://${outlet}.example/${k}/${encodeURIComponent(src.id)}`,
      title:
        k === 0
          ? src.title || sentences[0]!.slice(0, 120)
          : `${src.title || sentences[0]!.slice(0, 120)} ${VARIANTS[(i + k) % VARIANTS.length]}`,
      description:
        sentences
          .slice(k % 2, 3)
          .join(' ')
          .slice(0, 400) || null,
      outletId: outlet,
      domain: `${outlet}.example`,
      publishedAt: Math.round(start + n * step),
      provider: 'local',
    });
  }
  return items;
}
