// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs the real `parallax` command as a child process. */
async function parallax(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/parallax.mjs', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const BBC = 'tests/fixtures/pages/metascraper/bbc/source.html';
const REDDIT = 'tests/fixtures/pages/postlight/www.reddit.com/source.html';

describe('parallax detect', { timeout: 60_000 }, () => {
  it('prints one JSON line with every field for a news article', async () => {
    const { code, stdout } = await parallax('detect', BBC, '--url', 'https://www.bbc.com/news/business-40504764');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(
      [
        'authors',
        'canonicalUrl',
        'description',
        'file',
        'headline',
        'isArticle',
        'kind',
        'lang',
        'outlet',
        'publishedAt',
      ].sort(),
    );
    expect(row).toMatchObject({
      file: BBC,
      isArticle: true,
      kind: 'news',
      outlet: 'BBC News',
      canonicalUrl: 'https://www.bbc.com/news/business-40504764',
    });
    expect(String(row['publishedAt']).slice(0, 10)).toBe('2017-07-09');
  });

  it('runs a --list of pages, each with its own address, in one process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-detect-'));
    const list = join(dir, 'pages.jsonl');
    writeFileSync(
      list,
      `${JSON.stringify({ file: resolve(BBC), url: 'https://www.bbc.com/news/business-40504764' })}\n${JSON.stringify({ file: resolve(REDDIT), url: 'https://www.reddit.com/r/x/comments/1/y/' })}\n`,
    );
    const { code, stdout } = await parallax('detect', '--list', list);
    expect(code).toBe(0);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { isArticle: boolean; kind: string });
    expect(rows.map((r) => r.isArticle)).toEqual([true, false]);
  });

  it('explains bad arguments and a missing file', async () => {
    expect((await parallax('detect')).code).toBe(2);
    expect((await parallax('detect', BBC, REDDIT, '--url', 'https://x.example/')).stderr).toContain('--url takes one');
    const missing = await parallax('detect', 'no-such-file.html');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-file.html');
  });
});
