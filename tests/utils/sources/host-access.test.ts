import { describe, expect, it } from 'vitest';
import { hostPatternsFor, requestHostAccess } from '../../../utils/sources/host-access';

describe('host access for a new source', () => {
  it('asks for the site (and its subdomains) and the feed host', () => {
    expect(hostPatternsFor(['localpaper.com', 'http://feeds.feedburner.com/x', 'javascript:alert(1)'])).toEqual([
      '*://localpaper.com/*',
      '*://*.localpaper.com/*',
      '*://feeds.feedburner.com/*',
      '*://*.feeds.feedburner.com/*',
    ]);
  });

  it('calls request synchronously (inside the gesture) and reports the answer', async () => {
    const calls: string[][] = [];
    const promise = requestHostAccess(
      {
        request: async ({ origins }) => {
          calls.push(origins);
          return false;
        },
      },
      ['https://www.a.com/'],
    );
    expect(calls).toEqual([['*://a.com/*', '*://*.a.com/*']]); // before any await
    expect(await promise).toBe(false);
  });

  it('is a no-op without the API, and turns a thrown refusal into false', async () => {
    expect(await requestHostAccess(undefined, ['a.com'])).toBe(true);
    const throwing = {
      request: () => {
        throw new Error('Only permissions specified in the manifest may be requested.');
      },
    };
    expect(await requestHostAccess(throwing, ['a.com'])).toBe(false);
  });
});
