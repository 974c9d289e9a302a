/**
 * `npm run bench:detect [folder]`: article detection and metadata extraction over saved pages with
 * expected.json (default tests/fixtures/pages), against Mozilla Readability on the same pages.
 * Quality and time per page in Node (linkedom, parsed once; only the functions are timed), then the cost
 * in Chromium: the same detection code, bundled, run cold on each page, next to Readability's parse().
 * Writes the "## Article detection" section of BENCHMARKS.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analysePage } from '../utils/article/analyse';
import { platformOf } from '../utils/article/platforms';
import { runChromium } from './bench-detect-chromium';
import {
  loadTruth,
  sameDay,
  sameDescription,
  sameHeadline,
  sameText,
  sameUrl,
  type PageTruth,
} from '../tests/utils/article/fixture-truth';

const root = process.argv[2] ?? 'tests/fixtures/pages';
const pages = loadTruth(root);

interface Found {
  isArticle: boolean;
  headline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  publishedAt: string | null;
  description: string | null;
}

const dom = (page: PageTruth) => parseHTML(readFileSync(page.file, 'utf8')).document as unknown as Document;

function runNode() {
  const ours: Found[] = [];
  const theirs: Found[] = [];
  const msOurs: number[] = [];
  const msTheirs: number[] = [];
  for (const page of pages) {
    const doc = dom(page);
    let t = performance.now();
    const { article, detection } = analysePage(doc, page.url);
    msOurs.push(performance.now() - t);
    ours.push({
      // As the product reports it: the content script does not run on platforms (exclude_matches).
      isArticle: detection.isArticle && !platformOf(page.url),
      headline: article.headline,
      siteName: article.outletName,
      canonicalUrl: article.canonicalUrl,
      publishedAt: article.publishedAt,
      description: article.description,
    });
    // Readability changes the document it parses, so it gets its own copy (parsed outside the timing).
    const mine = dom(page);
    t = performance.now();
    const readerable = isProbablyReaderable(mine);
    let parsed: ReturnType<Readability<string>['parse']> = null;
    try {
      parsed = new Readability(mine).parse();
    } catch {
      parsed = null;
    }
    msTheirs.push(performance.now() - t);
    theirs.push({
      isArticle: readerable,
      headline: parsed?.title ?? null,
      siteName: parsed?.siteName ?? null,
      canonicalUrl: null,
      publishedAt: parsed?.publishedTime ?? null,
      description: parsed?.excerpt ?? null,
    });
  }
  return { ours, theirs, msOurs, msTheirs };
}

function quality(found: Found[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const rate = (
    truthOf: (p: PageTruth) => string | null,
    ok: (f: Found, t: string) => boolean,
    counts: (f: Found) => boolean = () => true,
  ) => {
    let n = 0;
    let hit = 0;
    pages.forEach((p, i) => {
      const t = truthOf(p);
      if (t === null || !counts(found[i]!)) return;
      n++;
      if (ok(found[i]!, t)) hit++;
    });
    return { hit, n };
  };
  pages.forEach((p, i) => {
    if (p.isNews === null) return;
    const said = found[i]!.isArticle;
    if (said && p.isNews) tp++;
    else if (said) fp++;
    else if (p.isNews) fn++;
  });
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall || 1),
    headline: rate(
      (p) => p.headline,
      (f, t) => sameHeadline(f.headline, t),
    ),
    siteName: rate(
      (p) => p.siteName,
      (f, t) => sameText(f.siteName, t),
    ),
    canonicalUrl: rate(
      (p) => p.canonicalUrl,
      (f, t) => sameUrl(f.canonicalUrl, t),
    ),
    date: rate(
      (p) => p.publishedAt,
      (f, t) => sameDay(f.publishedAt, t),
    ),
    // Where the page states a date we read, does it agree? (Truths sometimes hold the modified or crawl date.)
    dateStated: rate(
      (p) => p.publishedAt,
      (f, t) => sameDay(f.publishedAt, t),
      (f) => f.publishedAt !== null,
    ),
    description: rate(
      (p) => p.description,
      (f, t) => sameDescription(f.description, t),
    ),
  };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function bundleSize(): string {
  const file = `${process.env.PARALLAX_OUT_DIR ?? '.output'}/chrome-mv3/content-scripts/content.js`;
  if (!existsSync(file)) return 'not built (run `npm run build`)';
  return `${(execFileSync('gzip', ['-c', file]).length / 1024).toFixed(1)} KB gzipped (${file})`;
}

function writeSection(section: string) {
  const file = 'BENCHMARKS.md';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.search(/^## Article detection\s*$/m);
  if (start < 0) return writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
  const rest = current.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? current.length : start + 1 + next;
  writeFileSync(file, `${current.slice(0, start)}${section}\n${current.slice(end)}`.replace(/\n{3,}/g, '\n\n'));
}

async function main() {
  const node = runNode();
  const q = quality(node.ours);
  const r = quality(node.theirs);
  process.stdout.write(`Node done: F1 ${q.f1.toFixed(3)} (Readability ${r.f1.toFixed(3)}); Chromium next\n`);
  const browser = await runChromium(pages);
  const rate = (x: { hit: number; n: number }) => `${((100 * x.hit) / (x.n || 1)).toFixed(1)}% (${x.hit}/${x.n})`;
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const labelled = pages.filter((p) => p.isNews !== null).length;
  const medOurs = quantile(browser.ours, 0.5);
  const medTheirs = quantile(browser.theirs, 0.5);
  const rows = [
    ['news-article detection precision', q.precision.toFixed(3), r.precision.toFixed(3), ''],
    ['news-article detection recall', q.recall.toFixed(3), r.recall.toFixed(3), ''],
    [
      `news-article detection F1 (${labelled} labelled pages)`,
      q.f1.toFixed(3),
      r.f1.toFixed(3),
      '≥ 0.95 and above Readability',
    ],
    ['headline match', rate(q.headline), rate(r.headline), '≥ 95%'],
    ['outlet (site) name match', rate(q.siteName), rate(r.siteName), ''],
    ['canonical URL match', rate(q.canonicalUrl), 'n/a (not extracted)', ''],
    ['publish date, same day (pages whose truth has one)', rate(q.date), rate(r.date), '≥ 90%'],
    ['publish date, same day, where we also state one', rate(q.dateStated), rate(r.dateStated), ''],
    ['description match', rate(q.description), rate(r.description), ''],
    [
      'Node (linkedom) time per page, median / p95',
      `${ms(quantile(node.msOurs, 0.5))} / ${ms(quantile(node.msOurs, 0.95))}`,
      `${ms(quantile(node.msTheirs, 0.5))} / ${ms(quantile(node.msTheirs, 0.95))}`,
      '',
    ],
    [
      `Chromium cost per page, median / p95 (${browser.ours.length} pages)`,
      `${ms(medOurs)} / ${ms(quantile(browser.ours, 0.95))}`,
      `${ms(medTheirs)} / ${ms(quantile(browser.theirs, 0.95))} (parse)`,
      '≤ 1 ms',
    ],
    [
      'Chromium, our second run on the same page (compiled), median / p95',
      `${ms(quantile(browser.warm, 0.5))} / ${ms(quantile(browser.warm, 0.95))}`,
      '',
      '',
    ],
    [
      'Chromium: Readability parse ÷ ours (median)',
      `${(medTheirs / Math.max(medOurs, 0.005)).toFixed(0)}×`,
      '',
      '≥ 20×',
    ],
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const table = [
    '| measure | Parallax | Readability 0.6 | target |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const section = `## Article detection

\`npm run bench:detect\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPUs (${cpu}), Node ${process.version}, over ${pages.length} saved pages in \`${root}\`.
Ground truth: each page's expected.json (labelled by the libraries the pages come from; \`is_news_article\` from the URL).
Readability is judged with \`isProbablyReaderable\` for detection and \`parse()\` for title, siteName, publishedTime and excerpt.
Chromium times are cold (one fresh page each, the detection code injected, \`performance.now()\` at 0.1 ms resolution); the content
script bundle is ${bundleSize()} (target ≤ 8 KB).

${table}
`;
  process.stdout.write(`${section}\n`);
  writeSection(section);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
