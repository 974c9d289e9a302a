import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDataset, type LabelledItem } from '../../../utils/story/eval/dataset';

export const DATASETS = ['googlenews_rss_story_clusters', 'neus_allsides_roundups', 'newswcl50'] as const;
export type DatasetName = (typeof DATASETS)[number];

/** A copy of /work/shared/data/clusters kept in the repo (CI has no shared folder). */
export function fixtureDataset(name: DatasetName): LabelledItem[] {
  const path = fileURLToPath(new URL(`../../fixtures/clusters/${name}.jsonl`, import.meta.url));
  return loadDataset(readFileSync(path, 'utf8'));
}
