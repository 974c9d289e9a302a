/**
 * Popup benchmark (issue 6): time from opening the popup to coverage rendered with a cached story,
 * in real Chromium, median and p95 over 50 opens, against a baseline measured in the same run: a
 * static HTML page with the same rendered content and CSS (no script, no messages). Also the
 * popup's JavaScript size, gzipped. Writes the "## Popup" section of BENCHMARKS.md.
 *
 *   npm run bench:popup            (builds into .output-bench-popup first)
 *   PARALLAX_SKIP_BUILD=1 npm run bench:popup
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OPENS = 50;
const WARMUP = 5;
const TARGET_MEDIAN_MS = 50;
const TARGET_JS_GZ_KB = 30;
process.env.PARALLAX_OUT_DIR ??= '.output-bench-popup';
const OUT = join(process.env.PARALLAX_OUT_DIR, 'chrome-mv3');

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const fmt = (n: number) => n.toFixed(1);

/** Gzipped size of every script popup.html loads: its entry and the chunks it preloads. */
function popupJsSize(): { files: string[]; raw: number; gz: number; css: number } {
  const html = readFileSync(join(OUT, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(js|css))"/g)].map((m) => m[1]!);
  const size = (f: string) => {
    const buf = readFileSync(join(OUT, f));
    return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
  };
  const js = refs.filter((f) => f.endsWith('.js'));
  const css = refs.filter((f) => f.endsWith('.css'));
  return {
    files: js,
    raw: js.reduce((a, f) => a + size(f).raw, 0),
    gz: js.reduce((a, f) => a + size(f).gz, 0),
    css: css.reduce((a, f) => a + size(f).gz, 0),
  };
}

async function main() {
  if (process.env.PARALLAX_SKIP_BUILD !== '1' || !existsSync(OUT))
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  // Imported after PARALLAX_OUT_DIR is set: the harness reads it when loaded.
  const { launchExtension, tabIdOf } = await import('../tests/browser/extension');
  const { startNewsWeb } = await import('../tests/browser/news-web');
  const { seedIndex } = await import('../tests/browser/pages/popup');
  const { ROUNDUPS, articleOf, outletOf } = await import('../tests/fixtures/coverage/build');

  const story = ROUNDUPS.filter((r) => r.story_id === 'allsides-5607');
  const page = story[0]!;
  const css = readFileSync(
    join(OUT, [...readFileSync(join(OUT, 'popup.html'), 'utf8').matchAll(/href="\/?([^"]+\.css)"/g)][0]![1]!),
    'utf8',
  );
  let staticHtml = '';
  const web = await startNewsWeb({
    [new URL(page.url).hostname]: {
      [new URL(page.url).pathname]: { body: `<!doctype html><title>${page.title}</title><h1>${page.title}</h1>` },
    },
    'baseline.test': { '/static.html': () => ({ body: staticHtml }) },
  });
  const ext = await launchExtension(web);
  // tsx compiles with esbuild's keepNames, so functions sent to the browser call a `__name` helper.
  const defineName = 'globalThis.__name ??= (f) => f';
  await ext.worker.evaluate(defineName);
  await ext.context.addInitScript(defineName);
  try {
    const now = Date.now();
    const registry = JSON.parse(readFileSync('public/data/outlets.json', 'utf8')) as {
      outlets: { id: string; domains: string[] }[];
    };
    const idFor = (d: string) => registry.outlets.find((o) => o.domains.includes(d))?.id;
    await seedIndex(ext, {
      outlets: story.filter((r) => !idFor(r.domain)).map((r) => outletOf(r)),
      articles: story.map((r, i) => {
        const a = articleOf(r, 'allsides-5607', now - (3 - i) * 3_600_000);
        const id = idFor(r.domain) ?? a.outletId;
        return { ...a, outletId: id, id: `${id} ${r.url}` };
      }),
      stories: [
        {
          id: 'allsides-5607',
          title: page.title,
          articleCount: 3,
          firstPublishedAt: now - 3 * 3_600_000,
          lastPublishedAt: now - 3_600_000,
          centroid: {},
          days: [],
          keys: [],
        },
      ],
    });
    const tab = await ext.context.newPage();
    await tab.goto(page.url);
    const tabId = await tabIdOf(ext, page.url);
    const popupUrl = `chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`;

    /** One open: a fresh page, as the real popup is; time from navigation start to coverage drawn. */
    async function openPopup(): Promise<{ total: number; script: number }> {
      const p = await ext.context.newPage();
      await p.goto(popupUrl);
      await p.locator('.popup[data-state="coverage"]').waitFor();
      const t = await p.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return {
          total: at('parallax:coverage-rendered'),
          script: at('parallax:coverage-rendered') - at('parallax:popup-start'),
        };
      });
      if (!staticHtml) {
        // The baseline: the very same rendered markup and stylesheet, as a static page.
        const body = await p.locator('#app').innerHTML();
        staticHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><main id="app">${body}</main><script>performance.mark('static-rendered')</script></body></html>`;
      }
      await p.close();
      return t;
    }
    async function openStatic(): Promise<number> {
      const p = await ext.context.newPage();
      await p.goto('http://baseline.test/static.html');
      const t = await p.evaluate(() => performance.getEntriesByName('static-rendered')[0]?.startTime ?? NaN);
      await p.close();
      return t;
    }

    for (let i = 0; i < WARMUP; i++) await openPopup();
    for (let i = 0; i < WARMUP; i++) await openStatic();
    const popup: { total: number; script: number }[] = [];
    const baseline: number[] = [];
    // Interleaved so both see the same machine load.
    for (let i = 0; i < OPENS; i++) {
      popup.push(await openPopup());
      baseline.push(await openStatic());
    }
    const totals = popup.map((p) => p.total);
    const scripts = popup.map((p) => p.script);
    const size = popupJsSize();
    const chromium = await ext.worker.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown');
    const rows = [
      ['popup: open → coverage rendered', fmt(quantile(totals, 0.5)), fmt(quantile(totals, 0.95))],
      ['popup: script start → coverage rendered', fmt(quantile(scripts, 0.5)), fmt(quantile(scripts, 0.95))],
      ['baseline: static page, same content', fmt(quantile(baseline, 0.5)), fmt(quantile(baseline, 0.95))],
    ];
    const ratio = quantile(totals, 0.5) / quantile(baseline, 0.5);
    const pass = (ok: boolean) => (ok ? 'meets' : 'MISSES');
    const section = [
      '## Popup',
      '',
      `${new Date().toISOString().slice(0, 10)} · ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · Chromium ${chromium} (headless) · \`npm run bench:popup\``,
      '',
      `Time from opening popup.html (navigation start) to the coverage being drawn for a story already in the index (3 outlets), ${OPENS} opens after ${WARMUP} warm-ups, each in a fresh page; the baseline is a static page with the same rendered HTML and CSS, opened interleaved in the same run.`,
      '',
      '| measure | median ms | p95 ms |',
      '|---|---|---|',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
      `- Ratio popup / static baseline (medians): **${ratio.toFixed(2)}×**. Target ≤ ${TARGET_MEDIAN_MS} ms median (open → rendered): ${pass(quantile(totals, 0.5) <= TARGET_MEDIAN_MS)}; script start → rendered: ${pass(quantile(scripts, 0.5) <= TARGET_MEDIAN_MS)}.`,
      '- "Open" is the navigation start of a new headless page: even the static baseline needs about 100 ms here, so the absolute target is only reachable on the script-side number. The popup spends its extra time loading its module chunks from the extension and on two messages to the background (GetTabView, GetCoverage; ~5 ms each when the machine is idle). Runs on a shared 2-core machine vary by ±30%.',
      `- Popup JavaScript (${size.files.join(', ')}): ${(size.raw / 1024).toFixed(1)} KB raw, **${(size.gz / 1024).toFixed(1)} KB gzipped** (CSS ${(size.css / 1024).toFixed(1)} KB gz). Target ≤ ${TARGET_JS_GZ_KB} KB: ${pass(size.gz / 1024 <= TARGET_JS_GZ_KB)}.`,
      '',
    ].join('\n');
    console.log(section);
    writeSection(section);
  } finally {
    await ext.close();
    await web.close();
  }
}

/** Replaces only this benchmark's section of BENCHMARKS.md (others own theirs). */
function writeSection(section: string) {
  const file = 'BENCHMARKS.md';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.search(/^## Popup\s*$/m);
  if (start < 0) return writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
  const rest = current.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? current.length : start + 1 + next;
  writeFileSync(file, `${current.slice(0, start)}${section}\n${current.slice(end)}`.replace(/\n{3,}/g, '\n\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
