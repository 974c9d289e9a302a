import { assignArticle, type Assignment } from './cluster';
import type { LabelledItem } from './eval/dataset';
import { DEFAULT_PARAMS, type ClusterParams } from './params';
import { MemoryStoryIndex } from './store/memory-index';

/**
 * Clusters a stream of items in memory with the extension's algorithm (CLI, benchmarks, tests).
 * An undated item takes the time of the item before it (the stream is in time order), or
 * `startAt` before any dated item, so the output never depends on the wall clock.
 */
export async function clusterStream(
  items: Iterable<LabelledItem> | AsyncIterable<LabelledItem>,
  options: {
    params?: ClusterParams;
    startAt?: number;
    index?: MemoryStoryIndex;
    onAssign?: (a: Assignment, item: LabelledItem) => void;
  } = {},
): Promise<string[]> {
  const index = options.index ?? new MemoryStoryIndex();
  let clock = options.startAt ?? 0;
  const stories: string[] = [];
  for await (const item of items) {
    if (item.publishedAt !== null) clock = item.publishedAt;
    const domain = item.domain ?? (item.url ? new URL(item.url).hostname.replace(/^www\./, '') : '');
    const assignment = await assignArticle(
      index,
      {
        id: item.id,
        url: item.url ?? '',
        title: item.title,
        description: item.description,
        outletId: domain ? `domain:${domain}` : 'unknown',
        domain,
        publishedAt: clock,
        provider: 'local',
      },
      options.params ?? DEFAULT_PARAMS,
    );
    stories.push(assignment.story.id);
    options.onAssign?.(assignment, item);
  }
  return stories;
}
