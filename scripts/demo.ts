/**
 * `npm run demo`: Parallax end to end on this machine, headless and offline. Builds the extension, serves the
 * repo's "news web" (real stories' pages and feeds under their real host names, on 127.0.0.1), lets the
 * extension index it, opens one article and prints what the popup shows; screenshots go to demo-output/.
 *
 *   --json        print the summary as JSON on stdout (progress goes to stderr)
 *   --no-build    use the extension already built in PARALLAX_OUT_DIR (also PARALLAX_SKIP_BUILD=1)
 *   --out DIR     where the screenshots go (default demo-output)
 * PARALLAX_CHROMIUM picks the browser (default /usr/bin/chromium); PARALLAX_DEMO_TIMEOUT_MS bounds indexing.
 */
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../tests/browser/chromium';
import { badgeText, EXTENSION_DIR, launchExtension, tabIdOf, type LaunchedExtension } from '../tests/browser/extension';
import { buildNewsWeb, loadRegistry } from '../tests/browser/fixtures/news-web-sites';
import { startNewsWeb, type NewsWeb } from '../tests/browser/news-web';
import { OptionsPage } from '../tests/browser/pages/options';
import { PopupPage } from '../tests/browser/pages/popup';
import { pickArticle } from './demo/article';
import { buildExtension } from './demo/build';
import { waitForIndex } from './demo/indexing';
import { DemoError, progressLog, step } from './demo/output';
import { readPopup } from './demo/popup-summary';
import { formatSummary, type DemoSummary } from './demo/report';
import { openWelcome, screenshotPage, waitForBadge } from './demo/pages';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const json = args.json!;
const log = progressLog(json);
const outDir = resolve(args.out ?? 'demo-output');
const skipBuild = args['no-build']! || process.env.PARALLAX_SKIP_BUILD === '1';
const indexTimeoutMs = Number(process.env.PARALLAX_DEMO_TIMEOUT_MS ?? 60_000);

let web: NewsWeb | undefined;
let ext: LaunchedExtension | undefined;

async function run(): Promise<DemoSummary> {
  const started = Date.now();
  // A missing browser is the likeliest problem on a fresh machine: say so before spending time on a build.
  await step('Finding Chromium', async () => chromiumPath());
  log(skipBuild ? `Using the built extension in ${EXTENSION_DIR}` : 'Building the extension (wxt build)…');
  const buildMs = buildExtension(EXTENSION_DIR, { skip: skipBuild, json });

  const fixture = await step('Building the news web', async () => buildNewsWeb(loadRegistry(), Date.now()));
  const { article, story } = pickArticle(fixture.articles);
  const hosts = Object.keys(fixture.sites).length;
  web = await step('Starting the news web', () => startNewsWeb(fixture.sites));
  log(`News web: ${hosts} sites on 127.0.0.1:${web.port}, ${fixture.articles.length} articles in feeds`);

  log('Starting Chromium (headless) with the extension…');
  ext = await step('Starting Chromium with the extension', () => launchExtension(web!));
  const welcome = await step('Opening the welcome page', () => openWelcome(ext!));

  log('First poll of the enabled outlets’ feeds:');
  const indexing = await waitForIndex(ext, welcome, fixture.articles.length, log, { timeoutMs: indexTimeoutMs });

  log(`Opening ${article.outlet.name}: ${article.url}`);
  const tab = await ext.context.newPage();
  await step(`Opening ${article.url}`, () => tab.goto(article.url));
  const tabId = await step('Finding the article tab', () => tabIdOf(ext!, article.url));
  const badge = await waitForBadge(() => badgeText(ext!, tabId), 20_000);

  const popupPage = await step('Opening the popup', () => PopupPage.open(ext!, tabId, { width: 400 }));
  const popup = await step('Reading the popup', () => readPopup(popupPage));
  if (popup.state !== 'coverage') {
    throw new DemoError(
      `The popup shows "${popup.state}" instead of the story's coverage (${story.length} outlets in the news web).`,
    );
  }

  mkdirSync(outDir, { recursive: true });
  const shots: Record<string, string> = {};
  const shoot = async (name: string, take: (path: string) => Promise<unknown>) => {
    const path = join(outDir, `${name}.png`);
    await step(`Screenshot of the ${name} page`, () => take(path));
    shots[name] = relative(process.cwd(), path) || path;
  };
  // As tall as its content (the popup page object opens 800 px high; a real popup fits its content).
  await popupPage.page.setViewportSize({ width: 400, height: 300 });
  await shoot('popup', (p) => popupPage.screenshot(p));
  await shoot('options', async (p) => screenshotPage((await OptionsPage.open(ext!)).page, p));
  await shoot('welcome', (p) => screenshotPage(welcome, p));

  return {
    ok: true,
    article: { url: article.url, outlet: article.outlet.name, storyId: article.story_id, headline: article.title },
    badge,
    indexing: { articles: indexing.articles, expected: indexing.expected, complete: indexing.complete },
    popup,
    screenshots: shots,
    timingsMs: { build: buildMs, index: indexing.ms, total: Date.now() - started },
  };
}

async function cleanUp() {
  await ext?.close().catch(() => {});
  await web?.close().catch(() => {});
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

try {
  const summary = await run();
  await cleanUp();
  process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
  if (!json) {
    log(
      `Next: load ${relative(process.cwd(), EXTENSION_DIR)} unpacked in Chrome (chrome://extensions → Developer mode →`,
    );
    log('Load unpacked), or run `npm start` on a machine with a display for live reloading.');
  }
  process.exit(0);
} catch (e) {
  await cleanUp();
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`\nnpm run demo failed: ${message}\n`);
  if (!(e instanceof DemoError) && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: message })}\n`);
  process.exit(1);
}
