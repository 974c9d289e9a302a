/**
 * `npm run bench:cluster [-- file.jsonl ...] [--items 100000] [--ingest 5000] [--lookups 200] [--write]`:
 * the story index's quality, speed and size. Quality: pairwise and BCubed P/R/F1 of the
 * clustering on each labelled set (default: the three fixture sets), next to the title-word
 * Jaccard leader baseline with its threshold tuned on the same data, measured in the same run.
 * Speed: ingest throughput into Dexie on fake-indexeddb (one transaction per 50-item feed batch,
 * first --ingest items) and lookup latency of unfed pages at 10k / 50k / 100k stored articles. Size: serialised bytes
 * of articles + stories + terms per article. Prints Markdown; --write puts it in BENCHMARKS.md.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ParallaxDB } from '../utils/db/parallax-db';
import { loadDataset } from '../utils/story/eval/dataset';
import { evaluate } from '../utils/story/eval/evaluate';
import { syntheticStream } from '../utils/story/eval/synthetic';
import { ingestArticles } from '../utils/story/ingest';
import { removeArticles } from '../utils/story/prune';
import { DEFAULT_PARAMS } from '../utils/story/params';
import { fillIndex, timeLookups } from './bench-cluster-fill';
import { CLUSTER_FIXTURES as FIXTURES, machine, numberOption, writeSection } from './bench-cluster-report';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const ITEMS = option('--items', 100_000);
const LOOKUPS = option('--lookups', 200);
const INGEST = Math.min(ITEMS, option('--ingest', 5_000));
const files = args.filter(
  (a, i) => a.endsWith('.jsonl') && !['--items', '--lookups', '--ingest'].includes(args[i - 1] ?? ''),
);
const f3 = (x: number) => x.toFixed(3);
const out: string[] = [];
const print = (line: string) => {
  out.push(line);
  console.log(line);
};

print(`Run ${new Date().toISOString().slice(0, 10)} on ${machine()}. Parameters: ${JSON.stringify(DEFAULT_PARAMS)}.\n`);
print(
  '| dataset | items | stories | BCubed P / R / F1 | pairwise P / R / F1 | baseline BCubed F1 (thr) | baseline pairwise F1 | BCubed F1 ratio |',
);
print('|---|---|---|---|---|---|---|---|');
const allTexts = [];
// --skip-quality: speed and size only (the quality table is the slow part of a run).
const skipQuality = args.includes('--skip-quality');
for (const file of files.length ? files : FIXTURES) {
  const items = loadDataset(readFileSync(file, 'utf8'));
  allTexts.push(...items);
  if (skipQuality) continue;
  const r = await evaluate(items);
  const m = r.model;
  print(
    `| ${basename(file, '.jsonl')} | ${r.items} | ${r.stories} | ${f3(m.bcubed.precision)} / ${f3(m.bcubed.recall)} / **${f3(m.bcubed.f1)}** | ${f3(m.pairwise.precision)} / ${f3(m.pairwise.recall)} / ${f3(m.pairwise.f1)} | ${f3(r.baseline.bcubed.f1)} (${r.baseline.threshold}) | ${f3(r.baseline.pairwise.f1)} | ${(m.bcubed.f1 / r.baseline.bcubed.f1).toFixed(2)}× |`,
  );
}

// Speed and size on fake-indexeddb: a synthetic 14-day stream from the same texts.
const NOW = Date.UTC(2024, 0, 15);
const stream = syntheticStream(allTexts, ITEMS, NOW - 14 * 86_400_000);
const pages = syntheticStream(allTexts.slice().reverse(), LOOKUPS, NOW - 86_400_000, 1).map((p, i) => ({
  ...p,
  url: `https://reader.example/page/${i}`,
  canonicalUrl: `https://reader.example/page/${i}`,
  outletId: 'domain:reader.example',
}));
const db = new ParallaxDB('bench-cluster');
await db.delete();
await db.open();
const percentile = (xs: number[], p: number) =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
// Ingest: the real path, 50-item batches in one transaction each. CPU time too: on a shared
// machine the wall clock mostly measures the other processes.
const t0 = performance.now();
const c0 = process.cpuUsage();
// A feed polled at time t brings items published up to t: `now` is the batch's newest item.
for (let i = 0; i < INGEST; i += 50) {
  const batch = stream.slice(i, Math.min(INGEST, i + 50));
  await ingestArticles(db, batch, Math.max(...batch.map((b) => b.publishedAt ?? 0)));
}
const ingestMs = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const ingestRate = `${Math.round(INGEST / (ingestMs / 1000))} items/s wall, ${Math.round(INGEST / ((cpu.user + cpu.system) / 1e6))} items/s of CPU time`;
// Lookup latency at sizes whose real ingest would not fit a run: filled with the rows ingest
// would store (scripts/bench-cluster-fill.ts), then the real lookupCoverage.
const speed: string[] = [];
const filledIngest: string[] = [];
for (const checkpoint of [...new Set([...[10_000, 50_000, 100_000].filter((c) => c <= ITEMS), ITEMS])]) {
  await Promise.all([
    db.articles.clear(),
    db.stories.clear(),
    db.storyKeys.clear(),
    db.termShards.clear(),
    db.termDeltas.clear(),
    db.bandLog.clear(),
  ]);
  await fillIndex(db, stream.slice(0, checkpoint), NOW);
  const { latencies, found } = await timeLookups(db, pages, NOW);
  // Ingest into the filled index, as a polling round does (the worker starts cold): INGEST new items
  // of the last day, wire copies and rewrites of stored texts under new URLs; removed afterwards.
  const freshItems = syntheticStream(allTexts, INGEST, NOW - 86_400_000, 1).map((p, i) => ({
    ...p,
    url: `https://fresh.example/${i}`,
  }));
  const cold = new ParallaxDB('bench-cluster'); // a new connection: nothing cached, as in a new worker
  await cold.open();
  const f0 = performance.now();
  const fc = process.cpuUsage();
  for (let i = 0; i < freshItems.length; i += 50) await ingestArticles(cold, freshItems.slice(i, i + 50), NOW);
  const freshMs = performance.now() - f0;
  const freshCpu = process.cpuUsage(fc);
  cold.close();
  filledIngest.push(
    `${checkpoint.toLocaleString('en')}: ${Math.round(INGEST / (freshMs / 1000))} items/s wall, ${Math.round(INGEST / ((freshCpu.user + freshCpu.system) / 1e6))} items/s of CPU time`,
  );
  await removeArticles(db, await db.articles.where('url').startsWith('https://fresh.example/').primaryKeys());
  const articles = await db.articles.count();
  const bytes =
    JSON.stringify(await db.articles.toArray()).length +
    JSON.stringify(await db.stories.toArray()).length +
    JSON.stringify(await db.termShards.toArray()).length +
    JSON.stringify(await db.termDeltas.toArray()).length +
    (await db.bandLog.toArray()).reduce(
      (n, r) => n + r.ids.length + r.idStart.byteLength + r.bands.byteLength + r.owner.byteLength,
      0,
    );
  speed.push(
    `| ${articles.toLocaleString('en')} | ${(await db.stories.count()).toLocaleString('en')} | ${percentile(latencies, 0.5).toFixed(1)} / ${percentile(latencies, 0.95).toFixed(1)} ms | ${Math.round((100 * found) / pages.length)}% | ${Math.round(bytes / articles)} B |`,
  );
}
print(
  `\nDexie on fake-indexeddb (Node). Ingest of ${INGEST.toLocaleString('en')} items, one transaction per 50-item batch: ${ingestRate}.\n`,
);
print(
  `Ingest of ${INGEST.toLocaleString('en')} new items into a filled index (cold worker cache), by stored articles: ${filledIngest.join('; ')}.\n`,
);
print('| stored articles | stories | lookup p50 / p95 | lookups finding a story | bytes per article |');
print('|---|---|---|---|---|');
for (const line of speed) print(line);
await db.delete();

if (args.includes('--write')) writeSection('BENCHMARKS.md', '## Story clustering', out.join('\n'));
