import { describe, expect, it } from 'vitest';
import { createArticleReporter, type PageReport } from '../../../utils/article/reporter';

const articlePage = (headline: string, canonical: string) =>
  `<head><title>${headline}</title><meta property="og:type" content="article"><link rel="canonical" href="${canonical}">
   <meta property="article:published_time" content="2024-01-01T10:00:00Z"></head><body><article><h1>${headline}</h1></article></body>`;

function setup(html: string, url: string) {
  const page = { doc: new DOMParser().parseFromString(html, 'text/html') as unknown as Document, url };
  const sent: PageReport[] = [];
  const reporter = createArticleReporter({ read: () => page, send: (r) => void sent.push(r) });
  return { page, sent, reporter };
}

describe('createArticleReporter', () => {
  it('sends an article once, however often it is checked', () => {
    const { sent, reporter } = setup(
      articlePage('Storm hits', 'https://n.example/2024/01/01/storm-hits-the-coast'),
      'https://n.example/2024/01/01/storm-hits-the-coast?utm_source=tw',
    );
    reporter.check();
    reporter.check();
    expect(sent.map((r) => r.article.canonicalUrl)).toEqual(['https://n.example/2024/01/01/storm-hits-the-coast']);
  });

  it('sends again after navigating to another article, even when the head still names the old one', () => {
    const { page, sent, reporter } = setup(
      articlePage('Storm hits', 'https://n.example/2024/01/01/storm-hits-the-coast'),
      'https://n.example/2024/01/01/storm-hits-the-coast',
    );
    reporter.check();
    page.url = 'https://n.example/2024/01/02/floods-follow-the-storm';
    reporter.check();
    reporter.check();
    expect(sent.map((r) => r.article.canonicalUrl)).toEqual([
      'https://n.example/2024/01/01/storm-hits-the-coast',
      'https://n.example/2024/01/02/floods-follow-the-storm',
    ]);
  });

  it('sends nothing for a page that is not an article, and never throws', () => {
    const { sent, reporter } = setup('<head><meta property="og:type" content="website"></head>', 'https://n.example/');
    expect(reporter.check()).toBeNull();
    expect(sent).toEqual([]);
    const broken = createArticleReporter({
      read: () => {
        throw new Error('page broke');
      },
      send: () => {},
    });
    expect(broken.check()).toBeNull();
    expect(broken.current()).toBeNull();
  });
});
