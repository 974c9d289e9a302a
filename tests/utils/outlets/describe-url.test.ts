// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../utils/outlets/dataset';
import { describeUrl } from '../../../utils/outlets/describe-url';

const { outlets } = parseDataset(JSON.parse(readFileSync('public/data/outlets.json', 'utf8')));

describe('which outlet publishes a URL (shipped registry)', () => {
  it.each([
    ['https://www.reuters.com/world/some-story', 'reuters', 'center'],
    ['https://edition.cnn.com/2024/01/01/x', 'cnn', 'lean-left'],
    ['https://www.cnn.com/2024/01/01/politics/x/index.html', 'cnn', 'lean-left'],
    ['https://amp.theguardian.com/world/2024/jan/01/x', 'the-guardian', 'lean-left'],
    ['https://www.theguardian.com/us-news/2024/jan/01/x', 'the-guardian', 'lean-left'],
    ['https://www.bbc.co.uk/news/uk-politics-1', 'bbc-news', 'center'],
    ['https://www.bbc.com/news/world-1', 'bbc-news', 'center'],
    ['https://www2.cbn.com/news/world/x', 'cbn', 'right'],
    ['https://m.washingtontimes.com/news/2024/jan/1/x/', 'washington-times', 'lean-right'],
    ['https://abcnews.go.com/Politics/x/story?id=1', 'abc-news', 'lean-left'],
    ['http://foxnews.com/politics/x', 'fox-news', 'right'],
    ['https://ph.news.yahoo.com/x.html', 'yahoo-news', 'lean-left'],
    // Path-scoped outlets inside another's site.
    ['https://www.nytimes.com/wirecutter/reviews/best-tv/', 'wirecutter', 'unrated'],
    ['https://www.nytimes.com/2024/01/01/us/politics/x.html', 'new-york-times', 'lean-left'],
    ['https://www.pbs.org/newshour/politics/x', 'pbs-newshour', 'lean-left'],
    ['https://www.reuters.com/fact-check/x-2024-01-01/', 'reuters-fact-check', 'center'],
    // An AllSides author's page resolves to the outlet, never to the author.
    ['https://www.foxnews.com/person/m/karol-markowicz', 'fox-news', 'right'],
    ['https://www.nationalreview.com/author/philip-klein/', 'national-review', 'right'],
    ['https://www.nytimes.com/by/farhad-manjoo', 'new-york-times', 'lean-left'],
    // Local news.
    ['https://www.ktuu.com/news/x', 'ktuu-ak', 'unrated'],
  ])('%s → %s (%s)', (url, id, bias) => {
    const { outlet } = describeUrl(url, outlets);
    expect(outlet?.id).toBe(id);
    expect(outlet?.bias).toBe(bias);
  });

  it.each([
    'https://example-blog.net/post',
    'https://notreuters.com/world/x',
    'https://reuters.com.evil.example/world/x',
  ])('%s is not a known outlet', (url) => {
    expect(describeUrl(url, outlets).outlet).toBeNull();
  });

  it.each(['ftp://www.bbc.co.uk/x', 'javascript:alert(1)', 'chrome://extensions', 'not a url', 'http://127.0.0.1/x'])(
    '%s gets no domain and no outlet',
    (url) => {
      expect(describeUrl(url, outlets)).toEqual({ url, domain: null, outlet: null });
    },
  );
});
