import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { badgeText, launchExtension, tabIdOf, type LaunchedExtension } from './extension';
import { startNewsWeb, type NewsWeb } from './news-web';
import { PopupPage } from './pages/popup';

const page = (title: string) => ({ body: `<!doctype html><title>${title}</title><h1>${title}</h1>` });

describe('the popup names the outlet of the current tab', () => {
  let web: NewsWeb;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    mkdirSync('test-output/screenshots', { recursive: true });
    web = await startNewsWeb({
      'www.reuters.com': { '/world/some-story': page('Some story') },
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
    await tab.goto('https://www.reuters.com/world/some-story');
    const tabId = await tabIdOf(ext, 'https://www.reuters.com/');
    const popup = await PopupPage.open(ext, tabId);
    expect(await popup.outletName()).toBe('Reuters');
    expect(await popup.outletBias()).toBe('center');
    expect((await popup.credits()).join(' ')).toContain('AllSides.com');
    await popup.screenshot('test-output/screenshots/popup-rated-outlet.png');
    await expect.poll(() => badgeText(ext, tabId)).toBe('C');
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
