// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clusterStream } from '../../utils/story/cluster-stream';
import { loadDataset } from '../../utils/story/eval/dataset';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = readFileSync(`${ROOT}tests/fixtures/clusters/googlenews_rss_story_clusters.jsonl`, 'utf8');

function cli(args: string[], input: string) {
  const result = spawnSync(`${ROOT}node_modules/.bin/tsx`, ['cli/main.ts', 'cluster', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parallax cluster', () => {
  it('prints one {id, story} line per input line, the same partition the library computes', async () => {
    const lines = FIXTURE.split('\n').slice(0, 60).join('\n');
    const { code, stdout } = cli([], lines);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; story: string });
    const items = loadDataset(lines);
    expect(out.map((o) => o.id)).toEqual(items.map((i) => i.id));
    expect(out.map((o) => o.story)).toEqual(await clusterStream(items));
    // Google News' own grouping: the first two headlines are about the same deal.
    expect(out[1]!.story).toBe(out[4]!.story);
  }, 60_000);

  it('explains matches on request', () => {
    const { stdout } = cli(['--explain'], FIXTURE.split('\n').slice(0, 5).join('\n'));
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(last.match).toMatchObject({ method: 'centroid', provider: 'local' });
    expect(last.match.sharedTerms).toContain('manchin');
  }, 60_000);

  it('reports bad lines with their number, keeps going, and exits 1', () => {
    const { code, stdout, stderr } = cli(
      [],
      '{"id":"a","title":"Senate passes bill"}\nnot json\n{"title":"no id"}\n{"id":"b","title":"Senate passes the bill"}\n',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 2:/);
    expect(stderr).toMatch(/line 3: missing "id"/);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a', 'b']);
  }, 60_000);

  it('rejects unknown options with usage', () => {
    const { code, stderr } = cli(['--nope'], '');
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: parallax cluster/);
  }, 60_000);
});
