import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, type LaunchedExtension } from './extension';
import { startNewsWeb, type NewsWeb } from './news-web';
import { OptionsPage } from './pages/options';

const homepage = `<!doctype html><html><head><title>The Local Paper</title>
<link rel="alternate" type="application/rss+xml" title="Local Paper news" href="/feed.xml"></head>
<body><h1>The Local Paper</h1></body></html>`;
const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>The Local Paper</title>
<link>http://www.localpaper-example.com/</link><description>News from town</description>
<item><title>Council approves the new bridge</title><link>http://www.localpaper-example.com/bridge</link>
<pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>`;

describe('the options page in Chromium', () => {
  let web: NewsWeb;
  let ext: LaunchedExtension;
  let options: OptionsPage;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-options-'));

  beforeAll(async () => {
    mkdirSync('test-output/screenshots', { recursive: true });
    web = await startNewsWeb({
      'www.localpaper-example.com': {
        '/': { body: homepage },
        '/feed.xml': { body: feed, type: 'application/rss+xml' },
      },
    });
    ext = await launchExtension(web);
    options = await OptionsPage.open(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await web?.close();
  });

  it('lists the bundled registry a page at a time, and finds an outlet by name', async () => {
    const total = Number((await options.total())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(1000);
    await options.search('reuters');
    await expect.poll(() => options.source('reuters').count()).toBe(1);
    const page = (await options.page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'ListSources', query: 'news', limit: 50 }),
    )) as { ok: boolean; data: { rows: unknown[]; total: number } };
    expect(page.ok).toBe(true);
    expect(page.data.rows).toHaveLength(50);
    expect(page.data.total).toBeGreaterThan(50);
  });

  it('adds a source by autodiscovery from its homepage and lists it', async () => {
    const result = await options.addSource('http://www.localpaper-example.com');
    expect(result).toEqual({
      ok: true,
      text: 'Added The Local Paper with the feed http://www.localpaper-example.com/feed.xml.',
    });
    // The homepage and the feed were fetched without the reader's cookies.
    const fetched = web.requests.filter((r) => r.host === 'www.localpaper-example.com').map((r) => r.path);
    expect(fetched).toEqual(expect.arrayContaining(['/', '/feed.xml']));
    expect(web.requests.every((r) => r.headers.cookie === undefined)).toBe(true);
    await options.search('local paper');
    const row = options.sourceByName('The Local Paper');
    expect(await row.getAttribute('data-enabled')).toBe('true');
    expect(await row.textContent()).toContain('added by you');
    const answer = await options.getOutlet('http://www.localpaper-example.com/bridge');
    expect(answer.data.outlet).toMatchObject({ name: 'The Local Paper', custom: true });
    await options.screenshot('test-output/screenshots/options-added-source.png');
  });

  it('overrides a rating, and the background answers with it, labelled as the reader’s own', async () => {
    await options.search('reuters');
    const row = options.source('reuters');
    await options.setBias(row, 'lean-right');
    await expect.poll(() => row.getByTestId('source-bias').textContent()).toBe('Lean right (your rating)');
    const answer = await options.getOutlet('https://www.reuters.com/world/x');
    expect(answer.data.outlet).toMatchObject({ id: 'reuters', bias: 'lean-right', biasSource: 'user' });
  });

  it('turns an outlet off, and it stays off', async () => {
    await options.search('reuters');
    await options.toggle(options.source('reuters'));
    await expect.poll(() => options.source('reuters').getAttribute('data-enabled')).toBe('false');
    await options.page.reload();
    await options.search('reuters');
    expect(await options.source('reuters').getAttribute('data-enabled')).toBe('false');
  });

  it('exports a backup and restores it into a fresh profile', async () => {
    const file = await options.export('backup', join(dir, 'backup.json'));
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { format: string; customSources: { name: string }[] };
    expect(backup.format).toBe('parallax-backup');
    expect(backup.customSources.map((s) => s.name)).toContain('The Local Paper');

    const fresh = await launchExtension(web);
    try {
      const restored = await OptionsPage.open(fresh);
      expect((await restored.getOutlet('http://www.localpaper-example.com/')).data.outlet).toBeNull();
      const result = await restored.import('backup', file);
      expect(result.ok).toBe(true);
      expect(result.text).toMatch(/Restored settings, 1 sources of your own/);
      await restored.search('local paper');
      expect(await restored.sourceByName('The Local Paper').count()).toBe(1);
      await restored.search('reuters');
      expect(await restored.source('reuters').getByTestId('source-bias').textContent()).toBe(
        'Lean right (your rating)',
      );
      expect(await restored.source('reuters').getAttribute('data-enabled')).toBe('false');
      expect((await restored.getOutlet('https://www.reuters.com/')).data.outlet).toMatchObject({
        bias: 'lean-right',
        biasSource: 'user',
      });

      // Clearing everything brings back the bundled registry and forgets the reader's own.
      await restored.page.getByTestId('clear-start').click();
      await restored.page.getByTestId('clear-confirm').click();
      await restored.page.getByText(/Everything was cleared; the bundled list of \d+ outlets is back/).waitFor();
      expect((await restored.getOutlet('http://www.localpaper-example.com/')).data.outlet).toBeNull();
      expect((await restored.getOutlet('https://www.reuters.com/')).data.outlet).toMatchObject({ bias: 'center' });
    } finally {
      await fresh.close();
    }
  });

  it('refuses a foreign file and changes nothing', async () => {
    const before = await options.total();
    const result = await options.import('opml', join(process.cwd(), 'package.json'));
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(/^Nothing was changed: /);
    expect(await options.total()).toBe(before);
  });
});
