/**
 * The Chromium half of `npm run bench:detect`: the detection code and Readability bundled into one
 * script, run on each saved page in a fresh tab (offline: subresources refused), timed inside the page.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium';
import type { PageTruth } from '../tests/utils/article/fixture-truth';

/** The detection code and Readability as one script to inject into each page. */
async function bundle(): Promise<string> {
  const entry = `import { analysePage } from './utils/article/analyse';
    import { Readability } from '@mozilla/readability';
    globalThis.__parallax = { analysePage, Readability };`;
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  return out.outputFiles[0]!.text;
}

/** Cold cost per page in Chromium: each page fresh, its subresources refused (offline), then timed in it. */
export async function runChromium(pages: PageTruth[]) {
  const script = await bundle();
  const launch = () =>
    // bypassCSP: a page's own Content-Security-Policy would refuse the injected script.
    chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      bypassCSP: true,
    });
  let context = await launch();
  const ours: number[] = [];
  const theirs: number[] = [];
  const warm: number[] = [];
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    try {
      const tab = await context.newPage();
      // Offline: the page itself comes from its file, every subresource is refused.
      await tab.route('**/*', (route) =>
        route.request().isNavigationRequest()
          ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
          : route.abort(),
      );
      await tab.goto(page.url.startsWith('http') ? page.url : 'https://unknown.invalid/page', {
        waitUntil: 'domcontentloaded',
        timeout: 20_000,
      });
      await tab.addScriptTag({ content: script });
      const ms = await tab.evaluate(() => {
        type Api = {
          analysePage: (d: Document, u: string) => unknown;
          Readability: new (d: Document) => { parse(): unknown };
        };
        const p = (globalThis as unknown as { __parallax: Api }).__parallax;
        let t = performance.now();
        p.analysePage(document, location.href);
        const mine = performance.now() - t;
        t = performance.now();
        p.analysePage(document, location.href); // again, compiled: the cost on the tab's next navigation
        const warm = performance.now() - t;
        const copy = document.cloneNode(true) as Document;
        t = performance.now();
        try {
          new p.Readability(copy).parse();
        } catch {
          // a failed parse still cost its time
        }
        return [mine, performance.now() - t, warm] as const;
      });
      ours.push(ms[0]);
      theirs.push(ms[1]);
      warm.push(ms[2]);
      await tab.close();
    } catch (error) {
      process.stderr.write(
        `chromium: ${page.id}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
      );
      // A page that takes the browser down must not end the run: start a fresh one.
      await context.close().catch(() => {});
      context = await launch();
    }
  }
  await context.close().catch(() => {});
  return { ours, theirs, warm };
}
