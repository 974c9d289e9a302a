import { execFile } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { pickArticle } from '../../scripts/demo/article';
import type { DemoSummary } from '../../scripts/demo/report';
import { buildNewsWeb, loadRegistry } from './fixtures/news-web-sites';

const run = promisify(execFile);
const OUT = resolve('test-output/demo');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Runs `npm run demo` as a newcomer would (minus the build, which the suite's global setup did). */
function demo(args: string[], env: Record<string, string> = {}) {
  return run(resolve('node_modules/.bin/tsx'), ['scripts/demo.ts', '--no-build', ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code ?? -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    }),
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is not a PNG`).toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('npm run demo', () => {
  let summary: DemoSummary;
  let stderr: string;
  // The article and story the demo should pick, worked out here from the same fixture.
  const { article, story } = pickArticle(buildNewsWeb(loadRegistry(), Date.now()).articles);

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    const result = await demo(['--json', '--out', OUT]);
    stderr = result.stderr;
    expect(result.code, `the demo failed:\n${result.stderr}`).toBe(0);
    summary = JSON.parse(result.stdout) as DemoSummary;
  }, 180_000);

  it('indexes the whole news web and opens the Politico article of the Colin Powell story', () => {
    expect(summary.ok).toBe(true);
    expect(summary.indexing).toMatchObject({ complete: true, articles: summary.indexing.expected });
    expect(summary.article).toMatchObject({ url: article.url, outlet: 'Politico', storyId: 'allsides-5608' });
    expect(stderr).toMatch(/indexing \d+ of \d+ sources/);
  });

  it('prints the outlet card, the coverage count, the spread and the other outlets’ articles', () => {
    const { popup } = summary;
    expect(popup.state).toBe('coverage');
    expect(popup.outlet).toMatchObject({ name: article.outlet.name, bias: article.outlet.bias });
    expect(popup.outlet!.quality).toMatch(/^\d+ \/ 100|Unknown/);
    expect(popup.coveredBy.count).toBeGreaterThanOrEqual(3);
    expect(popup.coveredBy.count).toBe(story.length);
    expect(popup.coveredBy.text).toContain(String(story.length));
    expect(summary.badge).toBe(String(story.length));
    const spreadTotal = Object.values(popup.spread).reduce((n, [count]) => n + count, 0);
    expect(spreadTotal).toBe(popup.coveredBy.count);
    const others = story.filter((a) => a !== article);
    expect(popup.articles.map((a) => a.outlet).sort()).toEqual(others.map((a) => a.outlet.name).sort());
    for (const a of popup.articles) {
      expect(a.headline).toBe(others.find((o) => o.outlet.name === a.outlet)!.title);
      expect(['left', 'center', 'right', 'unrated']).toContain(a.leaning);
    }
    expect(typeof popup.blindspot.present).toBe('boolean');
    expect(popup.blindspot.rule).toMatch(/at least 6 rated outlets/);
  });

  it('saves the popup, options and welcome pages as PNG screenshots', () => {
    for (const name of ['popup', 'options', 'welcome']) {
      const file = resolve(summary.screenshots[name]!);
      expect(file).toBe(join(OUT, `${name}.png`));
      expect(statSync(file).size).toBeGreaterThan(5_000);
    }
    // The popup is shot at its real width and as tall as its content.
    const popup = pngSize(join(OUT, 'popup.png'));
    expect(popup.width).toBe(400);
    expect(popup.height).toBeGreaterThan(300);
    expect(pngSize(join(OUT, 'options.png'))).toEqual({ width: 1100, height: 900 });
  });

  it('fails with how to install Chromium when there is none', async () => {
    const result = await demo(['--json'], { PARALLAX_CHROMIUM: '/nonexistent/chromium' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('sudo apt-get install -y chromium');
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false });
  });
});
