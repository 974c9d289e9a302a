import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { ArticleItem } from '../../components/popup/ArticleItem';
import type { CoverageArticle } from '../../utils/coverage/coverage-view';
import { messagesFromJson, setMessageSource } from '../../utils/i18n';

/** The popup's article row with hostile feed data: only http(s) is clickable, titles are text. */

const NOW = Date.UTC(2026, 10, 20, 12);
const article = (url: string, title = 'A story'): CoverageArticle => ({
  id: `o ${url}`,
  storyId: 's',
  url,
  title,
  outletId: 'o',
  outletName: 'Outlet',
  domain: 'o.example',
  bias: 'center',
  leaning: 'center',
  qualityBand: 'high',
  quality: 0.9,
  ownRating: false,
  publishedAt: NOW - 3_600_000,
  match: { score: 0.8, sharedTerms: ['storm'], method: 'centroid', provider: 'local' },
});

const show = (a: CoverageArticle) =>
  render(
    <ul>
      <ArticleItem article={a} now={NOW} onNotSameStory={vi.fn()} />
    </ul>,
  ).container;

describe('hostile links and titles in the popup', () => {
  beforeAll(() => setMessageSource(messagesFromJson(messages)));
  afterEach(cleanup);

  it.each([
    'javascript:alert(document.cookie)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
  ])('%j → shown as plain text, not a link', (url) => {
    const root = show(article(url));
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('[data-testid="article-unlinked"]')?.textContent).toContain('A story');
  });

  it('an https URL → a link that opens without opener', () => {
    const link = show(article('https://o.example/story')).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://o.example/story');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('markup in a title → the literal text, no element created', () => {
    const title = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const root = show(article('https://o.example/story', title));
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('a')!.textContent).toContain(title);
  });
});
