// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ingest = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'ingest', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('parallax ingest', () => {
  it('prints one JSON line per normalised item, and reports a bad input on stderr without stopping', () => {
    const feed = 'tests/fixtures/feeds/danmactough__node-feedparser/rss2sample.xml';
    const result = ingest('tests/fixtures/feeds/rbren__rss-parser/unrecognized.rss', feed);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/unrecognized\.rss: not RSS, Atom or JSON Feed/);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      feed,
      title: 'Star City',
      url: 'http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp',
      publishedAt: Date.parse('2003-06-03T09:39:21Z'),
    });
  }, 30_000);

  it('resolves relative links in a file against --base', () => {
    const result = ingest(
      '--base',
      'https://www.arcgames.com/feed',
      'tests/fixtures/feeds/danmactough__node-feedparser/rss-with-relative-urls.xml',
    );
    expect(result.status).toBe(0);
    const first = JSON.parse(result.stdout.split('\n')[0]!);
    expect(first.url).toMatch(/^https:\/\/www\.arcgames\.com\/en\/games\/neverwinter\/news\/detail\//);
  }, 30_000);
});
