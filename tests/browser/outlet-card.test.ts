import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { badgeText, launchExtension, tabIdOf, type LaunchedExtension } from './extension';
import { startNewsWeb, type NewsWeb } from './news-web';
import { PopupPage } from './pages/popup';

const page = (title: string) => ({ body: `<!doctype html><title>${title}</title><h1>${title}</h1>` });
/** A news article as outlets mark them up (OpenGraph article, a publish date, body text). */
const article = (title: string) => ({
  body: `<!doctype html><html lang="en"><head><title>${title} | Reuters</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="${new Date().toISOString()}"></head>
<body><article><h1>${title}</h1>${'<p>Officials said on Monday that the talks would continue.</p>'.repeat(8)}</article></body></html>`,
});

describe('the popup names the outlet of the current tab', () => {
  let web: NewsWeb;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    mkdirSync('test-output/screenshots', { recursive: true });
    web = await startNewsWeb({
      'www.reuters.com': { '/world/europe/talks-resume-2026-11-28/': article('Talks resume in Geneva') },
      'example-blog.net': { '/post': page('A blog post') },
    });
    ext = await launchExtension(web);
  });
  afterAll(async () => {
    await ext?.close();
    await web?.close();
  });

  it('shows the rating of a rated outlet, with its sources credited, and colours the badge', async () => {
    const tab = await ext.context.newPage();
    await tab.goto('https://www.reuters.com/world/europe/talks-resume-2026-11-28/');
    const tabId = await tabIdOf(ext, 'https://www.reuters.com/');
    const popup = await PopupPage.open(ext, tabId);
    expect(await popup.outletName()).toBe('Reuters');
    expect(await popup.outletBias()).toBe('center');
    expect((await popup.credits()).join(' ')).toContain('AllSides.com');
    await popup.screenshot('test-output/screenshots/popup-rated-outlet.png');
    // An article with no other coverage yet: the badge shows the outlet's leaning (C for center).
    await expect.poll(() => badgeText(ext, tabId), { timeout: 10_000 }).toBe('C');
  });

  it('says plainly that an unknown site is not a rated outlet', async () => {
    const tab = await ext.context.newPage();
    await tab.goto('http://example-blog.net/post');
    const tabId = await tabIdOf(ext, 'http://example-blog.net/');
    const popup = await PopupPage.open(ext, tabId);
    expect(await popup.notRatedMessage()).toContain('example-blog.net is not a rated outlet');
    await popup.screenshot('test-output/screenshots/popup-unrated-site.png');
    expect(await badgeText(ext, tabId)).toBe('');
  });
});
