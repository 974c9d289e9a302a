import { clusterStream } from '../cluster-stream';
import { DEFAULT_PARAMS, type ClusterParams } from '../params';
import { tunedBaseline } from './baseline';
import type { LabelledItem } from './dataset';
import { bcubed, pairwise, type PRF } from './metrics';

export interface Evaluation {
  items: number;
  stories: number;
  model: { bcubed: PRF; pairwise: PRF; predicted: string[] };
  baseline: { bcubed: PRF; pairwise: PRF; threshold: number };
}

/** Scores the clustering model and the tuned title-Jaccard baseline on the same labelled stream. */
export async function evaluate(
  items: readonly LabelledItem[],
  params: ClusterParams = DEFAULT_PARAMS,
): Promise<Evaluation> {
  const gold = items.map((i) => i.storyId ?? i.id);
  const predicted = await clusterStream(items, { params });
  // Items without a headline (NewsWCL50's NYT articles) give the baseline their opening words.
  const titles = items.map((i) => i.title || (i.description ?? '').slice(0, 200));
  const base = tunedBaseline(titles, gold);
  return {
    items: items.length,
    stories: new Set(gold).size,
    model: { bcubed: bcubed(gold, predicted), pairwise: pairwise(gold, predicted), predicted },
    baseline: { bcubed: bcubed(gold, base.labels), pairwise: pairwise(gold, base.labels), threshold: base.threshold },
  };
}
