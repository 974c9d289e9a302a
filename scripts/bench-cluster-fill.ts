import type { ParallaxDB } from '../utils/db/parallax-db';
import { assignArticle } from '../utils/story/cluster';
import { ingestInputs, type IngestItem } from '../utils/story/ingest';
import { lookupCoverage, type PageInput } from '../utils/story/lookup';
import { removeArticles } from '../utils/story/prune';
import { MemoryStoryIndex } from '../utils/story/store/memory-index';
import { termShardRows } from '../utils/story/store/term-store';
import { bandLogRows } from '../utils/story/store/band-log';

/**
 * Fills the story tables with what ingesting `items` in 50-item batches would store, fast:
 * clusters in memory (the same algorithm; tests/utils/story/dexie-store.test.ts checks both
 * stores cluster identically), then bulk-writes the rows. For latency benchmarks at sizes
 * whose real ingest would not fit in a time box; ingest speed is measured separately.
 */
export async function fillIndex(db: ParallaxDB, items: readonly IngestItem[], now: number): Promise<void> {
  const index = new MemoryStoryIndex();
  for (let i = 0; i < items.length; i += 50)
    for (const input of ingestInputs(items.slice(i, i + 50), now)) await assignArticle(index, input);
  const chunks = <T>(rows: T[]) =>
    Array.from({ length: Math.ceil(rows.length / 2000) }, (_, i) => rows.slice(i * 2000, (i + 1) * 2000));
  for (const rows of chunks([...index.articles.values()])) await db.articles.bulkPut(rows);
  for (const rows of chunks([...index.stories.values()])) {
    await db.stories.bulkPut(rows);
    await db.storyKeys.bulkPut(rows.map(({ id, keys }) => ({ id, keys })));
  }
  await db.termShards.bulkPut(termShardRows(index.termRows()));
  await db.bandLog.bulkAdd(bandLogRows(index.articles.values()));
}

/**
 * Looks each fresh page up as the extension does (it stays indexed meanwhile, so later pages can join
 * its story), timing each; then removes the pages (URLs under https://reader.example/) so sizes count only
 * the filled articles. Shared by the Node and the Chromium benchmark.
 */
export async function timeLookups(
  db: ParallaxDB,
  pages: readonly PageInput[],
  now: number,
): Promise<{ latencies: number[]; found: number }> {
  const latencies: number[] = [];
  let found = 0;
  for (const page of pages) {
    const t = performance.now();
    if (await lookupCoverage(db, page, now)) found++;
    latencies.push(performance.now() - t);
  }
  await removeArticles(db, await db.articles.where('url').startsWith('https://reader.example/').primaryKeys());
  return { latencies, found };
}
