/**
 * `npm run bench:cluster:chromium [-- --items 50000] [--ingest 50000] [--fresh 1000] [--lookups 100]`: the story
 * index's ingest throughput and lookup latency on REAL IndexedDB in Chromium, with the
 * extension's own code (ParallaxDB, ingestArticles, lookupCoverage) bundled by esbuild and run
 * in a page on a loopback origin. Nothing is added to the product: the page is not the service
 * worker (same IndexedDB engine and database schema, different thread and origin), which is
 * what this measures and all it claims. The stream is bench:cluster's synthetic 14-day stream
 * built from the three fixture sets. Ingest speed: the first --ingest items through
 * ingestArticles into an empty index (one worker, as a long first poll), once one batch at a time
 * and once with POLL_CONCURRENCY batches queued (as a poll of several feeds queues them: the next
 * batch's text is then prepared while the one before commits), and --fresh new items into
 * each filled index with a cold cache (a polling round's worker just started). Lookup latency at 10k / 50k: the tables are filled with the rows ingest would
 * store (bench-cluster-fill.ts), then lookupCoverage runs for fresh pages, removed afterwards. Prints Markdown for the
 * "Story clustering" section of BENCHMARKS.md.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium';
import { loadDataset } from '../utils/story/eval/dataset';
import { POLL_CONCURRENCY } from '../utils/feeds/poll-feeds';
import { CLUSTER_FIXTURES as FIXTURES, machine, numberOption } from './bench-cluster-report';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const ITEMS = option('--items', 50_000);
const LOOKUPS = option('--lookups', 100);
const INGEST = Math.min(ITEMS, option('--ingest', 50_000));
const FRESH = option('--fresh', 1_000);

// The page's code: the product's modules, exposed on `window` for this benchmark page only.
const entry = `
import { ParallaxDB } from './utils/db/parallax-db';
import { syntheticStream } from './utils/story/eval/synthetic';
import { ingestArticles } from './utils/story/ingest';
import { removeArticles } from './utils/story/prune';
import { fillIndex, timeLookups } from './scripts/bench-cluster-fill';
const NOW = Date.UTC(2024, 0, 15);
const DAY = 86_400_000;
let db, stream, pages, texts;
const clearIndex = () =>
  Promise.all([db.articles, db.stories, db.storyKeys, db.termShards, db.termDeltas, db.bandLog].map((t) => t.clear()));
window.bench = {
  async setup(t, items, lookups) {
    texts = t;
    db = new ParallaxDB('bench-cluster-chromium');
    await db.delete();
    await db.open();
    stream = syntheticStream(texts, items, NOW - 14 * DAY);
    pages = syntheticStream(texts.slice().reverse(), lookups, NOW - DAY, 1).map((p, i) => ({
      ...p, url: 'https://reader.example/page/' + i, canonicalUrl: 'https://reader.example/page/' + i,
      outletId: 'domain:reader.example',
    }));
  },
  // Items/s of each successive 10,000 (the index grows as it goes) and of the whole run, with up to
  // \`queued\` batches waiting their turn (1: one at a time; a poll queues up to its concurrency).
  async ingest(count, queued) {
    await clearIndex();
    const t0 = performance.now();
    const segments = [];
    const pending = [];
    let t = t0;
    // A feed polled at time t brings items published up to t: \`now\` is the batch's newest item.
    for (let i = 0; i < count; i += 50) {
      const batch = stream.slice(i, Math.min(count, i + 50));
      pending.push(ingestArticles(db, batch, Math.max(...batch.map((b) => b.publishedAt))));
      if (pending.length >= queued) await pending.shift();
      const done = Math.min(count, i + 50);
      if (done % 10000 === 0 || done === count) {
        await Promise.all(pending.splice(0));
        segments.push(Math.round((done - segments.length * 10000) / ((performance.now() - t) / 1000)));
        t = performance.now();
      }
    }
    return { ms: performance.now() - t0, segments };
  },
  async fill(count) {
    await clearIndex();
    await fillIndex(db, stream.slice(0, count), NOW);
  },
  // New items of the last day into the filled index (cold cache, as a polling round's worker starts).
  async ingestFresh(count) {
    const fresh = syntheticStream(texts, count, NOW - DAY, 1).map((p, i) => ({ ...p, url: 'https://fresh.example/' + i }));
    const cold = new ParallaxDB('bench-cluster-chromium'); // a new connection: nothing cached
    await cold.open();
    const t0 = performance.now();
    for (let i = 0; i < count; i += 50) await ingestArticles(cold, fresh.slice(i, i + 50), NOW);
    const ms = performance.now() - t0;
    cold.close();
    await removeArticles(db, await db.articles.where('url').startsWith('https://fresh.example/').primaryKeys());
    return ms;
  },
  async lookups() {
    const { latencies, found } = await timeLookups(db, pages, NOW);
    return { latencies, found, articles: await db.articles.count(), stories: await db.stories.count() };
  },
};
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  write: false,
  target: 'chrome120',
  define: { 'import.meta.env': '{}' },
});
const js = bundle.outputFiles[0]!.text;
const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  else
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><script type="module" src="/bench.js"></script>');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const percentile = (xs: number[], p: number) =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const rows: string[] = [];
const filled: string[] = [];
let ingestRate = '';
const version = browser.version();
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  page.on('console', (m) => console.error(m.text()));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'bench' in window);
  const texts = FIXTURES.flatMap((f) => loadDataset(readFileSync(f, 'utf8')));
  await page.evaluate(([t, n, l]) => (window as any).bench.setup(t, n, l), [texts, ITEMS, LOOKUPS] as const);
  // One batch at a time, then as a poll queues them (its feeds are fetched POLL_CONCURRENCY at once).
  const rates: string[] = [];
  for (const queued of [1, POLL_CONCURRENCY]) {
    const ingested: { ms: number; segments: number[] } = await page.evaluate(
      ([n, q]) => (window as any).bench.ingest(n, q),
      [INGEST, queued] as const,
    );
    rates.push(
      `${queued === 1 ? 'one batch at a time' : `${queued} batches queued, as a poll queues them`}: ${Math.round(INGEST / (ingested.ms / 1000)).toLocaleString('en')} items/s (by successive 10,000: ${ingested.segments.join(', ')})`,
    );
  }
  ingestRate = rates.join('; ');
  console.error(`ingest: ${ingestRate}`);
  for (const checkpoint of [...new Set([...[10_000, 50_000, 100_000].filter((c) => c <= ITEMS), ITEMS])]) {
    await page.evaluate((c) => (window as any).bench.fill(c), checkpoint);
    const r: { latencies: number[]; found: number; articles: number; stories: number } = await page.evaluate(() =>
      (window as any).bench.lookups(),
    );
    // The first lookup after the fill meets a cold cache, as a worker just woken by a page does.
    const line = `| ${r.articles.toLocaleString('en')} | ${r.stories.toLocaleString('en')} | ${percentile(r.latencies, 0.5).toFixed(1)} / ${percentile(r.latencies, 0.95).toFixed(1)} ms | ${r.latencies[0]!.toFixed(0)} ms | ${Math.round((100 * r.found) / r.latencies.length)}% |`;
    rows.push(line);
    console.error(line);
    const freshMs: number = await page.evaluate((n) => (window as any).bench.ingestFresh(n), FRESH);
    filled.push(`${r.articles.toLocaleString('en')}: ${Math.round(FRESH / (freshMs / 1000))} items/s`);
    console.error(`ingest into filled index: ${filled.at(-1)}`);
  }
} finally {
  await browser.close();
  server.close();
}
const out = [
  `Chromium ${version} on real IndexedDB (a page on a loopback origin running the bundled product code), ${new Date().toISOString().slice(0, 10)} on ${machine()}. Ingest of the stream's first ${INGEST.toLocaleString('en')} items in 50-item transactions, into an empty index (wall), ${ingestRate}; ${FRESH.toLocaleString('en')} new items into a filled index (cold cache), by stored articles: ${filled.join('; ')} (wall).\n`,
  '| stored articles | stories | lookup p50 / p95 | first lookup, cold cache | lookups finding a story |',
  '|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(out);
