// @vitest-environment node
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs the real `parallax` command, as `npm run --silent parallax -- outlet <url>` does. */
async function parallax(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/parallax.mjs', ...args], { timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function outletOf(url: string) {
  const { code, stdout } = await parallax('outlet', url);
  expect(code).toBe(0);
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as { url: string; domain: string | null; outlet: Record<string, unknown> | null };
}

describe('parallax outlet <url>', () => {
  it('names Reuters with its rating and sources', async () => {
    const answer = await outletOf('https://www.reuters.com/world/some-story');
    expect(answer).toMatchObject({
      url: 'https://www.reuters.com/world/some-story',
      domain: 'reuters.com',
      outlet: {
        id: 'reuters',
        name: 'Reuters',
        bias: 'center',
        biasSource: 'allsides-2023',
        qualitySource: 'lin-2023',
      },
    });
    expect(answer.outlet?.quality).toBeGreaterThan(0.9);
  });

  it('names CNN for an edition.cnn.com article', async () => {
    const answer = await outletOf('https://edition.cnn.com/2024/01/01/x');
    expect(answer).toMatchObject({ domain: 'edition.cnn.com', outlet: { id: 'cnn', name: 'CNN', country: 'US' } });
    expect(['left', 'lean-left', 'center', 'lean-right', 'right']).toContain(answer.outlet?.bias);
  });

  it('gives "outlet": null for an unknown domain and for a non-web URL', async () => {
    expect(await outletOf('https://example-blog.net/post')).toEqual({
      url: 'https://example-blog.net/post',
      domain: 'example-blog.net',
      outlet: null,
    });
    expect(await outletOf('ftp://files.example.com/x')).toEqual({
      url: 'ftp://files.example.com/x',
      domain: null,
      outlet: null,
    });
  });

  it('prints its usage and fails without a URL', async () => {
    const { code, stdout, stderr } = await parallax('outlet');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('usage: parallax outlet <url>');
  });
}, 60_000);
