// @vitest-environment node
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { fixture } from '../../utils/coverage/providers/provider-fixtures';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const page = fileURLToPath(new URL('../../fixtures/providers/page-highland-park.html', import.meta.url));
const feed = fileURLToPath(new URL('../../fixtures/providers/feed-fox-us.xml', import.meta.url));
const URL_ = 'https://www.cnn.com/2022/07/27/us/highland-park-suspected-shooter-charges/index.html';

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'coverage', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

interface Output {
  statuses: { provider: string; state: string }[];
  coverage: { outletId: string; provider: string; bias: string }[];
}

let server: FixtureServer;
beforeEach(async () => {
  server = await startFixtureServer({
    '/gdelt': { body: fixture('gdelt-highland-park.json'), headers: { 'content-type': 'application/json' } },
    '/google': { body: fixture('google-highland-park.xml'), headers: { 'content-type': 'application/rss+xml' } },
  });
});
afterEach(() => server.close());

describe('parallax coverage', () => {
  it('merges the local index (fed by --feeds) with both services, each outlet once', async () => {
    const { code, stdout, stderr } = await cli(
      [page, '--url', URL_, '--providers', 'local,gdelt,google', '--feeds', feed, '--now', '2022-07-28T12:00:00Z'],
      { PARALLAX_GDELT_URL: server.url('/gdelt'), PARALLAX_GOOGLE_NEWS_URL: server.url('/google') },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Output;
    expect(out.statuses.map((s) => `${s.provider}:${s.state}`)).toEqual(['local:ok', 'gdelt:ok', 'google-news:ok']);
    expect(out.coverage.map((c) => `${c.outletId}/${c.provider}`).sort()).toEqual([
      'domain:lakemchenryscanner.com/gdelt',
      'fox-news/local',
    ]);
    expect(server.requests.map((r) => r.path).join(' ')).not.toContain('cnn');
  }, 30_000);

  it('asks no service unless named, and explains bad arguments', async () => {
    const { stdout } = await cli([page, '--url', URL_], { PARALLAX_GDELT_URL: server.url('/gdelt') });
    expect((JSON.parse(stdout) as Output).statuses.map((s) => s.state)).toEqual(['ok', 'disabled', 'disabled']);
    expect(server.requests).toHaveLength(0);
    const bad = await cli([page, '--url', URL_, '--providers', 'bing'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown provider bing/);
  }, 30_000);
});
